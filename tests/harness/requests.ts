// Builds requests the way a browser on the storefront's own origin would send them.
import { NextRequest } from 'next/server';
import { TEST_SITE_URL } from './integration-env';

type Options = { method?: string; body?: unknown; rawBody?: string; headers?: Record<string, string>; cookie?: string };

export function apiRequest(path: string, options: Options = {}): NextRequest {
  const method = options.method ?? 'GET';
  const headers = new Headers(options.headers);
  if (method !== 'GET' && !headers.has('origin') && !options.headers?.['sec-fetch-site']) headers.set('origin', TEST_SITE_URL);
  if ((options.body !== undefined || options.rawBody !== undefined) && !headers.has('content-type')) headers.set('content-type', 'application/json');
  if (options.cookie) headers.set('cookie', options.cookie);
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return new NextRequest(new URL(path, TEST_SITE_URL), { method, headers, body });
}

/** Route context as Next passes it. */
export function routeContext(params: Record<string, string> = {}) {
  return { params: Promise.resolve(params) };
}

/** The `name=value` part of a response's session cookie (not the known-device cookie a sign-in adds). */
export function sessionCookie(response: Response): string | undefined {
  const header = response.headers.getSetCookie().find((cookie) => /^(__Host-)?session=/.test(cookie));
  return header ? header.split(';', 1)[0] : undefined;
}
