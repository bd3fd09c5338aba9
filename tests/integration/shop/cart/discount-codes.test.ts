// Discount codes against the local backend's discount rules: WELCOME10 (10% off every line) applies
// and shows as a discount, in any case; an unknown, expired (SPRING2020) or non-matching code is one
// and the same 422, the cart stays as it was, and failed codes are rate limited per session.
import { randomUUID } from 'node:crypto';
import type { Cart as CtCart } from '@commercetools/platform-sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import * as lineItemsRoute from '@/app/api/cart/line-items/route';
import * as discountCodesRoute from '@/app/api/cart/discount-codes/route';
import * as discountCodeRoute from '@/app/api/cart/discount-codes/[id]/route';
import { adminApi, createPredicateCode } from '../../../harness/admin-api';
import { Shopper, expectStatus, inStockSkus, storedCart } from './support';

const backend = inject('localBackend');
const skus = inStockSkus();
const NEVER_MATCHING = `NEVER-${randomUUID().slice(0, 8).toUpperCase()}`;

beforeAll(async () => {
  // A valid code whose discount needs a cart worth a million dollars: commercetools adds it in state
  // DoesNotMatchCart, which for the shopper is "does not apply".
  await createPredicateCode(adminApi(backend.url, backend.projectKey), NEVER_MATCHING, 'totalPrice > "1000000.00 USD"');
});

async function shopperWithCart() {
  const shopper = new Shopper();
  const cart = await expectStatus(
    await shopper.call(lineItemsRoute.POST, '/api/cart/line-items', { method: 'POST', body: { sku: skus[0], quantity: 2 } }),
    200,
  );
  return { shopper, cart };
}

const applyCode = (shopper: Shopper, code: unknown) =>
  shopper.call(discountCodesRoute.POST, '/api/cart/discount-codes', { method: 'POST', body: { code } });
const removeCode = (shopper: Shopper, id: string) =>
  shopper.call(discountCodeRoute.DELETE, `/api/cart/discount-codes/${id}`, { method: 'DELETE', params: { id } });

/** The cart's content: lines, codes and totals (a refused code may leave a new version behind). */
function content(cart: CtCart) {
  return {
    cartState: cart.cartState,
    lines: cart.lineItems.map((l) => [l.variant.sku, l.quantity, l.totalPrice.centAmount]),
    codes: cart.discountCodes.map((c) => c.discountCode.id),
    total: cart.totalPrice.centAmount,
  };
}

describe('POST /api/cart/discount-codes', () => {
  it('applies WELCOME10: the discount shows, the amounts are commercetools\' and add up', async () => {
    const { shopper, cart } = await shopperWithCart();
    const body = await expectStatus(await applyCode(shopper, 'WELCOME10'), 200);
    expect(body.discountCodes).toEqual([{ id: expect.any(String), code: 'WELCOME10', state: 'MatchesCart' }]);
    const stored = await storedCart(cart.id);
    // 10% off the line: the discount is what commercetools took off.
    expect(body.subtotal.centAmount).toBe(cart.subtotal.centAmount);
    expect(body.discount.centAmount).toBe(cart.subtotal.centAmount / 10);
    expect(body.lineItems[0].totalPrice.centAmount).toBe(stored.lineItems[0]!.totalPrice.centAmount);
    expect(body.total.centAmount).toBe((stored.taxedPrice?.totalGross ?? stored.totalPrice).centAmount);
    expect(body.subtotal.centAmount - body.discount.centAmount).toBe(stored.totalPrice.centAmount);
  });

  it('removes a code by its id, and answers 404 for a code that is not on the cart', async () => {
    const { shopper, cart } = await shopperWithCart();
    const applied = await expectStatus(await applyCode(shopper, 'WELCOME10'), 200);
    const id = applied.discountCodes[0].id;
    await expectStatus(await removeCode(shopper, randomUUID()), 404);
    const removed = await expectStatus(await removeCode(shopper, id), 200);
    expect(removed.discountCodes).toEqual([]);
    expect(removed.discount.centAmount).toBe(0);
    expect(removed.total).toEqual(cart.total);
    await expectStatus(await removeCode(shopper, id), 404);
  });

  it.each([
    ['an unknown code', () => `NOPE-${randomUUID().slice(0, 6)}`],
    ['the expired SPRING2020', () => 'SPRING2020'],
    ['a code whose discount does not match the cart', () => NEVER_MATCHING],
  ])('refuses %s with the one 422 for every unusable code, leaving the cart as it was', async (_name, code) => {
    const { shopper, cart } = await shopperWithCart();
    const before = content(await storedCart(cart.id));
    const typed = code();
    const error = (await expectStatus(await applyCode(shopper, typed), 422)).error;
    expect(error.code).toBe('business_rule');
    // Same reason and words whether the code exists or not: nothing to learn for a guesser.
    expect(error.reason).toBe('discount_code_not_applicable');
    expect(error.message).toBe(`The discount code "${typed}" can't be used for this cart.`);
    expect(error.fields.code).toEqual([error.message]);
    expect(content(await storedCart(cart.id))).toEqual(before);
    // The session still works on the cart afterwards (its version followed any compensation).
    await expectStatus(await applyCode(shopper, 'WELCOME10'), 200);
  });

  it.each(['welcome10', 'Welcome10', 'wELCOME10'])('finds WELCOME10 typed as %s', async (typed) => {
    const { shopper } = await shopperWithCart();
    const body = await expectStatus(await applyCode(shopper, typed), 200);
    expect(body.discountCodes).toEqual([{ id: expect.any(String), code: 'WELCOME10', state: 'MatchesCart' }]);
  });

  it('limits failed codes per session: the 11th in 15 minutes is a 429 with Retry-After, other sessions unaffected', async () => {
    const { shopper, cart } = await shopperWithCart();
    // Applied codes hand their slot back: a shopper switching codes back and forth is never limited.
    for (let i = 0; i < 12; i++) {
      const applied = await expectStatus(await applyCode(shopper, 'WELCOME10'), 200);
      await expectStatus(await removeCode(shopper, applied.discountCodes[0].id), 200);
    }
    const before = content(await storedCart(cart.id));
    for (let i = 0; i < 10; i++) await expectStatus(await applyCode(shopper, `GUESS-${i}`), 422);
    const limited = await applyCode(shopper, 'WELCOME10');
    expect((await expectStatus(limited, 429)).error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(content(await storedCart(cart.id))).toEqual(before);
    const other = await shopperWithCart();
    await expectStatus(await applyCode(other.shopper, 'WELCOME10'), 200);
  });

  it('refuses a code when there is no cart (422) and a malformed code (400)', async () => {
    const shopper = new Shopper();
    expect((await expectStatus(await applyCode(shopper, 'WELCOME10'), 422)).error.message).toMatch(/cart is empty/);
    expect((await expectStatus(await applyCode(shopper, 'WELCOME 10"'), 400)).error.fields.code).toBeDefined();
    expect((await expectStatus(await applyCode(shopper, ''), 400)).error.fields.code).toBeDefined();
  });
});
