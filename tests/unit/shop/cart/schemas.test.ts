// The request schemas: quantities 1..99 without coercion, strict objects, addresses, the order body
// per payment provider, the Idempotency-Key.
import { describe, expect, it } from 'vitest';
import { MAX_LINE_QUANTITY } from '@/lib/shop/cart/limits';
import {
  addLineItemBody,
  changeLineItemBody,
  checkoutDetailsBody,
  discountCodeBody,
  idempotencyKeySchema,
  orderBodySchema,
  resourceIdSchema,
} from '@/lib/shop/cart/schemas';

const address = { firstName: 'Ada', lastName: 'Lovelace', streetName: 'Main St', postalCode: '10001', city: 'New York', country: 'US' };

describe('quantities', () => {
  it.each([1, 2, MAX_LINE_QUANTITY])('accepts %s', (quantity) => {
    expect(addLineItemBody.safeParse({ sku: 'A-1', quantity }).success).toBe(true);
    expect(changeLineItemBody.safeParse({ quantity }).success).toBe(true);
  });

  it.each([0, -1, 1.5, '2', 1e9, MAX_LINE_QUANTITY + 1, null, Number.NaN, Infinity, true, [1]])('refuses %s', (quantity) => {
    expect(addLineItemBody.safeParse({ sku: 'A-1', quantity }).success).toBe(false);
    expect(changeLineItemBody.safeParse({ quantity }).success).toBe(false);
  });
});

describe('strict bodies', () => {
  it.each(['price', 'centAmount', 'externalPrice', 'customerId', 'cartId', 'currency', 'store', 'taxRate'])('refuses "%s" everywhere', (key) => {
    expect(addLineItemBody.safeParse({ sku: 'A-1', quantity: 1, [key]: 1 }).success).toBe(false);
    expect(changeLineItemBody.safeParse({ quantity: 1, [key]: 1 }).success).toBe(false);
    expect(discountCodeBody.safeParse({ code: 'X', [key]: 1 }).success).toBe(false);
    expect(checkoutDetailsBody.safeParse({ email: 'a@b.co', shippingAddress: address, [key]: 1 }).success).toBe(false);
    expect(checkoutDetailsBody.safeParse({ email: 'a@b.co', shippingAddress: { ...address, [key]: 1 } }).success).toBe(false);
  });

  it('refuses SKUs that could break out of a predicate', () => {
    for (const sku of ['a"b', 'a\\b', "a'b", 'a b', '', 'x'.repeat(257)]) expect(addLineItemBody.safeParse({ sku, quantity: 1 }).success).toBe(false);
  });
});

describe('checkout details', () => {
  it('trims, drops empty optional fields, and lets billing default (absent or null)', () => {
    const parsed = checkoutDetailsBody.parse({
      email: ' ada@example.com ',
      shippingAddress: { ...address, city: ' New York ', streetNumber: '', phone: '+1 212 555 0100' },
      billingAddress: null,
    });
    expect(parsed.email).toBe('ada@example.com');
    expect(parsed.shippingAddress).toEqual({ ...address, phone: '+1 212 555 0100' });
    expect(parsed.billingAddress).toBeNull();
  });

  it.each([
    ['a lowercase country', { ...address, country: 'us' }],
    ['a three-letter country', { ...address, country: 'USA' }],
    ['a missing last name', { ...address, lastName: undefined }],
    ['a blank city', { ...address, city: '   ' }],
    ['a control character', { ...address, streetName: 'Main\nSt' }],
    ['letters in the phone', { ...address, phone: 'call me' }],
  ])('refuses %s', (_name, shippingAddress) => {
    expect(checkoutDetailsBody.safeParse({ email: 'a@b.co', shippingAddress }).success).toBe(false);
  });
});

describe('order body and header', () => {
  it('takes testOutcome only with the test provider', () => {
    expect(orderBodySchema('test').safeParse({ testOutcome: 'decline' }).success).toBe(true);
    expect(orderBodySchema('test').safeParse({}).success).toBe(true);
    expect(orderBodySchema('test').safeParse({ testOutcome: 'fail' }).success).toBe(false);
    expect(orderBodySchema('none').safeParse({ testOutcome: 'decline' }).success).toBe(false);
    expect(orderBodySchema('none').safeParse({}).success).toBe(true);
    expect(orderBodySchema('none').safeParse({ total: 1 }).success).toBe(false);
  });

  it('accepts visible ASCII keys of 1..255 characters', () => {
    expect(idempotencyKeySchema.safeParse('0f9c5d2e-1b7a-4c3e-9d2f-6a8b7c6d5e4f').success).toBe(true);
    for (const key of [undefined, '', 'with space', 'ü', 'x'.repeat(256)]) expect(idempotencyKeySchema.safeParse(key).success).toBe(false);
  });

  it('ids in paths are plain tokens', () => {
    expect(resourceIdSchema.safeParse('0f9c5d2e-1b7a-4c3e-9d2f-6a8b7c6d5e4f').success).toBe(true);
    for (const id of ['', '../x', 'a b', 'a"b', 'x'.repeat(129)]) expect(resourceIdSchema.safeParse(id).success).toBe(false);
  });
});
