/** The access token lives in sessionStorage: the person stays logged in for this browser session (tab), no longer. */
const KEY = 'duban.console.token';

export const session = {
  token: (): string | null => sessionStorage.getItem(KEY),
  save: (token: string) => sessionStorage.setItem(KEY, token),
  clear: () => sessionStorage.removeItem(KEY),
};

type Listener = () => void;
let onUnauthorized: Listener = () => undefined;

/** The auth provider registers what a 401 anywhere does (forget the token, go to the login page). */
export function setUnauthorizedHandler(listener: Listener): void {
  onUnauthorized = listener;
}

export function unauthorized(): void {
  session.clear();
  onUnauthorized();
}
