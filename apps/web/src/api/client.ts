import createClient from 'openapi-fetch';
import { ApiError } from '../errors/api-error';
import { fileNameOf } from './file-name';
import type { paths } from './schema';
import { session, unauthorized } from './session';

/** Same origin: the API serves the console under /console/ (and Vite's dev server forwards the rest to it). */
export const api = createClient<paths>({ baseUrl: '' });

api.use({
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    // A 401 anywhere but the login itself: the session is over.
    if (response.status === 401 && !new URL(request.url, location.origin).pathname.startsWith('/auth/login')) unauthorized();
    return response;
  },
});

interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * The body of a successful call, or an ApiError with the refusal in Chinese. Most responses are not described in
 * the OpenAPI document, so the caller names the view type (api/views.ts).
 */
export async function unwrap<T>(call: Promise<FetchResult>): Promise<T> {
  let result: FetchResult;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, null);
  }
  if (!result.response.ok) throw new ApiError(result.response.status, result.error);
  return result.data as T;
}

/** The status of a successful call with its body (a decision answers 200 done or 202 accepted). */
export async function unwrapWithStatus<T>(call: Promise<FetchResult>): Promise<{ status: number; data: T }> {
  let result: FetchResult;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, null);
  }
  if (!result.response.ok) throw new ApiError(result.response.status, result.error);
  return { status: result.response.status, data: result.data as T };
}

/**
 * Calls outside the typed client: uploads (multipart), downloads (blobs), routes not yet in schema.d.ts.
 * Same bearer, same 401 handling, same refusals.
 */
export async function rawFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = session.token();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError(0, null);
  }
  if (response.status === 401) unauthorized();
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    throw new ApiError(response.status, body);
  }
  return response;
}

/** Downloads a file the API serves behind the bearer (a PDF, an evidence file) and hands it to the browser. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await rawFetch(path);
  const blob = await response.blob();
  const name = fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
