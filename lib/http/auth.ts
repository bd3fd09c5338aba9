// The sign-in, sign-up and sign-out throttles; the limits are lib/security/rate-limit.ts.
//
// Sign-in counts failed attempts only, so that no single client can lock anyone out:
// - from a known device (lib/session/known-device.ts: this browser signed in to this account
//   before): that device's own budget, nothing else, so guessing elsewhere never locks the
//   customer out of their own account;
// - from an unknown device: the client's address budget, a per-account budget per client (one
//   client cannot use up the account's), and the account's budget across all unknown devices
//   (credential stuffing from many addresses is still slowed).
// Sign-up counts every attempt (each success creates an account).
import type { NextRequest } from 'next/server';
import { clientIp } from '@/lib/security/client-ip';
import { RATE_LIMITS, takeAttempt, type RateLimitCheck, type RateLimitStore } from '@/lib/security/rate-limit';
import { knownDevice, knownDeviceSetCookie } from '@/lib/session/known-device';
import type { Shopper } from '@/lib/shop/context';
import { ShopError } from '@/lib/shop/errors';

/** The form an email takes in rate-limit keys: commercetools matches emails case-insensitively. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The budgets one sign-in attempt takes a slot from. */
export function signInChecks(device: string | null, client: { key: string; trusted: boolean }, email: string): RateLimitCheck[] {
  if (device) return [{ rule: RATE_LIMITS.loginPerKnownDevice, subject: device }];
  return [
    { rule: client.trusted ? RATE_LIMITS.loginPerIp : RATE_LIMITS.loginUntrustedIp, subject: client.key },
    { rule: RATE_LIMITS.loginPerEmailPerClient, subject: `${email}\u0000${client.key}` },
    { rule: RATE_LIMITS.loginPerEmail, subject: email },
  ];
}

async function throttled<T>(checks: RateLimitCheck[], attempt: () => Promise<T>, counts: (error: unknown) => boolean, store?: RateLimitStore): Promise<T> {
  const decision = await takeAttempt(checks, store);
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

/**
 * One sign-in attempt under its limits (429 with Retry-After when spent). `counts` says whether an
 * outcome (the error, or undefined for success) uses up its slot. A success answers the
 * known-device cookie to set.
 */
export async function throttledSignIn<T>(
  request: NextRequest,
  email: string,
  attempt: () => Promise<T>,
  counts: (error: unknown) => boolean,
  store?: RateLimitStore,
): Promise<{ result: T; deviceCookie: string }> {
  const account = normalizeEmail(email);
  const device = await knownDevice(request.headers.get('cookie'), account);
  const result = await throttled(signInChecks(device, clientIp(request.headers), account), attempt, counts, store);
  return { result, deviceCookie: await knownDeviceSetCookie(account, device) };
}

/** One sign-up attempt under its limits (per client address and per email). */
export function throttledSignUp<T>(request: NextRequest, email: string, attempt: () => Promise<T>, counts: (error: unknown) => boolean, store?: RateLimitStore): Promise<T> {
  const client = clientIp(request.headers);
  const checks = [
    { rule: client.trusted ? RATE_LIMITS.signupPerIp : RATE_LIMITS.signupUntrustedIp, subject: client.key },
    { rule: RATE_LIMITS.signupPerEmail, subject: normalizeEmail(email) },
  ];
  return throttled(checks, attempt, counts, store);
}

/** Takes a sign-out slot for the client address, or answers 429 with Retry-After. */
export async function throttleLogout(request: NextRequest, store?: RateLimitStore): Promise<void> {
  const ip = clientIp(request.headers);
  const rule = ip.trusted ? RATE_LIMITS.logoutPerIp : RATE_LIMITS.logoutUntrustedIp;
  const decision = await takeAttempt([{ rule, subject: ip.key }], store);
  if (!decision.allowed) throw new ShopError('rate_limited', {}, undefined, decision.retryAfterSeconds);
}

/** The signed-in customer's id, the subject of the per-account budgets below; a guest is unauthenticated. */
async function signedInCustomer(shopper: Shopper): Promise<string> {
  const { customerId } = await shopper.context();
  if (!customerId) throw new ShopError('unauthenticated');
  return customerId;
}

const wrongPassword = (error: unknown) => error instanceof ShopError && error.reason === 'current_password_wrong';

/** Re-entering the password of the signed-in account (change it, delete the account): wrong passwords count, per account. */
export async function throttledPasswordCheck<T>(shopper: Shopper, attempt: () => Promise<T>, store?: RateLimitStore): Promise<T> {
  const rule = { rule: RATE_LIMITS.passwordCheckPerAccount, subject: await signedInCustomer(shopper) };
  return throttled([rule], attempt, wrongPassword, store);
}

/** A password-reset mail request: every request counts, per client address and per email. */
export async function throttleResetRequest(request: NextRequest, email: string, store?: RateLimitStore): Promise<void> {
  const client = clientIp(request.headers);
  const decision = await takeAttempt(
    [
      { rule: client.trusted ? RATE_LIMITS.resetRequestPerIp : RATE_LIMITS.resetRequestUntrustedIp, subject: client.key },
      { rule: RATE_LIMITS.resetRequestPerEmail, subject: normalizeEmail(email) },
    ],
    store,
  );
  if (!decision.allowed) throw new ShopError('rate_limited', {}, undefined, decision.retryAfterSeconds);
}

/** Using a reset link: refused tokens count, per client address. */
export function throttledResetConfirm<T>(request: NextRequest, attempt: () => Promise<T>, refused: (error: unknown) => boolean, store?: RateLimitStore): Promise<T> {
  const client = clientIp(request.headers);
  const rule = client.trusted ? RATE_LIMITS.resetConfirmPerIp : RATE_LIMITS.resetConfirmUntrustedIp;
  return throttled([{ rule, subject: client.key }], attempt, refused, store);
}

/** A data export of the signed-in account: every export counts. */
export async function throttledDataExport<T>(shopper: Shopper, attempt: () => Promise<T>, store?: RateLimitStore): Promise<T> {
  return throttled([{ rule: RATE_LIMITS.dataExportPerAccount, subject: await signedInCustomer(shopper) }], attempt, () => true, store);
}
