// The buy pages' one way to call the BFF: same-origin JSON, the design's error body read into a
// typed failure (status 0 = the network failed), Retry-After kept for 429s.
import { retryAfterSeconds } from './errors';

export type FieldErrors = Record<string, string[]>;

export type ApiFailure = {
  ok: false;
  /** 0 when no HTTP answer arrived (offline, aborted, DNS). */
  status: number;
  code: string;
  /** The API's own message, or '' when the answer was not the API's JSON error. */
  message: string;
  fields: FieldErrors;
  retryAfter: number | null;
};

export type ApiSuccess = { ok: true; status: number; body: unknown };
export type ApiResult = ApiSuccess | ApiFailure;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function readFields(value: unknown): FieldErrors {
  if (typeof value !== 'object' || value === null) return {};
  const fields: FieldErrors = {};
  for (const [path, messages] of Object.entries(value)) {
    const list = Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string') : typeof messages === 'string' ? [messages] : [];
    if (list.length) fields[path] = list;
  }
  return fields;
}

/** Reads an error response into an ApiFailure; tolerant of non-JSON bodies (a proxy's HTML page). */
export async function failureOf(response: Response): Promise<ApiFailure> {
  let code = `http_${response.status}`;
  let message = '';
  let fields: FieldErrors = {};
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown; fields?: unknown } };
    if (typeof body?.error?.code === 'string') code = body.error.code;
    if (typeof body?.error?.message === 'string') message = body.error.message;
    fields = readFields(body?.error?.fields);
  } catch {
    // not the API's JSON error
  }
  return { ok: false, status: response.status, code, message, fields, retryAfter: retryAfterSeconds(response.headers.get('retry-after')) };
}

export const NETWORK_FAILURE: ApiFailure = { ok: false, status: 0, code: 'network', message: '', fields: {}, retryAfter: null };

export async function api(
  method: Method,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<ApiResult> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      cache: 'no-store',
      credentials: 'same-origin',
      signal: options.signal,
      headers: {
        accept: 'application/json',
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return NETWORK_FAILURE;
  }
  if (!response.ok) return failureOf(response);
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  return { ok: true, status: response.status, body };
}

/**
 * GET /api/cart. A 404 means the session pointed at a cart it no longer owns and has forgotten it
 * (design section 6): the second read answers with the session's cart as it is now (usually empty).
 */
export async function getCart(signal?: AbortSignal): Promise<ApiResult> {
  const first = await api('GET', '/api/cart', { signal });
  return !first.ok && first.status === 404 ? api('GET', '/api/cart', { signal }) : first;
}
