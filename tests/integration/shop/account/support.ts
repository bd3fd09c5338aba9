// Fixtures for the accounts tests: customers and guest carts made directly through the storefront's
// API client, session cookies sealed with the app's own code, and a way to read a cookie back.
import { randomUUID } from 'node:crypto';
import type { Cart, Customer } from '@commercetools/platform-sdk';
import { ctApi } from '@/lib/commercetools/client';
import { readSession, sessionSetCookie, type SessionData } from '@/lib/session';
import { demoCatalog } from '../../../../scripts/local-backend/seed/demo-catalog';

export const SKUS = demoCatalog()
  .products.slice(0, 3)
  .map((p) => p.masterVariant!.sku!);

export function uniqueEmail(label = 'shopper'): string {
  return `${label}-${randomUUID().slice(0, 12)}@example.com`;
}

/** A unique public-looking IPv4 address (TEST-NET-3 plus random low octets). */
export function uniqueIp(): string {
  const n = Math.floor(Math.random() * 2 ** 16);
  return `203.${(n >> 8) & 0xff}.${n & 0xff}.${1 + Math.floor(Math.random() * 250)}`;
}

export const STRONG_PASSWORD = 'correct horse battery staple 42';

export async function createCustomer(overrides: { email?: string; password?: string } = {}) {
  const email = overrides.email ?? uniqueEmail();
  const password = overrides.password ?? STRONG_PASSWORD;
  const response = await ctApi()
    .customers()
    .post({ body: { email, password, firstName: 'Casey', lastName: 'Tester' } })
    .execute();
  return { email, password, customer: response.body.customer as Customer };
}

export async function createGuestCart(anonymousId: string, lines: Array<{ sku: string; quantity: number }>): Promise<Cart> {
  return (await ctApi().carts().post({ body: { currency: 'USD', country: 'US', anonymousId, lineItems: lines } }).execute()).body;
}

export async function createCustomerCart(customerId: string, lines: Array<{ sku: string; quantity: number }>): Promise<Cart> {
  return (await ctApi().carts().post({ body: { currency: 'USD', country: 'US', customerId, lineItems: lines } }).execute()).body;
}

export async function getCart(id: string): Promise<Cart> {
  return (await ctApi().carts().withId({ ID: id }).get().execute()).body;
}

/** The `name=value` cookie of a session sealed by the app's own code. */
export async function cookieFor(data: Partial<SessionData> = {}): Promise<string> {
  // A signed-in session is dated from its sign-in, as lib/session/sign-in.ts seals it.
  const signedIn = data.customerId && !('authAt' in data) ? { authAt: Date.now() } : {};
  return (await sessionSetCookie({ sid: randomUUID(), ...signedIn, ...data })).split(';')[0]!;
}

export async function guestCookie(extra: Partial<SessionData> = {}) {
  const anonymousId = randomUUID();
  const sid = randomUUID();
  return { sid, anonymousId, cookie: await cookieFor({ sid, anonymousId, market: 'en-us', ...extra }) };
}

/** What a cookie carries, unsealed (and checked for revocation) by lib/session. */
export async function unseal(cookie: string | undefined): Promise<SessionData | null> {
  if (!cookie) return null;
  return (await readSession(cookie)).data;
}

export function skuQuantities(cart: Cart): Record<string, number> {
  return Object.fromEntries(cart.lineItems.map((l) => [l.variant.sku!, l.quantity]));
}

/** An error body without its per-request id, for comparing two answers. */
export async function errorWithoutRequestId(response: Response) {
  const body = (await response.json()) as { error: Record<string, unknown> };
  const { requestId, ...rest } = body.error;
  return { keys: Object.keys(body), error: rest, requestIdMatches: requestId === response.headers.get('x-request-id') };
}

/** A copy of `object` without `keys`. */
export function without<T extends object, K extends keyof T>(object: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...object };
  for (const key of keys) delete copy[key];
  return copy;
}
