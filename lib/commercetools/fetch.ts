// The one HTTP transport to commercetools: a per-attempt timeout inside one deadline for the whole
// request (retries included), and retries with exponential backoff and full jitter for network
// failures and 502/503/504 — but only for requests that are safe to repeat. A POST is never retried blindly: commercetools updates are POSTs, and repeating
// one after a lost answer could apply it twice.

export type ResilientFetchOptions = {
  /** The most one attempt may take. */
  timeoutMs: number;
  /** The most the whole request may take, every attempt and pause included. */
  deadlineMs: number;
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** POST paths that only read (e.g. Product Search), and so may be retried. */
  idempotentPostPaths?: RegExp[];
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** An abort signal that fires after `ms` (AbortSignal.timeout; tests pass their own clock). */
  timeoutSignal?: (ms: number) => AbortSignal;
};

const RETRYABLE_STATUS = new Set([502, 503, 504]);
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const DEFAULT_FETCH_OPTIONS: ResilientFetchOptions = {
  timeoutMs: 8_000,
  // A shopper waits about 10 s at most, then gets a clean 503, never 3 x 8 s.
  deadlineMs: 10_000,
  maxRetries: 2,
  baseDelayMs: 100,
  maxDelayMs: 1_000,
  idempotentPostPaths: [/\/products\/search$/],
};

export class UpstreamTimeoutError extends Error {
  constructor() {
    super('commercetools did not answer in time');
    this.name = 'UpstreamTimeoutError';
  }
}

function isRetryable(method: string, url: string, options: ResilientFetchOptions): boolean {
  const upper = method.toUpperCase();
  if (IDEMPOTENT_METHODS.has(upper)) return true;
  if (upper !== 'POST') return false;
  const path = new URL(url).pathname;
  return (options.idempotentPostPaths ?? []).some((pattern) => pattern.test(path));
}

/** Delay before retry `attempt` (1-based): full jitter over an exponentially growing cap. */
export function backoffDelay(attempt: number, options: ResilientFetchOptions, random = Math.random): number {
  const cap = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * cap);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A fetch-compatible function for the SDK's http middleware. The SDK passes extra keys in `init`
 * (retry config, the original request); only method, headers and body are forwarded.
 */
export function createResilientFetch(options: ResilientFetchOptions = DEFAULT_FETCH_OPTIONS) {
  const fetchImpl = options.fetchImpl ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const timeoutSignal = options.timeoutSignal ?? ((ms: number) => AbortSignal.timeout(ms));

  return async function resilientFetch(url: string, init: RequestInit = {}): Promise<Response> {
    const method = (init.method ?? 'GET').toUpperCase();
    const retryable = isRetryable(method, url, options);
    const attempts = retryable ? options.maxRetries + 1 : 1;
    const deadline = now() + options.deadlineMs;

    for (let attempt = 1; ; attempt++) {
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await fetchImpl(url, {
          method,
          headers: init.headers,
          body: init.body,
          // Each attempt gets what is left of the deadline, at most its own timeout.
          signal: timeoutSignal(Math.max(1, Math.min(options.timeoutMs, deadline - now()))),
          cache: 'no-store',
        });
      } catch (error) {
        failure = error instanceof DOMException && error.name === 'TimeoutError' ? new UpstreamTimeoutError() : error;
      }

      const retryableOutcome = response ? RETRYABLE_STATUS.has(response.status) : true;
      const delay = backoffDelay(attempt, options, options.random);
      // No retry that could not even start before the deadline.
      if (!retryableOutcome || attempt >= attempts || now() + delay >= deadline) {
        if (response) return response;
        throw failure;
      }
      // Drain the body of a response we are about to discard so the socket is reused.
      await response?.body?.cancel().catch(() => undefined);
      await sleep(delay);
    }
  };
}
