// The sign-in, sign-up and sign-out throttles: per client address (and per email for sign-in and
// sign-up); the limits are lib/security/rate-limit.ts.
import type { NextRequest } from 'next/server';
import { clientIp } from '@/lib/security/client-ip';
import { RATE_LIMITS, takeAttempt, type RateLimitStore } from '@/lib/security/rate-limit';
import { ShopError } from '@/lib/shop/errors';

/** The form an email takes in rate-limit keys: commercetools matches emails case-insensitively. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type AuthFlow = 'login' | 'signup';

/**
 * Runs one sign-in or sign-up attempt under its rate limits (429 with Retry-After when spent).
 * `counts` says whether the attempt's outcome (the error, or undefined for success) uses up its
 * slot; otherwise the slot is handed back.
 */
export async function throttledAuthAttempt<T>(
  flow: AuthFlow,
  request: NextRequest,
  email: string,
  attempt: () => Promise<T>,
  counts: (error: unknown) => boolean,
  store?: RateLimitStore,
): Promise<T> {
  const ip = clientIp(request.headers);
  const rules =
    flow === 'login'
      ? { ip: ip.trusted ? RATE_LIMITS.loginPerIp : RATE_LIMITS.loginUntrustedIp, email: RATE_LIMITS.loginPerEmail }
      : { ip: ip.trusted ? RATE_LIMITS.signupPerIp : RATE_LIMITS.signupUntrustedIp, email: RATE_LIMITS.signupPerEmail };
  const decision = await takeAttempt(
    [
      { rule: rules.ip, subject: ip.key },
      { rule: rules.email, subject: normalizeEmail(email) },
    ],
    store,
  );
  if (!decision.allowed) throw new ShopError('rate_limited', {}, undefined, decision.retryAfterSeconds);
  let outcome: unknown;
  try {
    return await attempt();
  } catch (error) {
    outcome = error;
    throw error;
  } finally {
    if (!counts(outcome)) await decision.attempt.release().catch(() => undefined);
  }
}

/** Takes a sign-out slot for the client address, or answers 429 with Retry-After. */
export async function throttleLogout(request: NextRequest, store?: RateLimitStore): Promise<void> {
  const ip = clientIp(request.headers);
  const rule = ip.trusted ? RATE_LIMITS.logoutPerIp : RATE_LIMITS.logoutUntrustedIp;
  const decision = await takeAttempt([{ rule, subject: ip.key }], store);
  if (!decision.allowed) throw new ShopError('rate_limited', {}, undefined, decision.retryAfterSeconds);
}
