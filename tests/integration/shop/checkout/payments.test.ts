// The test payment provider's records, on a backend of the test's own (so every Payment in it is
// this test's): an authorization per attempt, released when the attempt did not become the order.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBackend } from '../../../../scripts/local-backend';
import { Shopper, US_ADDRESS, expectStatus, inStockSkus, loadBuyModulesVia, startInterceptingProxy, startOwnBackend, type BuyModules } from '../cart/support';

let backend: LocalBackend;
let m: BuyModules;
const skus = inStockSkus();

beforeAll(async () => {
  ({ backend, modules: m } = await startOwnBackend({ PAYMENT_PROVIDER: 'test' }));
});
afterAll(() => backend?.close());

async function readyShopper() {
  const shopper = new Shopper();
  await expectStatus(await shopper.call(m.lineItems.POST, '/x', { method: 'POST', body: { sku: skus[0], quantity: 1 } }), 200);
  await expectStatus(await shopper.call(m.details.PUT, '/x', { method: 'PUT', body: { email: 'pay@example.com', shippingAddress: US_ADDRESS } }), 200);
  const { shippingMethods } = await expectStatus(await shopper.call(m.methods.GET, '/x'), 200);
  const cart = await expectStatus(await shopper.call(m.method.PUT, '/x', { method: 'PUT', body: { shippingMethodId: shippingMethods[0].id } }), 200);
  return { shopper, cart };
}

const allPayments = async () => (await m.client.ctApi().payments().get({ queryArgs: { limit: 500 } }).execute()).body.results;
const kinds = (payment: Awaited<ReturnType<typeof allPayments>>[number]) => payment.transactions.map((t) => `${t.type}:${t.state}`);

describe('test payment provider', () => {
  it('has no hosted payment: a Checkout payment session is 422 payment_flow_direct, and the cart stays as it was', async () => {
    const { shopper, cart } = await readyShopper();
    const refused = await shopper.call(m.paymentSession.POST, '/api/checkout/payment-session', { method: 'POST', body: {} });
    expect((await expectStatus(refused, 422)).error.reason).toBe('payment_flow_direct');
    const after = await expectStatus(await shopper.call(m.cart.GET, '/x'), 200);
    expect(after).toEqual(cart);
  });

  it('records a declined authorization without touching the cart, then an authorized one for the order', async () => {
    const { shopper, cart } = await readyShopper();
    const before = new Set((await allPayments()).map((p) => p.id));
    await expectStatus(await shopper.call(m.order.POST, '/x', { method: 'POST', body: { testOutcome: 'decline' }, headers: { 'idempotency-key': randomUUID() } }), 402);
    const declined = (await allPayments()).filter((p) => !before.has(p.id));
    expect(declined.map(kinds)).toEqual([['Authorization:Failure']]);
    expect(declined[0]!.amountPlanned.centAmount).toBe(cart.total.centAmount);

    const { order } = await expectStatus(await shopper.call(m.order.POST, '/x', { method: 'POST', body: {}, headers: { 'idempotency-key': randomUUID() } }), 201);
    const stored = (await m.client.ctApi().orders().withId({ ID: order.id }).get().execute()).body;
    const attached = stored.paymentInfo!.payments.map((ref) => ref.id);
    expect(attached).toHaveLength(1);
    expect(attached[0]).not.toBe(declined[0]!.id);
  });

  it('of 10 concurrent attempts, every authorization that did not become the order is released', async () => {
    const { shopper, cart } = await readyShopper();
    const before = new Set((await allPayments()).map((p) => p.id));
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => new Shopper(shopper.cookie).call(m.order.POST, '/x', { method: 'POST', body: {}, headers: { 'idempotency-key': randomUUID() } })),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    // Attempts that started after the order existed answered with it without authorizing anything.
    const payments = (await allPayments()).filter((p) => !before.has(p.id));
    expect(payments.length).toBeGreaterThanOrEqual(1);
    expect(payments.length).toBeLessThanOrEqual(10);
    const order = (await m.client.ctApi().orders().get({ queryArgs: { where: 'cart(id = :id)', 'var.id': cart.id } }).execute()).body.results;
    expect(order).toHaveLength(1);
    const winner = order[0]!.paymentInfo!.payments[0]!.id;
    for (const payment of payments) {
      expect(kinds(payment)).toEqual(payment.id === winner ? ['Authorization:Success'] : ['Authorization:Success', 'CancelAuthorization:Success']);
    }
  });

  it('an attempt whose cart changed after the authorization releases it, attaches nothing and answers 409', async () => {
    const proxy = await startInterceptingProxy(backend.url);
    try {
      const via = await loadBuyModulesVia(proxy.url, backend, { PAYMENT_PROVIDER: 'test' });
      const { shopper, cart } = await readyShopper();
      const before = new Set((await allPayments()).map((p) => p.id));
      // Right after the payment was created: the cart changes (another tab), so the claim conflicts.
      proxy.after('POST', /\/payments(\?|$)/, async () => {
        const current = (await m.client.ctApi().carts().withId({ ID: cart.id }).get().execute()).body;
        await m.client
          .ctApi()
          .carts()
          .withId({ ID: cart.id })
          .post({ body: { version: current.version, actions: [{ action: 'changeLineItemQuantity', lineItemId: current.lineItems[0]!.id, quantity: 2 }] } })
          .execute();
      });
      const error = (await expectStatus(await shopper.call(via.order.POST, '/x', { method: 'POST', body: {}, headers: { 'idempotency-key': randomUUID() } }), 409)).error;
      expect(error.code).toBe('conflict');
      expect(proxy.armed).toBe(false);
      const payments = (await allPayments()).filter((p) => !before.has(p.id));
      expect(payments.map(kinds)).toEqual([['Authorization:Success', 'CancelAuthorization:Success']]);
      const stored = (await m.client.ctApi().carts().withId({ ID: cart.id }).get().execute()).body;
      expect(stored).toMatchObject({ cartState: 'Active' });
      expect(stored.paymentInfo).toBeUndefined();
      expect((await m.client.ctApi().orders().get({ queryArgs: { where: 'cart(id = :id)', 'var.id': cart.id } }).execute()).body.results).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});
