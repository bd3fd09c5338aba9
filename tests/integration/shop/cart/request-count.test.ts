// commercetools requests per cart mutation and per order placement, counted by a dedicated local
// backend (its /__local/stats counts API calls per client, so no other test file can add to it).
// The happy path of every cart mutation is ONE cart request (adding a line also runs the one
// product check the rules need); a conflict costs a re-read and one retry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalBackend } from '../../../../scripts/local-backend';
import { STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import type { ShippingMethodOption } from '@/lib/types';
import { Shopper, US_ADDRESS, expectStatus, inStockSkus, startOwnBackend, type Answer, type BuyModules, type Handler } from './support';
import { resetProcessSingletons } from '@/lib/process-singleton';

let backend: LocalBackend;
let admin: Awaited<ReturnType<typeof startOwnBackend>>['admin'];
let routes: BuyModules;
const skus = inStockSkus();
const measured: Array<[string, number]> = [];

beforeAll(async () => {
  ({ backend, admin, modules: routes } = await startOwnBackend({ PAYMENT_PROVIDER: 'test' }));
});

afterAll(async () => {
  console.log(`commercetools requests per call:\n${measured.map(([name, n]) => `  ${String(n).padStart(2)}  ${name}`).join('\n')}`);
  await backend?.close();
});

const apiCalls = () => backend.stats().apiRequestsByClient[STOREFRONT_CLIENT.id] ?? 0;

/** Runs one API call and returns its answer and how many commercetools requests it made. */
async function count(name: string, call: () => Promise<Response>, status = 200): Promise<{ body: Answer; requests: number }> {
  const before = apiCalls();
  const body = await expectStatus(await call(), status);
  const requests = apiCalls() - before;
  measured.push([name, requests]);
  return { body, requests };
}

describe('commercetools requests per call (happy path)', () => {
  it('one cart request per cart mutation, six for placing the order', async () => {
    const r = routes;
    const shopper = new Shopper();
    const post = (route: { POST: Handler }, path: string, body: unknown, headers?: Record<string, string>) =>
      () => shopper.call(route.POST, path, { method: 'POST', body, headers });

    expect((await count('GET /api/cart (no cart yet)', () => shopper.call(r.cart.GET, '/api/cart'))).requests).toBe(0);
    // The first add: the product check (published, priced, on stock) and the cart creation.
    expect((await count('POST /api/cart/line-items (creates the cart)', post(r.lineItems, '/api/cart/line-items', { sku: skus[0], quantity: 1 }))).requests).toBe(2);
    const added = await count('POST /api/cart/line-items (new line)', post(r.lineItems, '/api/cart/line-items', { sku: skus[1], quantity: 2 }));
    expect(added.requests).toBe(2);
    expect((await count('POST /api/cart/line-items (existing line)', post(r.lineItems, '/api/cart/line-items', { sku: skus[1], quantity: 1 }))).requests).toBe(2);
    const [first, second] = added.body.lineItems;
    const lineCall = (method: 'PATCH' | 'DELETE', id: string, body?: unknown) => () =>
      shopper.call(r.lineItem[method], `/api/cart/line-items/${id}`, { method, body, params: { id } });
    expect((await count('PATCH /api/cart/line-items/{id}', lineCall('PATCH', first.id, { quantity: 3 }))).requests).toBe(1);
    expect((await count('DELETE /api/cart/line-items/{id}', lineCall('DELETE', second.id))).requests).toBe(1);
    const withCode = await count('POST /api/cart/discount-codes', post(r.codes, '/api/cart/discount-codes', { code: 'WELCOME10' }));
    expect(withCode.requests).toBe(1);
    const codeId = withCode.body.discountCodes[0].id;
    expect(
      (await count('DELETE /api/cart/discount-codes/{id}', () =>
        shopper.call(r.code.DELETE, `/api/cart/discount-codes/${codeId}`, { method: 'DELETE', params: { id: codeId } }),
      )).requests,
    ).toBe(1);
    // Typed in another case: the typed spelling (unknown to commercetools), then the upper-case one.
    const lowerCase = await count('POST /api/cart/discount-codes (welcome10)', post(r.codes, '/api/cart/discount-codes', { code: 'welcome10' }));
    expect(lowerCase.requests).toBe(2);
    const lowerId = lowerCase.body.discountCodes[0].id;
    await shopper.call(r.code.DELETE, `/api/cart/discount-codes/${lowerId}`, { method: 'DELETE', params: { id: lowerId } });
    expect((await count('GET /api/cart', () => shopper.call(r.cart.GET, '/api/cart'))).requests).toBe(1);
    expect(
      (await count('PUT /api/checkout/details', () =>
        shopper.call(r.details.PUT, '/api/checkout/details', { method: 'PUT', body: { email: 'count@example.com', shippingAddress: US_ADDRESS } }),
      )).requests,
    ).toBe(1);
    // A read, not a mutation: the cart (ownership, prices) and the matching methods, in parallel.
    const methods = await count('GET /api/checkout/shipping-methods', () => shopper.call(r.methods.GET, '/api/checkout/shipping-methods'));
    expect(methods.requests).toBe(2);
    const standard = methods.body.shippingMethods.find((m: ShippingMethodOption) => m.key === 'standard');
    expect(
      (await count('PUT /api/checkout/shipping-method', () =>
        shopper.call(r.method.PUT, '/api/checkout/shipping-method', { method: 'PUT', body: { shippingMethodId: standard.id } }),
      )).requests,
    ).toBe(1);
    // Attempt look-up and cart read (parallel), product check, payment, cart update (payment +
    // attempt reference, the claim), order.
    const placed = await count('POST /api/checkout/order', post(r.order, '/api/checkout/order', {}, { 'idempotency-key': 'count-1' }), 201);
    expect(placed.requests).toBe(6);
    expect((await count('POST /api/checkout/order (same key again)', post(r.order, '/api/checkout/order', {}, { 'idempotency-key': 'count-1' }), 200)).requests).toBe(1);
    const id = placed.body.order.id;
    expect((await count('GET /api/orders/{id}', () => shopper.call(r.orderById.GET, `/api/orders/${id}`, { params: { id } }))).requests).toBe(1);
    expect((await count('GET /api/orders', () => shopper.call(r.orders.GET, '/api/orders'))).requests).toBe(1);
  });
});

describe('commercetools requests per call (other paths)', () => {
  it('a cart changed in another tab of this instance: the update, then the retry on the version commercetools names (2)', async () => {
    const r = routes;
    const tabA = new Shopper();
    const cart = await expectStatus(await tabA.call(r.lineItems.POST, '/x', { method: 'POST', body: { sku: skus[0], quantity: 1 } }), 200);
    const tabB = new Shopper(tabA.cookie);
    const id = cart.lineItems[0].id;
    await expectStatus(await tabA.call(r.lineItem.PATCH, '/x', { method: 'PATCH', body: { quantity: 2 }, params: { id } }), 200);
    const { requests } = await count('PATCH /api/cart/line-items/{id} (after a 409, version known here)', () =>
      tabB.call(r.lineItem.PATCH, '/x', { method: 'PATCH', body: { quantity: 5 }, params: { id } }),
    );
    expect(requests).toBe(2);
  });

  it('a cart changed elsewhere (another instance): the update, a re-read, the retry (3)', async () => {
    const r = routes;
    const shopper = new Shopper();
    const cart = await expectStatus(await shopper.call(r.lineItems.POST, '/x', { method: 'POST', body: { sku: skus[0], quantity: 1 } }), 200);
    const id = cart.lineItems[0].id;
    // Changed by someone else: the admin client, straight at commercetools.
    const stored = (await admin.carts().withId({ ID: cart.id }).get().execute()).body;
    await admin.carts().withId({ ID: cart.id }).post({ body: { version: stored.version, actions: [{ action: 'changeLineItemQuantity', lineItemId: id, quantity: 2 }] } }).execute();
    const { requests } = await count('PATCH /api/cart/line-items/{id} (after a 409, version unknown here)', () =>
      shopper.call(r.lineItem.PATCH, '/x', { method: 'PATCH', body: { quantity: 5 }, params: { id } }),
    );
    expect(requests).toBe(3);
  });

  it('an instance that has not seen the cart version yet reads it first (2)', async () => {
    const r = routes;
    const shopper = new Shopper();
    const cart = await expectStatus(await shopper.call(r.lineItems.POST, '/x', { method: 'POST', body: { sku: skus[0], quantity: 1 } }), 200);
    // Another instance (or a restart): no snapshot of the cart in this process.
    resetProcessSingletons('cart.snapshots');
    const id = cart.lineItems[0].id;
    const { requests } = await count('PATCH /api/cart/line-items/{id} (cold instance)', () =>
      shopper.call(r.lineItem.PATCH, '/x', { method: 'PATCH', body: { quantity: 2 }, params: { id } }),
    );
    expect(requests).toBe(2);
  });

  it('a declined payment: no cart update, no order (4)', async () => {
    const r = routes;
    const shopper = new Shopper();
    await expectStatus(await shopper.call(r.lineItems.POST, '/x', { method: 'POST', body: { sku: skus[0], quantity: 1 } }), 200);
    await expectStatus(await shopper.call(r.details.PUT, '/x', { method: 'PUT', body: { email: 'count@example.com', shippingAddress: US_ADDRESS } }), 200);
    const { shippingMethods } = await expectStatus(await shopper.call(r.methods.GET, '/x'), 200);
    await expectStatus(await shopper.call(r.method.PUT, '/x', { method: 'PUT', body: { shippingMethodId: shippingMethods[0].id } }), 200);
    const { requests } = await count(
      'POST /api/checkout/order (declined)',
      () => shopper.call(r.order.POST, '/x', { method: 'POST', body: { testOutcome: 'decline' }, headers: { 'idempotency-key': 'count-2' } }),
      402,
    );
    expect(requests).toBe(4);
  });
});
