// PAYMENT_PROVIDER=commercetools-checkout against the local backend's Checkout simulation: the
// payment-session endpoint (ready carts only, nothing secret in the answer), paying the way the
// Checkout page does (the simulation creates the payment and the order through the commercetools
// API), and the confirmation rules (this shopper's order, from this session's cart, once).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { parseServerEnv } from '@/lib/env';
import { checkGrantedScopes } from '@/lib/security/granted-scopes';
import { checkoutProviderEnv, STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import type { LocalBackend } from '../../../../scripts/local-backend';
import { waitForMails } from '../../../harness/mail';
import { Shopper, US_ADDRESS, expectStatus, inStockSkus, startOwnBackend, type BuyModules } from '../cart/support';

let backend: LocalBackend;
let m: BuyModules;
const skus = inStockSkus();
const sink = inject('mailSink');

beforeAll(async () => {
  ({ backend, modules: m } = await startOwnBackend(checkoutProviderEnv()));
});
afterAll(() => backend?.close());

async function readyShopper(email = `pay-${randomUUID().slice(0, 8)}@example.com`) {
  const shopper = new Shopper();
  await expectStatus(await shopper.call(m.lineItems.POST, '/x', { method: 'POST', body: { sku: skus[0], quantity: 1 } }), 200);
  await expectStatus(await shopper.call(m.details.PUT, '/x', { method: 'PUT', body: { email, shippingAddress: US_ADDRESS } }), 200);
  const { shippingMethods } = await expectStatus(await shopper.call(m.methods.GET, '/x'), 200);
  const cart = await expectStatus(await shopper.call(m.method.PUT, '/x', { method: 'PUT', body: { shippingMethodId: shippingMethods[0].id } }), 200);
  return { shopper, cart, email };
}

const startSession = (shopper: Shopper) => shopper.call(m.paymentSession.POST, '/api/checkout/payment-session', { method: 'POST', body: {} });
const confirm = (shopper: Shopper, orderId: string) =>
  shopper.call(m.confirmHosted.POST, '/api/checkout/payment-session/confirm', { method: 'POST', body: { orderId } });

/** What the Checkout page does in the browser: pay with a card number in the session. */
async function pay(session: { sessionId: string; projectKey: string }, cardNumber = '4242 4242 4242 4242') {
  const response = await fetch(`${backend.url}/__checkout/api/${session.projectKey}/sessions/${session.sessionId}/payments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ cardNumber }),
  });
  return { status: response.status, body: (await response.json()) as { status: string; orderId?: string; paymentId?: string } };
}

describe('POST /api/checkout/payment-session', () => {
  it('answers 201 with the session id, project key and region, and nothing secret', async () => {
    const { shopper } = await readyShopper();
    const session = await expectStatus(await startSession(shopper), 201);
    expect(Object.keys(session).sort()).toEqual(['projectKey', 'region', 'sessionId']);
    expect(session.projectKey).toBe(backend.projectKey);
    // The SDK loads `{region}/main.js` when region is a URL: the local simulation's payment page.
    expect(session.region).toBe(`${backend.url}/__checkout/app`);
    const text = JSON.stringify(session);
    for (const secret of [STOREFRONT_CLIENT.secret, checkoutProviderEnv().CTP_CLIENT_SECRET!]) expect(text).not.toContain(secret);
  });

  it('refuses a cart that is not ready (422, naming the fields) and an empty one', async () => {
    const shopper = new Shopper();
    expect((await expectStatus(await startSession(shopper), 422)).error.reason).toBe('cart_empty');
    await expectStatus(await shopper.call(m.lineItems.POST, '/x', { method: 'POST', body: { sku: skus[0], quantity: 1 } }), 200);
    const error = (await expectStatus(await startSession(shopper), 422)).error;
    expect(error.reason).toBe('order_incomplete');
    expect(Object.keys(error.fields).sort()).toEqual(['email', 'shippingAddress', 'shippingMethod']);
  });

  it('refuses a cross-site request (403) and a body with any key (400)', async () => {
    const { shopper } = await readyShopper();
    const crossSite = await shopper.call(m.paymentSession.POST, '/x', { method: 'POST', body: {}, headers: { origin: 'https://evil.example' } });
    expect((await expectStatus(crossSite, 403)).error.code).toBe('cross_site_request');
    await expectStatus(await shopper.call(m.paymentSession.POST, '/x', { method: 'POST', body: { amount: 1 } }), 400);
  });

  it('refuses a cart that changed since the shopper reviewed it (409)', async () => {
    const { shopper, cart } = await readyShopper();
    const stale = new Shopper(shopper.cookie);
    await expectStatus(await shopper.call(m.lineItem.PATCH, '/x', { method: 'PATCH', body: { quantity: 2 }, params: { id: cart.lineItems[0].id } }), 200);
    const other = (await expectStatus(await startSession(stale), 409)).error;
    expect(other.reason).toBe('cart_changed_since_review');
  });
});

describe('with commercetools Checkout, the direct order endpoint', () => {
  it('refuses to place an order itself (422 payment_flow_hosted) and treats testOutcome as an unknown key (400)', async () => {
    const { shopper } = await readyShopper();
    const direct = await shopper.call(m.order.POST, '/x', { method: 'POST', body: {}, headers: { 'idempotency-key': randomUUID() } });
    expect((await expectStatus(direct, 422)).error.reason).toBe('payment_flow_hosted');
    const shortcut = await shopper.call(m.order.POST, '/x', { method: 'POST', body: { testOutcome: 'approve' }, headers: { 'idempotency-key': randomUUID() } });
    expect((await expectStatus(shortcut, 400)).error.fields).toHaveProperty('testOutcome');
  });
});

describe('paying in Checkout and confirming the order', () => {
  it('a paid session becomes an order of the cart; confirming it forgets the cart, a repeat answers 200, one mail', async () => {
    const { shopper, cart, email } = await readyShopper();
    const session = await expectStatus(await startSession(shopper), 201);
    const paid = await pay(session);
    expect(paid).toMatchObject({ status: 200, body: { status: 'completed' } });
    const orderId = paid.body.orderId!;

    const stored = (await m.client.ctApi().orders().withId({ ID: orderId }).get().execute()).body;
    expect(stored.cart?.id).toBe(cart.id);
    expect(stored.paymentInfo?.payments).toHaveLength(1);

    // Two tabs confirm at once: both may show it (201), the cart is forgotten, one mail is sent.
    const tab = new Shopper(shopper.cookie);
    const [first, second] = await Promise.all([confirm(tab, orderId), confirm(new Shopper(shopper.cookie), orderId)]);
    expect([first.status, second.status]).toEqual([201, 201]);
    const again = await expectStatus(await confirm(tab, orderId), 200);
    expect(again.order.id).toBe(orderId);
    expect((await expectStatus(await tab.call(m.cart.GET, '/x'), 200)).lineItems).toEqual([]);
    await waitForMails(sink.webUrl, email, 2, 3_000);
    expect(await waitForMails(sink.webUrl, email, 1)).toHaveLength(1);
  });

  it('a declined card leaves no order and the cart as it was; paying again in the same session works', async () => {
    const { shopper, cart } = await readyShopper();
    const session = await expectStatus(await startSession(shopper), 201);
    expect(await pay(session, '4000 0000 0000 0002')).toMatchObject({ status: 402, body: { status: 'declined' } });
    const kept = await expectStatus(await shopper.call(m.cart.GET, '/x'), 200);
    expect(kept.lineItems.map((l: { sku: string }) => l.sku)).toEqual(cart.lineItems.map((l: { sku: string }) => l.sku));
    const orders = await m.client.ctApi().orders().get({ queryArgs: { where: 'cart(id = :id)', 'var.id': cart.id } }).execute();
    expect(orders.body.results).toHaveLength(0);
    expect(await pay(session)).toMatchObject({ status: 200, body: { status: 'completed' } });
  });

  it('a double submit in the Checkout page makes one order; both answers name it', async () => {
    const { shopper, cart } = await readyShopper();
    const session = await expectStatus(await startSession(shopper), 201);
    const [a, b] = await Promise.all([pay(session), pay(session)]);
    expect(a.body.orderId).toBeDefined();
    expect(b.body.orderId).toBe(a.body.orderId);
    const orders = await m.client.ctApi().orders().get({ queryArgs: { where: 'cart(id = :id)', 'var.id': cart.id } }).execute();
    expect(orders.body.results).toHaveLength(1);
  });

  it("another shopper cannot confirm this shopper's order, nor an unknown one (404)", async () => {
    const { shopper } = await readyShopper();
    const session = await expectStatus(await startSession(shopper), 201);
    const { body } = await pay(session);
    const stranger = (await readyShopper()).shopper;
    expect((await expectStatus(await confirm(stranger, body.orderId!), 404)).error.code).toBe('not_found');
    await expectStatus(await confirm(stranger, randomUUID()), 404);
    await expectStatus(await confirm(stranger, '../orders'), 400);
    // The stranger's own cart is untouched; the owner still confirms.
    expect((await expectStatus(await stranger.call(m.cart.GET, '/x'), 200)).lineItems).toHaveLength(1);
    await expectStatus(await confirm(shopper, body.orderId!), 201);
  });

  it('a cart Checkout ordered without a confirmation is finished on the next visit: its order is known, a new cart starts', async () => {
    const { shopper, cart } = await readyShopper();
    const session = await expectStatus(await startSession(shopper), 201);
    const { body } = await pay(session);
    // The browser never confirmed (closed after paying). The next add starts a new cart.
    const next = await expectStatus(await shopper.call(m.lineItems.POST, '/x', { method: 'POST', body: { sku: skus[0], quantity: 1 } }), 200);
    expect(next.id).not.toBe(cart.id);
    const orders = await expectStatus(await shopper.call(m.orders.GET, '/x'), 200);
    expect(orders.orders.map((o: { id: string }) => o.id)).toContain(body.orderId);
    // Confirming it now answers it without touching the new cart.
    await expectStatus(await confirm(shopper, body.orderId!), 200);
    expect((await expectStatus(await shopper.call(m.cart.GET, '/x'), 200)).id).toBe(next.id);
  });
});

describe('the Sessions API of the simulation, like the real one', () => {
  it('refuses a token without manage_sessions (403), and the boot rule refuses that client for this provider', async () => {
    const token = await fetch(`${backend.url}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${STOREFRONT_CLIENT.id}:${STOREFRONT_CLIENT.secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    }).then((r) => r.json() as Promise<{ access_token: string }>);
    const refused = await fetch(`${backend.url}/__checkout/session/${backend.projectKey}/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ cart: { cartRef: { id: randomUUID() } }, metadata: { applicationKey: checkoutProviderEnv().CTP_CHECKOUT_APPLICATION_KEY } }),
    });
    expect(refused.status).toBe(403);

    const env = parseServerEnv({
      ...process.env,
      ...checkoutProviderEnv(),
      CTP_CLIENT_ID: STOREFRONT_CLIENT.id,
      CTP_CLIENT_SECRET: STOREFRONT_CLIENT.secret,
      CTP_AUTH_URL: backend.url,
      CTP_API_URL: backend.url,
      CTP_PROJECT_KEY: backend.projectKey,
      CTP_SCOPES: undefined,
    });
    const result = await checkGrantedScopes({ ...env, CTP_SCOPES: 'manage_orders' });
    expect(result.status).toBe('fail');
    expect(result.message).toMatch(/not granted manage_sessions|CTP_SCOPES asks for/);
    const withoutSessions = await checkGrantedScopes(env);
    expect(withoutSessions.status).toBe('fail');
    expect(withoutSessions.message).toContain('manage_sessions');
    const granted = await checkGrantedScopes(parseServerEnv({ ...process.env, ...checkoutProviderEnv(), CTP_AUTH_URL: backend.url, CTP_API_URL: backend.url, CTP_PROJECT_KEY: backend.projectKey }));
    expect(granted.status, granted.message).toBe('pass');
  });
});
