/**
 * Where to go after logging in: only a path inside the console (`/duties/…`), never another site (`//evil`,
 * `https://…`) nor the login page itself.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?')) return '/';
  return next;
}

/** The login page's address for a visit that needs a login first (relative to the router's /console basename). */
export function loginPathFor(pathname: string, search = ''): string {
  const here = `${pathname}${search}`;
  return here === '/' || here === '' ? '/login' : `/login?next=${encodeURIComponent(here)}`;
}
