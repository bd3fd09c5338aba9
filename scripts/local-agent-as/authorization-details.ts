// RFC 9396 authorization_details of type commerce_checkout: the spending limit a customer grants an
// agent. The storefront enforces it at completion; here it is validated, shown and possibly lowered.
import { z } from 'zod';

export const CHECKOUT_DETAIL_TYPE = 'commerce_checkout';

/** Without an expires_at the limit lasts as long as the grant would. */
export const DEFAULT_LIMIT_SECONDS = 24 * 60 * 60;

const checkoutDetail = z.strictObject({
  type: z.literal(CHECKOUT_DETAIL_TYPE),
  max_amount: z.number().int('must be whole minor units').positive('must be positive').max(100_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like "USD"'),
  expires_at: z.iso.datetime({ offset: true }).optional(),
});

export type CheckoutDetail = { type: typeof CHECKOUT_DETAIL_TYPE; max_amount: number; currency: string; expires_at: string };

/** Throws with a readable reason; fills in expires_at so every issued detail carries one. */
export function parseCheckoutDetail(value: unknown, now = Date.now()): CheckoutDetail {
  const result = checkoutDetail.safeParse(value);
  if (!result.success) throw new Error(result.error.issues.map((i) => `${i.path.join('.') || 'detail'} ${i.message}`).join('; '));
  const expiresAt = result.data.expires_at ? new Date(result.data.expires_at) : new Date(now + DEFAULT_LIMIT_SECONDS * 1000);
  if (expiresAt.getTime() <= now) throw new Error('expires_at must be in the future');
  return { ...result.data, expires_at: expiresAt.toISOString() };
}

/** At most one commerce_checkout detail per request: two limits would be ambiguous. */
export function parseCheckoutDetails(raw: unknown): CheckoutDetail[] {
  const list = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
  if (!Array.isArray(list)) throw new Error('authorization_details must be a JSON array');
  if (list.length > 1) throw new Error('at most one commerce_checkout authorization detail');
  return list.map((detail) => parseCheckoutDetail(detail));
}
