// Authorization helpers for Route Handlers: who is signed in, and the sign-in/sign-up throttle.
import type { NextRequest } from 'next/server';
import { clientIp } from '@/lib/security/client-ip';
import { RATE_LIMITS, takeAttempt, type Attempt, type RateLimitStore } from '@/lib/security/rate-limit';
import type { SessionData, SessionHandle } from '@/lib/session';
import { AppError } from './errors';

export type SignedIn = { data: SessionData & { customerId: string }; customerId: string };

/** The signed-in customer of this request, or 401. */
export async function requireCustomer(session: SessionHandle): Promise<SignedIn> {
  const data = await session.current();
  if (!data?.customerId) throw new AppError('unauthenticated');
  return { data: data as SignedIn['data'], customerId: data.customerId };
}

/** The form an email takes in rate-limit keys: commercetools matches emails case-insensitively. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type AuthFlow = 'login' | 'signup';

/**
 * Takes this attempt's slots (per client address, then per email) or answers 429 with Retry-After.
 * The caller releases the attempt when it must not count (see the login and sign-up routes).
 */
export async function throttleAuthAttempt(
  flow: AuthFlow,
  request: NextRequest,
  email: string,
  store?: RateLimitStore,
): Promise<Attempt> {
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
  if (!decision.allowed) throw new AppError('rate_limited', { retryAfterSeconds: decision.retryAfterSeconds });
  return decision.attempt;
}
