// POST /api/checkout/order with the test payment provider: the re-checks (422), the version the
// shopper reviewed (409), idempotency (the same key, concurrent submissions), a declined payment
// (402), and what the session keeps afterwards.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as cartRoute from '@/app/api/cart/route';
import * as orderByIdRoute from '@/app/api/orders/[id]/route';
import { ctApi } from '@/lib/commercetools/client';
import { readSession } from '@/lib/session';
import { withEnv } from '../../../harness/fresh-modules';
import { Shopper, cartState, expectStatus, ordersOfCart, storedCart } from '../cart/support';
import { DETAILS, addLine, getMethods, placeOrder, putDetails, readyShopper, skus } from './support';

// The env is parsed lazily, on the first request: this file's modules use the test provider.
process.env.PAYMENT_PROVIDER = 'test';

const ORDER_KEYS = [
  'id', 'orderNumber', 'createdAt', 'state', 'email', 'lineItems', 'itemCount', 'discountCodes', 'subtotal', 'discount',
  'shipping', 'tax', 'total', 'shippingAddress', 'billingAddress', 'shippingMethod',
];

describe('placing an order', () => {
  it('creates the order (201) for the total the shopper reviewed, pays it, and the session moves on', async () => {
    const { shopper, cart } = await readyShopper([[skus[0]!, 2], [skus[1]!, 1]]);
    const response = await placeOrder(shopper);
    const { order } = await expectStatus(response, 201);
    expect(Object.keys(order)).toEqual(ORDER_KEYS);
    expect(order).toMatchObject({
      state: 'Open',
      email: DETAILS.email,
      itemCount: 3,
      subtotal: cart.subtotal,
      discount: cart.discount,
      shipping: cart.shipping,
      tax: cart.tax,
      total: cart.total,
      shippingAddress: cart.shippingAddress,
      billingAddress: cart.billingAddress,
      shippingMethod: cart.shippingMethod,
    });
    expect(order.lineItems).toEqual(cart.lineItems);
    expect(order.orderNumber).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);

    // commercetools: one order, the cart Ordered, an authorized payment for the total.
    const stored = (await ctApi().orders().withId({ ID: order.id }).get({ queryArgs: { expand: ['paymentInfo.payments[*]'] } }).execute()).body;
    expect(stored.cart?.id).toBe(cart.id);
    expect((await storedCart(cart.id)).cartState).toBe('Ordered');
    const payments = stored.paymentInfo?.payments ?? [];
    expect(payments).toHaveLength(1);
    const payment = payments[0]!.obj!;
    expect(payment.amountPlanned.centAmount).toBe(cart.total.centAmount);
    expect(payment.transactions.map((t) => [t.type, t.state, t.amount.centAmount])).toEqual([['Authorization', 'Success', cart.total.centAmount]]);

    // The session forgot the cart and remembers the order (guest confirmation).
    const session = (await readSession(shopper.cookie!)).data!;
    expect(session.cartId).toBeUndefined();
    expect(session.cartVersion).toBeUndefined();
    expect(session.orderIds).toEqual([order.id]);
    expect(await expectStatus(await shopper.call(cartRoute.GET, '/api/cart'), 200)).toMatchObject({ id: null, lineItems: [] });
    const confirmation = await expectStatus(
      await shopper.call(orderByIdRoute.GET, `/api/orders/${order.id}`, { params: { id: order.id } }),
      200,
    );
    expect(confirmation.order).toEqual(order);
  });

  it('refuses an order without a shipping method with 422 naming it, and places none', async () => {
    const shopper = new Shopper();
    const cart = await expectStatus(await addLine(shopper, skus[0]!, 1), 200);
    await expectStatus(await putDetails(shopper, DETAILS), 200);
    const error = (await expectStatus(await placeOrder(shopper), 422)).error;
    expect(error.fields).toEqual({ shippingMethod: ['is required'] });
    expect(error.message).toMatch(/shipping method/);
    expect(await ordersOfCart(cart.id)).toBe(0);
  });

  it('names everything that is missing: email, shipping address, shipping method', async () => {
    const shopper = new Shopper();
    const cart = await expectStatus(await addLine(shopper, skus[0]!, 1), 200);
    const error = (await expectStatus(await placeOrder(shopper), 422)).error;
    expect(Object.keys(error.fields).sort()).toEqual(['email', 'shippingAddress', 'shippingMethod']);
    expect(await ordersOfCart(cart.id)).toBe(0);
  });

  it('refuses an empty cart and a session without a cart (422)', async () => {
    expect((await expectStatus(await placeOrder(new Shopper()), 422)).error.message).toMatch(/cart is empty/);
    const shopper = new Shopper();
    const cart = await expectStatus(await addLine(shopper, skus[0]!, 1), 200);
    await expectStatus(await shopper.call((await import('@/app/api/cart/line-items/[id]/route')).DELETE, '/x', { method: 'DELETE', params: { id: cart.lineItems[0].id } }), 200);
    expect((await expectStatus(await placeOrder(shopper), 422)).error.message).toMatch(/cart is empty/);
  });

  // Lines that went out of stock or lost their price: tests/integration/shop/checkout/catalog-changes.test.ts

  it('answers 409 when the cart changed since the shopper reviewed it, and places no order', async () => {
    const { shopper, cart } = await readyShopper();
    const stored = await storedCart(cart.id);
    await ctApi()
      .carts()
      .withId({ ID: cart.id })
      .post({ body: { version: stored.version, actions: [{ action: 'changeLineItemQuantity', lineItemId: stored.lineItems[0]!.id, quantity: 4 }] } })
      .execute();
    expect((await expectStatus(await placeOrder(shopper), 409)).error.code).toBe('conflict');
    expect(await ordersOfCart(cart.id)).toBe(0);
    // Reviewing the cart again (GET /api/cart) makes the new version the reviewed one.
    const reviewed = await expectStatus(await shopper.call(cartRoute.GET, '/api/cart'), 200);
    expect(reviewed.lineItems[0].quantity).toBe(4);
    const { order } = await expectStatus(await placeOrder(shopper), 201);
    expect(order.total).toEqual(reviewed.total);
  });

  it('needs an Idempotency-Key header (400)', async () => {
    const { shopper, cart } = await readyShopper();
    const error = (await expectStatus(await placeOrder(shopper, null), 400)).error;
    expect(error.fields['Idempotency-Key']).toBeDefined();
    expect(await ordersOfCart(cart.id)).toBe(0);
  });

  it.each([{ total: 1 }, { centAmount: 100 }, { price: 1 }, { cartId: randomUUID() }, { customerId: randomUUID() }, { testOutcome: 'maybe' }])(
    'refuses a body of %o with 400 and places no order',
    async (body) => {
      const { shopper, cart } = await readyShopper();
      await expectStatus(await placeOrder(shopper, randomUUID(), body), 400);
      expect(await ordersOfCart(cart.id)).toBe(0);
    },
  );
});

describe('idempotency', () => {
  it('the same Idempotency-Key twice (the answer was lost: same cookie) returns the same order', async () => {
    const { shopper, cart } = await readyShopper();
    const cookie = shopper.cookie;
    const key = randomUUID();
    const first = await expectStatus(await placeOrder(shopper, key), 201);
    const retry = new Shopper(cookie);
    const second = await expectStatus(await placeOrder(retry, key), 200);
    expect(second).toEqual(first);
    expect(await ordersOfCart(cart.id)).toBe(1);
    expect((await readSession(retry.cookie!)).data?.orderIds).toEqual([first.order.id]);
  });

  it('the same Idempotency-Key after the session already moved on returns the same order', async () => {
    const { shopper, cart } = await readyShopper();
    const key = randomUUID();
    const first = await expectStatus(await placeOrder(shopper, key), 201);
    const second = await expectStatus(await placeOrder(shopper, key), 200);
    expect(second).toEqual(first);
    expect(await ordersOfCart(cart.id)).toBe(1);
  });

  it('a key already used for another order is not reused for a new cart (422)', async () => {
    const { shopper } = await readyShopper();
    const key = randomUUID();
    await expectStatus(await placeOrder(shopper, key), 201);
    const { cart } = await readyShopper([[skus[1]!, 1]], shopper);
    expect((await expectStatus(await placeOrder(shopper, key), 422)).error.message).toMatch(/Idempotency-Key/);
    expect(await ordersOfCart(cart.id)).toBe(0);
    await expectStatus(await placeOrder(shopper, randomUUID()), 201);
  });

  it.each([
    ['the same key', () => 'same'],
    ['different keys', () => randomUUID()],
  ])('10 concurrent submissions of one cart with %s create exactly one order; the others get it or 409', async (_name, keyFor) => {
    const { shopper, cart } = await readyShopper([[skus[4]!, 1]]);
    const sameKey = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => placeOrder(new Shopper(shopper.cookie), keyFor() === 'same' ? sameKey : randomUUID())),
    );
    const statuses = responses.map((r) => r.status);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.every((s) => s === 201 || s === 200 || s === 409)).toBe(true);
    const created = bodies[statuses.indexOf(201)].order;
    for (const [i, body] of bodies.entries()) if (statuses[i] === 200) expect(body.order).toEqual(created);
    expect(await ordersOfCart(cart.id)).toBe(1);
    // Only the winner's payment is on the order (released authorizations: payments.test.ts).
    const order = (await ctApi().orders().withId({ ID: created.id }).get().execute()).body;
    expect(order.paymentInfo?.payments).toHaveLength(1);
  });
});

describe('payment', () => {
  it('a declined payment is a 402: no order, the cart untouched, and the next attempt can succeed', async () => {
    const { shopper, cart } = await readyShopper();
    const before = cartState(await storedCart(cart.id));
    const error = (await expectStatus(await placeOrder(shopper, randomUUID(), { testOutcome: 'decline' }), 402)).error;
    expect(error.code).toBe('payment_declined');
    expect(await ordersOfCart(cart.id)).toBe(0);
    const after = await storedCart(cart.id);
    expect(cartState(after)).toEqual(before);
    expect(after.paymentInfo).toBeUndefined();
    expect((await readSession(shopper.cookie!)).data).toMatchObject({ cartId: cart.id, cartVersion: before.version });

    await expectStatus(await placeOrder(shopper, randomUUID(), { testOutcome: 'approve' }), 201);
    expect(await ordersOfCart(cart.id)).toBe(1);
  });

  it('without a payment provider, placing an order is 422 and testOutcome an unknown key (400)', async () => {
    const routes = await withEnv({ PAYMENT_PROVIDER: 'none' }, async () => ({
      order: await import('@/app/api/checkout/order/route'),
    }));
    try {
      const { shopper, cart } = await readyShopper();
      expect((await expectStatus(await placeOrder(shopper, randomUUID(), {}, routes.order), 422)).error.message).toMatch(/Payments are not configured/);
      const error = (await expectStatus(await placeOrder(shopper, randomUUID(), { testOutcome: 'decline' }, routes.order), 400)).error;
      expect(error.fields).toEqual({ testOutcome: ['is not allowed'] });
      expect(await ordersOfCart(cart.id)).toBe(0);
    } finally {
      process.env.PAYMENT_PROVIDER = 'test';
    }
  });
});

describe('shipping methods of an ordered cart', () => {
  it('are not available any more (the session forgot the cart)', async () => {
    const { shopper } = await readyShopper();
    await expectStatus(await placeOrder(shopper), 201);
    await expectStatus(await getMethods(shopper), 422);
  });
});
