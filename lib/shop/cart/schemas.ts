// Request schemas of the cart, checkout and order endpoints. All strict: an unknown key (a price, a
// total, a customer or cart id, a currency) is a 400, so the client can never send one. Ranges come
// from ./limits.
import { z } from 'zod';
import { MAX_LINE_QUANTITY, MIN_LINE_QUANTITY } from './limits';

/** A whole number of items, 1..99: 0, -1, 1.5, "2" and 1e9 are all refused (no coercion). */
const quantitySchema = z
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(MIN_LINE_QUANTITY, `must be at least ${MIN_LINE_QUANTITY}`)
  .max(MAX_LINE_QUANTITY, `must be at most ${MAX_LINE_QUANTITY}`);

/** Visible ASCII without quotes or backslashes: what SKUs look like, and never a predicate breaker. */
export const skuSchema = z
  .string({ error: 'is required' })
  .min(1, 'is required')
  .max(256, 'is too long')
  .regex(/^[\x21\x23-\x26\x28-\x5b\x5d-\x7e]+$/, 'is not a valid SKU');

export const addLineItemBody = z.object({ sku: skuSchema, quantity: quantitySchema }).strict();
export const changeLineItemBody = z.object({ quantity: quantitySchema }).strict();

export const discountCodeBody = z
  .object({
    code: z
      .string({ error: 'is required' })
      .trim()
      .min(1, 'is required')
      .max(100, 'is too long')
      .regex(/^[A-Za-z0-9._-]+$/, 'may contain only letters, digits, ".", "-" and "_"'),
  })
  .strict();

/** Ids in paths (line items, discount codes, orders): anything else cannot exist, so it is a 404. */
export const resourceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/);

// No control characters in anything that ends up on a parcel label.
const printable = /^[^\p{Cc}]*$/u;
const required = (max: number) =>
  z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(max, `must be at most ${max} characters`)
    .regex(printable, 'contains characters that are not allowed');
// An empty optional field is the same as an absent one.
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .regex(printable, 'contains characters that are not allowed')
    .optional()
    .transform((value) => (value === '' ? undefined : value));

export const addressSchema = z
  .object({
    firstName: required(100),
    lastName: required(100),
    streetName: required(200),
    streetNumber: optional(50),
    postalCode: required(20),
    city: required(100),
    /** ISO 3166-1 alpha-2; must also be the market's country (checked against the cart: 422). */
    country: z.string({ error: 'is required' }).regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as US'),
    state: optional(100),
    phone: optional(40).pipe(z.string().regex(/^[0-9+()./ -]{3,40}$/, 'is not a phone number').optional()),
  })
  .strict();

export type AddressInput = z.output<typeof addressSchema>;

export const checkoutDetailsBody = z
  .object({
    email: z.string({ error: 'is required' }).trim().max(254, 'is too long').pipe(z.email({ error: 'must be an email address' })),
    shippingAddress: addressSchema,
    /** Absent or null: bill to the shipping address. */
    billingAddress: addressSchema.nullable().optional(),
  })
  .strict();

export const shippingMethodBody = z.object({ shippingMethodId: resourceIdSchema }).strict();

/**
 * The order request body: `{}`; with the test payment provider also `{"testOutcome": "decline"}`
 * (or "approve"). With any other provider `testOutcome` is an unknown key like any other (400).
 */
export function orderBodySchema(paymentProvider: string) {
  return paymentProvider === 'test'
    ? z.object({ testOutcome: z.enum(['approve', 'decline']).optional() }).strict()
    : z.object({}).strict();
}

export type OrderBody = { testOutcome?: 'approve' | 'decline' };

/** POST /api/checkout/agent-cart: the checkout an agent prepared, which the signed-in customer takes over. */
export const adoptAgentCartBody = z.object({ cartId: resourceIdSchema }).strict();

/** POST /api/checkout/payment-session/confirm: the order id the hosted payment reported (untrusted). */
export const confirmHostedOrderBody = z.object({ orderId: resourceIdSchema }).strict();

/** The Idempotency-Key header of POST /api/checkout/order: 1-255 visible ASCII characters. */
export const idempotencyKeySchema = z
  .string({ error: 'is required' })
  .min(1, 'is required')
  .max(255, 'must be at most 255 characters')
  .regex(/^[\x21-\x7e]+$/, 'must be visible ASCII characters');
