import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { session, setUnauthorizedHandler } from '../api/session';
import { loginPathFor } from './next';

export type Me = components['schemas']['MeView'];

interface AuthState {
  /** undefined while the token is being checked. */
  me: Me | null | undefined;
  login(login: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** Who is logged in (GET /auth/me), login and logout; a 401 from any call sends the person to the login page. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(session.token() ? undefined : null);
  const navigate = useNavigate();

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setMe(null);
      const { pathname, search } = window.location;
      const inside = pathname.replace(/^\/console/, '') || '/';
      if (!inside.startsWith('/login')) navigate(loginPathFor(inside, search), { replace: true });
    });
  }, [navigate]);

  useEffect(() => {
    if (!session.token()) return;
    unwrap<Me>(api.GET('/auth/me')).then(setMe, () => setMe(null));
  }, []);

  const login = useCallback(async (name: string, password: string) => {
    const answer = await unwrap<{ token: string }>(api.POST('/auth/login', { body: { login: name, password } }));
    session.save(answer.token);
    setMe(await unwrap<Me>(api.GET('/auth/me')));
  }, []);

  const logout = useCallback(async () => {
    await unwrap(api.POST('/auth/logout')).catch(() => undefined);
    session.clear();
    setMe(null);
    navigate('/login', { replace: true });
  }, [navigate]);

  const value = useMemo(() => ({ me, login, logout }), [me, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
