// One typed result for every commercetools call: callers branch on `kind`, never on SDK error
// shapes, and nothing upstream (messages, tokens, request dumps) travels further than this file.
import { TokenRequestError } from './token';
import { UpstreamTimeoutError } from './fetch';

export type CtErrorKind =
  | 'not_found' // 404
  | 'conflict' // 409 ConcurrentModification and friends
  | 'invalid' // 400: the request broke a rule (codes say which)
  | 'unauthorized' // 401 after a fresh token: credentials are wrong
  | 'forbidden' // 403 insufficient_scope: a permission mistake in our setup
  | 'rate_limited' // 429
  | 'timeout' // no answer in time
  | 'unavailable'; // network failure or 5xx

export type CtFailure = {
  ok: false;
  kind: CtErrorKind;
  status: number;
  /** Worth retrying later (not by us: the transport already retried what was safe). */
  retryable: boolean;
  /** commercetools error codes, e.g. ['ConcurrentModification'] or ['InvalidCredentials']. */
  codes: string[];
  /** Codes with their `reason` where commercetools gives one (e.g. DiscountCodeNonApplicable). */
  errors: Array<{ code: string; reason?: string }>;
  /** For ConcurrentModification: the resource's current version. */
  currentVersion?: number;
};

export type CtResult<T> = { ok: true; value: T } | CtFailure;

type CtErrorBody = { statusCode?: number; errors?: Array<{ code?: string; reason?: string; currentVersion?: number }> };

function kindForStatus(status: number): CtErrorKind {
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 400) return 'invalid';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'rate_limited';
  if (status === 504) return 'timeout';
  return 'unavailable';
}

/** Turns whatever the SDK, the transport or the token provider threw into a CtFailure. */
export function toCtFailure(thrown: unknown): CtFailure {
  if (thrown instanceof TokenRequestError) {
    const kind =
      thrown.kind === 'forbidden_scope' ? 'forbidden' : thrown.kind === 'invalid_client' || thrown.kind === 'invalid_scope' ? 'unauthorized' : 'unavailable';
    return { ok: false, kind, status: thrown.status ?? 0, retryable: kind === 'unavailable', codes: [thrown.kind], errors: [{ code: thrown.kind }] };
  }
  // The SDK rejects with its error object; a network failure arrives wrapped as `{body: null, error}`.
  const outer = (thrown ?? {}) as Record<string, unknown>;
  const error = (typeof outer.statusCode === 'number' || typeof outer.error !== 'object' || outer.error === null
    ? outer
    : outer.error) as Record<string, unknown>;
  const cause = error.body;
  if (cause instanceof UpstreamTimeoutError) {
    return { ok: false, kind: 'timeout', status: 0, retryable: true, codes: [], errors: [] };
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : 0;
  if (status === 0) {
    return { ok: false, kind: 'unavailable', status: 0, retryable: true, codes: [], errors: [] };
  }
  const body = (typeof cause === 'object' && cause !== null ? cause : {}) as CtErrorBody;
  const errors = Array.isArray(body.errors) ? body.errors : [];
  const details = errors.flatMap((e) =>
    typeof e.code === 'string' ? [{ code: e.code, ...(typeof e.reason === 'string' ? { reason: e.reason } : {}) }] : [],
  );
  const codes = details.map((e) => e.code);
  const currentVersion = errors.find((e) => typeof e.currentVersion === 'number')?.currentVersion;
  const kind = kindForStatus(status);
  return {
    ok: false,
    kind,
    status,
    retryable: kind === 'conflict' || kind === 'rate_limited' || kind === 'timeout' || kind === 'unavailable',
    codes,
    errors: details,
    ...(currentVersion !== undefined ? { currentVersion } : {}),
  };
}

/** Runs one SDK request and returns its body as a CtResult. */
export async function ctCall<T>(run: () => Promise<{ body: T }>): Promise<CtResult<T>> {
  try {
    const response = await run();
    return { ok: true, value: response.body };
  } catch (thrown) {
    return toCtFailure(thrown);
  }
}
