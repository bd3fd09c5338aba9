// Which message a failed API call shows. Known error codes get our own translated text (the API's
// messages are generic English); business rules (422) and unknown codes show the API's message,
// which is the one that says what rule was broken.
import type { ApiFailure, FieldErrors } from './api';

/** Retry-After as seconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // An HTTP date names its weekday and month (`Thu, 01 Jan 2026 00:01:30 GMT`); Date.parse alone
  // would also take "-3" as a year.
  if (!/^[A-Za-z]{3}, /.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Keys of the `BuyErrors` message namespace. */
export type ErrorMessageKey =
  | 'network'
  | 'validation'
  | 'unauthenticated'
  | 'notFound'
  | 'conflict'
  | 'rateLimited'
  | 'rateLimitedRetry'
  | 'unavailable'
  | 'generic';

export type ErrorMessage = { key: ErrorMessageKey; values?: { minutes: number; seconds: number } } | { text: string };

/** Retry time split for the message (`in 2 minutes`, `in 30 seconds`), minutes rounded up. */
export function retryValues(seconds: number): { minutes: number; seconds: number } {
  return { minutes: seconds >= 60 ? Math.ceil(seconds / 60) : 0, seconds };
}

export function errorMessageFor(failure: ApiFailure): ErrorMessage {
  if (failure.status === 0) return { key: 'network' };
  switch (failure.status) {
    case 400:
      return { key: 'validation' };
    case 401:
      return { key: 'unauthenticated' };
    case 404:
      return { key: 'notFound' };
    case 409:
      return { key: 'conflict' };
    case 429:
      return failure.retryAfter !== null ? { key: 'rateLimitedRetry', values: retryValues(failure.retryAfter) } : { key: 'rateLimited' };
    case 502:
    case 503:
    case 504:
      return { key: 'unavailable' };
  }
  if (failure.status >= 500) return { key: 'generic' };
  return failure.message ? { text: failure.message } : { key: 'generic' };
}

/**
 * The field errors under `prefix` with the prefix removed: `shippingAddress.city` -> `city` for
 * prefix `shippingAddress`. Without a prefix, only top-level fields (no dot) are returned.
 */
export function fieldErrorsUnder(fields: FieldErrors, prefix?: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, messages] of Object.entries(fields)) {
    const first = messages[0];
    if (!first) continue;
    if (prefix) {
      if (path.startsWith(`${prefix}.`)) result[path.slice(prefix.length + 1)] = first;
    } else if (!path.includes('.')) {
      result[path] = first;
    }
  }
  return result;
}

/** True when the failure carries field errors none of `known` paths can show (so the form should say so). */
export function hasUnplacedFieldErrors(fields: FieldErrors, known: (path: string) => boolean): boolean {
  return Object.keys(fields).some((path) => !known(path));
}
