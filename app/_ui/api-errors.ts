// Which message a failed API call shows, always in the page's language: a refusal with a reason
// gets the words of that reason (ShopErrors, lib/i18n/messages/*.json); otherwise the HTTP status
// picks one of our BuyErrors texts. The API's own message (English) is the last resort only.
import type { ApiFailure, FieldErrors } from '@/lib/api-client';

/** Keys of the `BuyErrors` message namespace. */
type ErrorMessageKey =
  | 'network'
  | 'validation'
  | 'unauthenticated'
  | 'notFound'
  | 'conflict'
  | 'rateLimited'
  | 'rateLimitedRetry'
  | 'unavailable'
  | 'wrongAddress'
  | 'generic';

export type ErrorMessage =
  | { reason: string; values: Record<string, string | number> }
  | { key: ErrorMessageKey; values?: { minutes: number; seconds: number } }
  | { text: string };

/** Retry time split for the message (`in 2 minutes`, `in 30 seconds`), minutes rounded up. */
export function retryValues(seconds: number): { minutes: number; seconds: number } {
  return { minutes: seconds >= 60 ? Math.ceil(seconds / 60) : 0, seconds };
}

/** `knownReason` says whether the page has words for a reason (ShopErrors). */
export function errorMessageFor(failure: ApiFailure, knownReason: (reason: string) => boolean = () => false): ErrorMessage {
  if (failure.status === 0) return { key: 'network' };
  // Refusals by a shop rule (422, 402) say which rule; for the other statuses our own texts say
  // what to do next (sign in, reload, wait), whatever the reason.
  if (failure.reason && (failure.status === 422 || failure.status === 402) && knownReason(failure.reason)) {
    return { reason: failure.reason, values: failure.params ?? {} };
  }
  switch (failure.status) {
    case 400:
      return { key: 'validation' };
    case 401:
      return { key: 'unauthenticated' };
    case 403:
      // The same-origin rule refused the call: the page was opened at an address other than the
      // store's own (e.g. 127.0.0.1 for localhost). The API's English words mean nothing to a shopper.
      if (failure.code === 'cross_site_request') return { key: 'wrongAddress' };
      break;
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
  // Keyed by the answer: built from entries, so no key can reach a prototype.
  return Object.fromEntries(
    Object.entries(fields).flatMap(([path, messages]) => {
      const first = messages[0];
      if (!first) return [];
      if (prefix) return path.startsWith(`${prefix}.`) ? [[path.slice(prefix.length + 1), first]] : [];
      return path.includes('.') ? [] : [[path, first]];
    }),
  );
}

