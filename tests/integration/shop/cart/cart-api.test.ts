// The cart API (docs/api.md) against the local commercetools backend: the cart JSON, lazy
// creation in the session's market, strict bodies (400 and the cart unchanged), the limits (422),
// product checks (422), and ownership (404).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as cartRoute from '@/app/api/cart/route';
import * as lineItemsRoute from '@/app/api/cart/line-items/route';
import * as lineItemRoute from '@/app/api/cart/line-items/[id]/route';
import * as discountCodesRoute from '@/app/api/cart/discount-codes/route';
import * as checkoutDetailsRoute from '@/app/api/checkout/details/route';
import { MAX_CART_LINES, MAX_LINE_QUANTITY } from '@/lib/shop/cart/limits';
import { ctApi } from '@/lib/commercetools/client';
import { readSession } from '@/lib/session';
import type { CartLineItem } from '@/lib/types';
import { Shopper, US_ADDRESS, type Answer, cartState, demoPrice, expectStatus, inStockSkus, outOfStockSku, storedCart } from './support';

const skus = inStockSkus();

const CART_KEYS = [
  'id', 'lineItems', 'itemCount', 'subtotal', 'discountCodes', 'discount', 'shipping', 'tax', 'total',
  'email', 'shippingAddress', 'billingAddress', 'shippingMethod',
];
const LINE_KEYS = ['id', 'sku', 'productId', 'name', 'slug', 'image', 'quantity', 'unitPrice', 'totalPrice', 'originalUnitPrice', 'originalTotalPrice'];
const usd = (centAmount: number) => ({ centAmount, currencyCode: 'USD', fractionDigits: 2 });

async function add(shopper: Shopper, body: unknown) {
  return shopper.call(lineItemsRoute.POST, '/api/cart/line-items', { method: 'POST', body });
}
async function patch(shopper: Shopper, id: string, body: unknown) {
  return shopper.call(lineItemRoute.PATCH, `/api/cart/line-items/${id}`, { method: 'PATCH', body, params: { id } });
}
async function remove(shopper: Shopper, id: string) {
  return shopper.call(lineItemRoute.DELETE, `/api/cart/line-items/${id}`, { method: 'DELETE', params: { id } });
}
async function getCart(shopper: Shopper) {
  return shopper.call(cartRoute.GET, '/api/cart');
}

/** A guest with a cart holding `lines`, made through the API. */
async function shopperWithCart(lines: Array<[string, number]>) {
  const shopper = new Shopper();
  let body: Answer | undefined;
  for (const [sku, quantity] of lines) body = await expectStatus(await add(shopper, { sku, quantity }), 200);
  return { shopper, cart: body! };
}

describe('GET /api/cart', () => {
  it('answers the empty cart in the market currency for a new visitor, without a cookie or a commercetools call', async () => {
    const shopper = new Shopper();
    const response = await getCart(shopper);
    expect(await expectStatus(response, 200)).toEqual({
      id: null, lineItems: [], itemCount: 0, subtotal: usd(0), discountCodes: [], discount: usd(0), shipping: null, tax: null,
      total: usd(0), email: null, shippingAddress: null, billingAddress: null, shippingMethod: null,
    });
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('answers the empty cart in the session market currency (GBP in en-gb)', async () => {
    const shopper = await Shopper.withSession({ market: 'en-gb' });
    const body = await expectStatus(await getCart(shopper), 200);
    expect(body.total).toEqual({ centAmount: 0, currencyCode: 'GBP', fractionDigits: 2 });
  });
});

describe('POST /api/cart/line-items', () => {
  it('creates the cart on the first add, in the market currency and country, owned by a new anonymous id', async () => {
    const shopper = new Shopper();
    const response = await add(shopper, { sku: skus[0], quantity: 2 });
    const cart = await expectStatus(response, 200);
    expect(Object.keys(cart)).toEqual(CART_KEYS);
    expect(cart.lineItems).toHaveLength(1);
    const line = cart.lineItems[0];
    expect(Object.keys(line)).toEqual(LINE_KEYS);
    expect(line).toMatchObject({ sku: skus[0], quantity: 2, unitPrice: usd(demoPrice(skus[0]!)) });
    expect(line.image.url).toMatch(/^\/demo-catalog\//);

    const stored = await storedCart(cart.id);
    expect(stored).toMatchObject({ country: 'US', cartState: 'Active' });
    expect(stored.customerId).toBeUndefined();
    const session = (await readSession(shopper.cookie!)).data!;
    expect(session).toMatchObject({ cartId: cart.id, cartVersion: stored.version });
    expect(stored.anonymousId).toBe(session.anonymousId);
    expect(stored.anonymousId).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored.totalPrice.currencyCode).toBe('USD');
    // Every amount is commercetools' own.
    expect(line.totalPrice).toEqual(usd(stored.lineItems[0]!.totalPrice.centAmount));
    expect(cart.itemCount).toBe(2);
    expect(cart.subtotal).toEqual(usd(stored.lineItems[0]!.totalPrice.centAmount));

    // The session now holds the cart: GET answers it.
    const again = await expectStatus(await getCart(shopper), 200);
    expect(again).toEqual(cart);
  });

  it('adds to the existing line for the same SKU and keeps lines per SKU', async () => {
    const { shopper } = await shopperWithCart([[skus[0]!, 1], [skus[1]!, 1]]);
    const cart = await expectStatus(await add(shopper, { sku: skus[0], quantity: 2 }), 200);
    expect(cart.lineItems.map((l: CartLineItem) => [l.sku, l.quantity])).toEqual([[skus[0], 3], [skus[1], 1]]);
    expect(cart.itemCount).toBe(4);
  });

  it('creates the cart in EUR for a de-de session', async () => {
    const shopper = await Shopper.withSession({ market: 'de-de' });
    const cart = await expectStatus(await add(shopper, { sku: skus[0], quantity: 1 }), 200);
    expect(cart.lineItems[0].unitPrice.currencyCode).toBe('EUR');
    expect((await storedCart(cart.id)).country).toBe('DE');
  });

  // Unpublished products and SKUs without a price here: tests/integration/shop/checkout/catalog-changes.test.ts
  it.each([
    ['an unknown SKU', () => `NO-SUCH-SKU-${randomUUID().slice(0, 6)}`, /No product with SKU/],
    ['an out-of-stock SKU', () => outOfStockSku(), /out of stock/],
  ])('refuses %s with 422 and a clear message, creating no cart', async (_name, sku, message) => {
    const shopper = new Shopper();
    const error = (await expectStatus(await add(shopper, { sku: sku(), quantity: 1 }), 422)).error;
    expect(error.code).toBe('business_rule');
    expect(error.message).toMatch(message);
    expect(error.fields.sku).toBeDefined();
    expect(await expectStatus(await getCart(shopper), 200)).toMatchObject({ id: null });
  });

  it.each([
    ['an unknown SKU', () => `NO-SUCH-SKU-${randomUUID().slice(0, 6)}`],
    ['an out-of-stock SKU', () => outOfStockSku()],
  ])('refuses %s on an existing cart and leaves it as it was', async (_name, sku) => {
    const { shopper, cart } = await shopperWithCart([[skus[0]!, 1]]);
    const before = cartState(await storedCart(cart.id));
    await expectStatus(await add(shopper, { sku: sku(), quantity: 1 }), 422);
    expect(cartState(await storedCart(cart.id))).toEqual(before);
  });
});

describe('strict bodies: the client never sends prices, ids or anything unknown', () => {
  const forbidden = ['price', 'centAmount', 'externalPrice', 'customerId', 'cartId', 'currency', 'totalPrice', 'somethingElse'];

  it.each(forbidden)('POST line-items with "%s" is a 400 naming it, and the cart is unchanged', async (key) => {
    const { shopper, cart } = await shopperWithCart([[skus[0]!, 1]]);
    const before = cartState(await storedCart(cart.id));
    const error = (await expectStatus(await add(shopper, { sku: skus[1], quantity: 1, [key]: 1 }), 400)).error;
    expect(error.code).toBe('validation_failed');
    expect(error.fields[key]).toEqual(['is not allowed']);
    expect(cartState(await storedCart(cart.id))).toEqual(before);
  });

  it.each(forbidden)('PATCH a line with "%s" is a 400, and the cart is unchanged', async (key) => {
    const { shopper, cart } = await shopperWithCart([[skus[0]!, 1]]);
    const before = cartState(await storedCart(cart.id));
    await expectStatus(await patch(shopper, cart.lineItems[0].id, { quantity: 2, [key]: 100 }), 400);
    expect(cartState(await storedCart(cart.id))).toEqual(before);
  });

  it.each(['price', 'customerId', 'cartId', 'centAmount'])('a discount code or checkout details with "%s" is a 400, cart unchanged', async (key) => {
    const { shopper, cart } = await shopperWithCart([[skus[0]!, 1]]);
    const before = cartState(await storedCart(cart.id));
    await expectStatus(await shopper.call(discountCodesRoute.POST, '/api/cart/discount-codes', { method: 'POST', body: { code: 'WELCOME10', [key]: 1 } }), 400);
    await expectStatus(
      await shopper.call(checkoutDetailsRoute.PUT, '/api/checkout/details', {
        method: 'PUT',
        body: { email: 'a@example.com', shippingAddress: { ...US_ADDRESS, [key]: 'x' } },
      }),
      400,
    );
    expect(cartState(await storedCart(cart.id))).toEqual(before);
  });

  const badQuantities: Array<[string, unknown]> = [['0', 0], ['-1', -1], ['1.5', 1.5], ['"2"', '2'], ['1e9', 1e9], ['null', null], ['100', 100]];

  it.each(badQuantities)('quantity %s is a 400 on add and on change, and the cart is unchanged', async (_label, quantity) => {
    const { shopper, cart } = await shopperWithCart([[skus[0]!, 1]]);
    const before = cartState(await storedCart(cart.id));
    const added = (await expectStatus(await add(shopper, { sku: skus[0], quantity }), 400)).error;
    expect(added.fields.quantity).toBeDefined();
    const changed = (await expectStatus(await patch(shopper, cart.lineItems[0].id, { quantity }), 400)).error;
    expect(changed.fields.quantity).toBeDefined();
    expect(cartState(await storedCart(cart.id))).toEqual(before);
  });

  it('a missing SKU or quantity is a 400', async () => {
    const shopper = new Shopper();
    expect((await expectStatus(await add(shopper, { quantity: 1 }), 400)).error.fields.sku).toBeDefined();
    expect((await expectStatus(await add(shopper, { sku: skus[0] }), 400)).error.fields.quantity).toBeDefined();
  });
});

describe('limits (lib/shop/cart/limits.ts)', () => {
  it(`refuses a line past ${MAX_LINE_QUANTITY} with 422 and accepts exactly ${MAX_LINE_QUANTITY}`, async () => {
    const { shopper, cart } = await shopperWithCart([[skus[0]!, 60]]);
    const before = cartState(await storedCart(cart.id));
    const error = (await expectStatus(await add(shopper, { sku: skus[0], quantity: 40 }), 422)).error;
    expect(error.message).toMatch(new RegExp(`at most ${MAX_LINE_QUANTITY}`));
    // The reason and its values, for clients that word the refusal in their own language.
    const params = { max: MAX_LINE_QUANTITY, current: 60, adding: 40 };
    expect(error).toMatchObject({ reason: 'line_quantity_limit', params, fieldReasons: { quantity: [{ reason: 'line_quantity_limit', params }] } });
    expect(error.fields.quantity).toEqual([error.message]);
    expect(cartState(await storedCart(cart.id))).toEqual(before);
    const full = await expectStatus(await add(shopper, { sku: skus[0], quantity: 39 }), 200);
    expect(full.lineItems[0].quantity).toBe(MAX_LINE_QUANTITY);
  });

  it(`refuses line ${MAX_CART_LINES + 1} with 422; a SKU already in the cart can still be added`, async () => {
    expect(skus.length).toBeGreaterThan(MAX_CART_LINES);
    // Fifty lines straight in commercetools (faster than fifty requests), then the session points at it.
    const anonymousId = randomUUID();
    const created = (
      await ctApi()
        .carts()
        .post({
          body: {
            currency: 'USD',
            country: 'US',
            anonymousId,
            lineItems: skus.slice(0, MAX_CART_LINES).map((sku) => ({ sku, quantity: 1 })),
          },
        })
        .execute()
    ).body;
    const shopper = await Shopper.withSession({ anonymousId, cartId: created.id, cartVersion: created.version, market: 'en-us' });
    const before = cartState(await storedCart(created.id));
    const error = (await expectStatus(await add(shopper, { sku: skus[MAX_CART_LINES], quantity: 1 }), 422)).error;
    expect(error.message).toMatch(new RegExp(`at most ${MAX_CART_LINES}`));
    expect(cartState(await storedCart(created.id))).toEqual(before);

    const more = await expectStatus(await add(shopper, { sku: skus[0], quantity: 1 }), 200);
    expect(more.lineItems).toHaveLength(MAX_CART_LINES);
    expect(more.lineItems[0].quantity).toBe(2);
  });
});

describe('PATCH and DELETE /api/cart/line-items/{id}', () => {
  it('sets the quantity and removes the line', async () => {
    const { shopper, cart } = await shopperWithCart([[skus[0]!, 1], [skus[1]!, 2]]);
    const [first, second] = cart.lineItems;
    const changed = await expectStatus(await patch(shopper, first.id, { quantity: 7 }), 200);
    expect(changed.lineItems.map((l: CartLineItem) => [l.id, l.quantity])).toEqual([[first.id, 7], [second.id, 2]]);
    expect(changed.itemCount).toBe(9);
    const removed = await expectStatus(await remove(shopper, first.id), 200);
    expect(removed.lineItems.map((l: CartLineItem) => l.id)).toEqual([second.id]);
    const stored = await storedCart(cart.id);
    expect(stored.lineItems.map((l) => [l.id, l.quantity])).toEqual([[second.id, 2]]);
  });

  it("answers 404 for another session's line id and leaves both carts as they were", async () => {
    const mine = await shopperWithCart([[skus[0]!, 1]]);
    const theirs = await shopperWithCart([[skus[1]!, 1]]);
    const theirLine = theirs.cart.lineItems[0].id;
    const before = [cartState(await storedCart(mine.cart.id)), cartState(await storedCart(theirs.cart.id))];
    expect((await expectStatus(await patch(mine.shopper, theirLine, { quantity: 5 }), 404)).error.code).toBe('not_found');
    await expectStatus(await remove(mine.shopper, theirLine), 404);
    expect([cartState(await storedCart(mine.cart.id)), cartState(await storedCart(theirs.cart.id))]).toEqual(before);
  });

  it('answers 404 for a line id when the session has no cart, and for a malformed id', async () => {
    const shopper = new Shopper();
    await expectStatus(await patch(shopper, randomUUID(), { quantity: 1 }), 404);
    await expectStatus(await remove(shopper, 'not a valid id!'), 404);
  });
});

describe('ownership', () => {
  it("a session pointing at someone else's cart gets 404 everywhere, forgets it, and the cart is untouched", async () => {
    const victim = await shopperWithCart([[skus[0]!, 1]]);
    const stored = await storedCart(victim.cart.id);
    const before = cartState(stored);
    // A session whose cookie names that cart (sealed by us, so this can only come from a bug or a
    // cart that changed hands) but belongs to another anonymous shopper.
    const intruder = await Shopper.withSession({ anonymousId: randomUUID(), cartId: stored.id, cartVersion: stored.version });
    await expectStatus(await patch(intruder, victim.cart.lineItems[0].id, { quantity: 9 }), 404);
    const intruder2 = await Shopper.withSession({ anonymousId: randomUUID(), cartId: stored.id, cartVersion: stored.version });
    await expectStatus(await add(intruder2, { sku: skus[1], quantity: 1 }), 404);
    const intruder3 = await Shopper.withSession({ anonymousId: randomUUID(), cartId: stored.id, cartVersion: stored.version });
    await expectStatus(await getCart(intruder3), 404);
    // Forgotten: the next read is the empty cart, the next add makes a cart of its own.
    expect(await expectStatus(await getCart(intruder3), 200)).toMatchObject({ id: null });
    const own = await expectStatus(await add(intruder3, { sku: skus[1], quantity: 1 }), 200);
    expect(own.id).not.toBe(stored.id);
    expect(cartState(await storedCart(stored.id))).toEqual(before);
  });

  it("a signed-in customer's session cannot use a guest's cart, nor a guest session a customer's cart", async () => {
    const guest = await shopperWithCart([[skus[0]!, 1]]);
    const stored = await storedCart(guest.cart.id);
    const customer = await Shopper.withSession({ customerId: randomUUID(), anonymousId: stored.anonymousId, cartId: stored.id, cartVersion: stored.version });
    await expectStatus(await patch(customer, guest.cart.lineItems[0].id, { quantity: 3 }), 404);
    expect(cartState(await storedCart(stored.id))).toEqual(cartState(stored));
  });

  it('a cart commercetools no longer has is forgotten: GET answers the empty cart, the next add starts a new cart', async () => {
    const { shopper, cart } = await shopperWithCart([[skus[0]!, 1]]);
    const stored = await storedCart(cart.id);
    await ctApi().carts().withId({ ID: cart.id }).delete({ queryArgs: { version: stored.version } }).execute();
    expect(await expectStatus(await getCart(shopper), 200)).toMatchObject({ id: null, lineItems: [] });
    const next = await expectStatus(await add(shopper, { sku: skus[1], quantity: 1 }), 200);
    expect(next.id).not.toBe(cart.id);
  });
});
