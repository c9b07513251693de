import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useAuth } from './auth/AuthProvider';
import { loginPathFor } from './auth/next';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { pageFallback } from './layout/fallback';
import { AREAS } from './routes';
import { homePathFor } from './routes/menu';

const LoginPage = lazy(() => import('./pages/LoginPage'));
const WelcomePage = lazy(() => import('./pages/WelcomePage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

/** Pages behind the login: an anonymous visit goes to /login?next=<where it was going>. */
function RequireLogin() {
  const { me } = useAuth();
  const location = useLocation();
  if (me === undefined) return pageFallback;
  if (me === null) return <Navigate to={loginPathFor(location.pathname, location.search)} replace />;
  return <ConsoleLayout />;
}

function Home() {
  const { me } = useAuth();
  return <Navigate to={me ? homePathFor(AREAS, me.roles) : '/login'} replace />;
}

export function App() {
  return (
    <Suspense fallback={pageFallback}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireLogin />}>
          <Route index element={<Home />} />
          <Route path="welcome" element={<WelcomePage />} />
          {AREAS.flatMap((area) => area.pages).map((page) => (
            <Route key={page.path} path={page.path} element={page.element} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
