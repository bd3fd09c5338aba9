// Discount codes that really discount, against the demo catalog's codes (WELCOME10, SAVE5,
// SPRING2020) and codes the tests create as the seed admin: the codes' states, discounted line
// prices, taxes on discounted amounts, total-price discounts, and the refusals of Add DiscountCode.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DISCOUNT_CODES } from '@/scripts/local-backend/seed/demo-catalog';
import {
  cartFor,
  cents,
  DE,
  demoCartDiscount,
  demoDiscountCode,
  demoTaxRate,
  GB,
  halfEven,
  lineBySku,
  type MoneyBackend,
  percentOff,
  skuWhere,
  startMoneyBackend,
  taxIncluded,
  taxOnTop,
  update,
  US,
} from './cart-money-support';
import type { Json } from './support';

let env: MoneyBackend;
const cartDiscountIds = new Map<string, string>();

beforeAll(async () => {
  env = await startMoneyBackend();
  for (const key of ['welcome-10', 'save-5', 'spring-2020']) {
    cartDiscountIds.set(key, (await env.admin('GET', `/cart-discounts/key=${key}`)).body.id);
  }
});
afterAll(() => env.backend.close());

const standard = (except: string[] = []) => skuWhere((s) => s.taxCategory === 'standard', except);

let sortOrder = 0.9;
/** A cart discount and a code for it, created as the seed admin; returns the code. */
async function createCode(
  discount: Record<string, unknown>,
  code: Record<string, unknown> = {},
): Promise<{ code: string; discountId: string; codeId: string }> {
  sortOrder -= 0.001;
  const created = await env.admin('POST', '/cart-discounts', {
    name: { en: 'test discount' },
    cartPredicate: '1 = 1',
    sortOrder: sortOrder.toFixed(3),
    requiresDiscountCode: true,
    ...discount,
  });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  const text = `T${randomUUID().slice(0, 8)}`.toUpperCase();
  const codeResponse = await env.admin('POST', '/discount-codes', {
    code: text,
    cartDiscounts: [{ typeId: 'cart-discount', id: created.body.id }],
    ...code,
  });
  if (codeResponse.status !== 201) throw new Error(JSON.stringify(codeResponse.body));
  return { code: text, discountId: created.body.id, codeId: codeResponse.body.id };
}

async function addCode(cart: Json, code: string) {
  return env.api('POST', `/carts/${cart.id}`, { version: cart.version, actions: [{ action: 'addDiscountCode', code }] });
}

describe('the seeded discount codes', () => {
  it('are seeded as documented', async () => {
    expect(DEMO_DISCOUNT_CODES).toEqual({ welcome: 'WELCOME10', save: 'SAVE5', expired: 'SPRING2020' });
    const codes = (await env.admin('GET', '/discount-codes?limit=50')).body.results as Json[];
    expect(codes.map((c) => c.code)).toEqual(expect.arrayContaining(['WELCOME10', 'SAVE5', 'SPRING2020']));
    const welcome = codes.find((c) => c.code === 'WELCOME10');
    expect(welcome).toMatchObject({ isActive: true, cartDiscounts: [{ typeId: 'cart-discount', id: cartDiscountIds.get('welcome-10') }] });
    const discount = (await env.admin('GET', `/cart-discounts/key=welcome-10`)).body;
    expect(discount).toMatchObject({ isActive: true, requiresDiscountCode: true, value: demoCartDiscount('welcome-10').value });
  });
});

describe('WELCOME10', () => {
  it('takes 10% off every unit of every line in the US and taxes the discounted amounts', async () => {
    const a = standard();
    const b = skuWhere((s) => s.taxCategory === 'reduced');
    const before = await cartFor(env.api, US, [[a.sku, 2], [b.sku, 1]]);
    const response = await addCode(before, DEMO_DISCOUNT_CODES.welcome);
    expect(response.status).toBe(200);
    const cart = response.body;
    expect(cart.discountCodes).toEqual([{ discountCode: { typeId: 'discount-code', id: expect.any(String) }, state: 'MatchesCart' }]);

    const rate = demoTaxRate('standard', 'US').amount;
    const unitA = percentOff(a.price.USD, 10);
    const unitB = percentOff(b.price.USD, 10);
    const lineA = lineBySku(cart, a.sku);
    expect(lineA.price.value).toEqual(cents('USD', a.price.USD));
    expect(lineA.discountedPricePerQuantity).toEqual([
      {
        quantity: 2,
        discountedPrice: {
          value: cents('USD', unitA),
          includedDiscounts: [
            { discount: { typeId: 'cart-discount', id: cartDiscountIds.get('welcome-10') }, discountedAmount: cents('USD', a.price.USD - unitA) },
          ],
        },
      },
    ]);
    expect(lineA.totalPrice).toEqual(cents('USD', unitA * 2));
    expect(lineA.taxedPrice.totalGross).toEqual(cents('USD', taxOnTop(unitA * 2, rate).gross));
    expect(lineBySku(cart, b.sku).totalPrice).toEqual(cents('USD', unitB));

    const net = unitA * 2 + unitB;
    expect(cart.totalPrice).toEqual(cents('USD', net));
    expect(cart.taxedPrice.totalNet).toEqual(cents('USD', net));
    expect(cart.taxedPrice.totalTax).toEqual(cents('USD', taxOnTop(unitA * 2, rate).tax + taxOnTop(unitB, rate).tax));
  });

  it('discounts German gross prices and derives the VAT from the discounted gross', async () => {
    const a = skuWhere((s) => s.taxCategory === 'standard' && (percentOff(s.price.EUR, 10) * 3 * 100) % 119 !== 0);
    const cart = (await addCode(await cartFor(env.api, DE, [[a.sku, 3]]), 'WELCOME10')).body;
    const unit = percentOff(a.price.EUR, 10);
    const rate = demoTaxRate('standard', 'DE').amount;
    expect(cart.totalPrice).toEqual(cents('EUR', unit * 3));
    expect(cart.taxedPrice.totalGross).toEqual(cents('EUR', unit * 3));
    expect(cart.taxedPrice.totalNet).toEqual(cents('EUR', taxIncluded(unit * 3, rate).net));
    expect(cart.taxedPrice.totalNet).not.toEqual(cents('EUR', taxIncluded(a.price.EUR * 3, rate).net));
  });

  it('is taken into account for free shipping: the discounted line total must reach freeAbove', async () => {
    // 10% off brings a line just above the $75 threshold below it again.
    const item = skuWhere((s) => s.taxCategory === 'standard' && s.price.USD >= 7500 && percentOff(s.price.USD, 10) < 7500);
    let cart = await cartFor(env.api, US, [[item.sku, 1]], { shippingMethod: 'standard' });
    expect(cart.shippingInfo.price.centAmount).toBe(0);
    cart = (await addCode(cart, 'WELCOME10')).body;
    expect(cart.shippingInfo.price.centAmount).toBeGreaterThan(0);
    expect(cart.totalPrice).toEqual(cents('USD', percentOff(item.price.USD, 10) + cart.shippingInfo.price.centAmount));
  });

  it('removing the code restores the totals exactly', async () => {
    const before = await cartFor(env.api, US, [[standard().sku, 2]], { shippingMethod: 'express' });
    const discounted = (await addCode(before, 'WELCOME10')).body;
    expect(discounted.totalPrice.centAmount).toBeLessThan(before.totalPrice.centAmount);
    const restored = await update(env.api, discounted, [
      { action: 'removeDiscountCode', discountCode: discounted.discountCodes[0].discountCode },
    ]);
    expect(restored.discountCodes).toEqual([]);
    for (const field of ['totalPrice', 'taxedPrice', 'taxedShippingPrice', 'shippingInfo']) {
      expect(restored[field]).toEqual(before[field]);
    }
    expect(restored.lineItems.map((l: Json) => [l.totalPrice, l.taxedPrice, l.discountedPricePerQuantity])).toEqual(
      before.lineItems.map((l: Json) => [l.totalPrice, l.taxedPrice, l.discountedPricePerQuantity]),
    );
  });
});

describe('SAVE5 (a discount on the total price)', () => {
  it('takes 5.00 off the UK total, all of it off the gross', async () => {
    const item = standard();
    const before = await cartFor(env.api, GB, [[item.sku, 1]], { shippingMethod: 'express' });
    const cart = (await addCode(before, DEMO_DISCOUNT_CODES.save)).body;
    const amount = (demoCartDiscount('save-5').value as { money: Array<{ currencyCode: string; centAmount: number }> }).money.find(
      (m) => m.currencyCode === 'GBP',
    )?.centAmount as number;
    expect(amount).toBe(500);
    expect(cart.totalPrice).toEqual(cents('GBP', before.totalPrice.centAmount - amount));
    expect(cart.discountOnTotalPrice).toMatchObject({
      discountedAmount: cents('GBP', amount),
      includedDiscounts: [{ discount: { typeId: 'cart-discount', id: cartDiscountIds.get('save-5') }, discountedAmount: cents('GBP', amount) }],
      discountedGrossAmount: cents('GBP', amount),
    });
    expect(cart.taxedPrice.totalGross).toEqual(cart.totalPrice);
    // The line items and the shipping keep their prices; the total carries the discount.
    expect(cart.lineItems[0].totalPrice).toEqual(before.lineItems[0].totalPrice);
    expect(cart.shippingInfo.price).toEqual(before.shippingInfo.price);
    // Net and tax shrink by the same proportion.
    const total = before.totalPrice.centAmount;
    const net = halfEven(BigInt(before.taxedPrice.totalNet.centAmount) * BigInt(total - amount), BigInt(total));
    expect(cart.taxedPrice.totalNet).toEqual(cents('GBP', net));
    expect(cart.discountOnTotalPrice.discountedNetAmount).toEqual(cents('GBP', before.taxedPrice.totalNet.centAmount - net));
    expect(cart.taxedPrice.taxPortions.reduce((a: number, p: Json) => a + p.amount.centAmount, 0)).toBe(cart.taxedPrice.totalTax.centAmount);
  });

  it('stacks with WELCOME10: 10% off the lines first, then 5.00 off the total', async () => {
    const item = standard();
    let cart = await cartFor(env.api, US, [[item.sku, 1]]);
    cart = await update(env.api, cart, [
      { action: 'addDiscountCode', code: 'SAVE5' },
      { action: 'addDiscountCode', code: 'WELCOME10' },
    ]);
    expect(cart.discountCodes.map((c: Json) => c.state)).toEqual(['MatchesCart', 'MatchesCart']);
    expect(cart.totalPrice).toEqual(cents('USD', percentOff(item.price.USD, 10) - 500));
    expect(cart.taxedPrice.totalNet).toEqual(cart.totalPrice);
  });
});

describe('refused and non-matching codes', () => {
  it('answers the expired SPRING2020 with 400 DiscountCodeNonApplicable TimeRangeNonApplicable and leaves the cart alone', async () => {
    expect(new Date(demoDiscountCode('SPRING2020').validUntil as string).getTime()).toBeLessThan(Date.now());
    const cart = await cartFor(env.api, US, [[standard().sku, 1]]);
    const response = await addCode(cart, DEMO_DISCOUNT_CODES.expired);
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({
      code: 'DiscountCodeNonApplicable',
      discountCode: 'SPRING2020',
      reason: 'TimeRangeNonApplicable',
      validUntil: demoDiscountCode('SPRING2020').validUntil,
    });
    const current = (await env.api('GET', `/carts/${cart.id}`)).body;
    expect(current.version).toBe(cart.version);
    expect(current.discountCodes).toEqual([]);
  });

  it('answers an unknown code with 400 DiscountCodeNonApplicable DoesNotExist', async () => {
    const cart = await cartFor(env.api, US, [[standard().sku, 1]]);
    const response = await addCode(cart, 'NO-SUCH-CODE');
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ code: 'DiscountCodeNonApplicable', discountCode: 'NO-SUCH-CODE', reason: 'DoesNotExist' });
  });

  it('treats codes as case-sensitive', async () => {
    const cart = await cartFor(env.api, US, [[standard().sku, 1]]);
    expect((await addCode(cart, 'welcome10')).body.errors[0].reason).toBe('DoesNotExist');
  });

  it('refuses an inactive code', async () => {
    const { code } = await createCode(
      { value: { type: 'relative', permyriad: 500 }, target: { type: 'lineItems', predicate: '1 = 1' } },
      { isActive: false },
    );
    const cart = await cartFor(env.api, US, [[standard().sku, 1]]);
    const response = await addCode(cart, code);
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ code: 'DiscountCodeNonApplicable', reason: 'NotActive' });
  });

  it('adds a code whose cart predicate does not match as DoesNotMatchCart, and applies it once the cart matches', async () => {
    const item = skuWhere((s) => s.taxCategory === 'standard' && s.price.USD < 10000);
    const threshold = Math.ceil(10000 / item.price.USD);
    const { code, discountId } = await createCode({
      value: { type: 'relative', permyriad: 2000 },
      target: { type: 'lineItems', predicate: '1 = 1' },
      cartPredicate: 'lineItemTotal(1 = 1) >= "100.00 USD"',
    });
    let cart = (await addCode(await cartFor(env.api, US, [[item.sku, 1]]), code)).body;
    expect(cart.discountCodes).toEqual([{ discountCode: expect.objectContaining({ typeId: 'discount-code' }), state: 'DoesNotMatchCart' }]);
    expect(cart.totalPrice).toEqual(cents('USD', item.price.USD));
    expect(cart.lineItems[0].discountedPricePerQuantity).toEqual([]);

    cart = await update(env.api, cart, [{ action: 'changeLineItemQuantity', lineItemId: cart.lineItems[0].id, quantity: threshold }]);
    expect(cart.discountCodes[0].state).toBe('MatchesCart');
    expect(cart.lineItems[0].discountedPricePerQuantity[0].discountedPrice.includedDiscounts[0].discount.id).toBe(discountId);
    expect(cart.totalPrice).toEqual(cents('USD', percentOff(item.price.USD, 20) * threshold));
  });

  it('does not apply a money predicate of another currency', async () => {
    const { code } = await createCode({
      value: { type: 'relative', permyriad: 1000 },
      target: { type: 'lineItems', predicate: '1 = 1' },
      cartPredicate: 'totalPrice >= "1.00 USD"',
    });
    const cart = (await addCode(await cartFor(env.api, GB, [[standard().sku, 1]]), code)).body;
    expect(cart.discountCodes[0].state).toBe('DoesNotMatchCart');
  });

  it('limits a line-item target to the lines its predicate selects', async () => {
    const a = standard();
    const b = standard([a.sku]);
    const { code } = await createCode({
      value: { type: 'relative', permyriad: 5000 },
      target: { type: 'lineItems', predicate: `sku = "${b.sku}"` },
    });
    const cart = (await addCode(await cartFor(env.api, US, [[a.sku, 1], [b.sku, 1]]), code)).body;
    expect(lineBySku(cart, a.sku).totalPrice).toEqual(cents('USD', a.price.USD));
    expect(lineBySku(cart, b.sku).totalPrice).toEqual(cents('USD', percentOff(b.price.USD, 50)));
  });

  it('spreads an absolute line discount over the units in proportion to their prices', async () => {
    const a = standard();
    const b = standard([a.sku]);
    const { code } = await createCode({
      value: { type: 'absolute', money: [{ currencyCode: 'USD', centAmount: 1001 }] },
      target: { type: 'lineItems', predicate: '1 = 1' },
    });
    const cart = (await addCode(await cartFor(env.api, US, [[a.sku, 1], [b.sku, 3]]), code)).body;
    const total = a.price.USD + b.price.USD * 3;
    expect(cart.totalPrice).toEqual(cents('USD', total - 1001));
    const shareA = a.price.USD - lineBySku(cart, a.sku).totalPrice.centAmount;
    const shareB = b.price.USD * 3 - lineBySku(cart, b.sku).totalPrice.centAmount;
    expect(shareA + shareB).toBe(1001);
    expect(Math.abs(shareA - (1001 * a.price.USD) / total)).toBeLessThanOrEqual(1);
    // The units of one line may end up a cent apart; they are listed per distinct price.
    const perQuantity = lineBySku(cart, b.sku).discountedPricePerQuantity as Json[];
    expect(perQuantity.reduce((n, q) => n + q.quantity, 0)).toBe(3);
    expect(perQuantity.reduce((n, q) => n + q.quantity * q.discountedPrice.value.centAmount, 0)).toBe(b.price.USD * 3 - shareB);
  });

  it('marks a code MaxApplicationReached once it was ordered maxApplications times; ordering it again is refused', async () => {
    const { code } = await createCode(
      { value: { type: 'relative', permyriad: 1000 }, target: { type: 'lineItems', predicate: '1 = 1' } },
      { maxApplications: 1 },
    );
    const first = (await addCode(await cartFor(env.api, US, [[standard().sku, 1]]), code)).body;
    expect(first.discountCodes[0].state).toBe('MatchesCart');
    const second = (await addCode(await cartFor(env.api, US, [[standard().sku, 1]]), code)).body;
    expect((await env.api('POST', '/orders', { cart: { typeId: 'cart', id: first.id }, version: first.version })).status).toBe(201);

    const secondNow = (await env.api('POST', `/carts/${second.id}`, { version: second.version, actions: [{ action: 'recalculate' }] })).body;
    expect(secondNow.discountCodes[0].state).toBe('MaxApplicationReached');
    expect(secondNow.lineItems[0].discountedPricePerQuantity).toEqual([]);
    const refused = await env.api('POST', '/orders', { cart: { typeId: 'cart', id: second.id }, version: secondNow.version });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ code: 'DiscountCodeNonApplicable', discountCode: code });
    expect((await env.api('GET', `/carts/${second.id}`)).body.cartState).toBe('Active');
  });

  it('refuses to create a cart with a code that does not match it', async () => {
    const { code } = await createCode({
      value: { type: 'relative', permyriad: 1000 },
      target: { type: 'lineItems', predicate: '1 = 1' },
      cartPredicate: 'lineItemCount(1 = 1) >= 50',
    });
    const response = await env.api('POST', '/carts', {
      currency: 'USD',
      country: 'US',
      lineItems: [{ sku: standard().sku, quantity: 1 }],
      discountCodes: [code],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ code: 'DiscountCodeNonApplicable', discountCode: code });
  });

  it('refuses cart discounts with predicates it cannot evaluate', async () => {
    const response = await env.admin('POST', '/cart-discounts', {
      name: { en: 'broken' },
      value: { type: 'relative', permyriad: 1000 },
      cartPredicate: 'totalPrice >= ',
      target: { type: 'lineItems', predicate: '1 = 1' },
      sortOrder: '0.123',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].code).toBe('InvalidInput');
    const unknownField = await env.admin('POST', '/cart-discounts', {
      name: { en: 'unknown field' },
      value: { type: 'relative', permyriad: 1000 },
      cartPredicate: '1 = 1',
      target: { type: 'lineItems', predicate: 'noSuchField = "x"' },
      sortOrder: '0.124',
    });
    expect(unknownField.status).toBe(400);
  });
});
