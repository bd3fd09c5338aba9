// Optimistic concurrency control over real HTTP: updates and deletes must name the resource's
// current version (409 ConcurrentModification with currentVersion otherwise), and of two
// simultaneous updates with the same version exactly one succeeds.
import { randomUUID } from 'node:crypto';
import { ClientBuilder } from '@commercetools/ts-client';
import { createApiBuilderFromCtpClient } from '@commercetools/platform-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBackend } from '@/scripts/local-backend/backend';
import { SEED_ADMIN_CLIENT } from '@/scripts/local-backend/clients';
import { STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import { type Api, type Json, PROJECT, apiAs, createCart, startTestBackend, tokenFor } from './support';

let backend: LocalBackend;
let api: Api;

beforeAll(async () => {
  backend = await startTestBackend();
  api = apiAs(backend, await tokenFor(backend, STOREFRONT_CLIENT));
});
afterAll(() => backend.close());

/** The exact 409 body of the real API. */
function expectConflict(response: { status: number; body: Json }, id: string, expected: number, current: number) {
  const message = `Object ${id} has a different version than expected. Expected: ${expected} - Actual: ${current}.`;
  expect(response.status).toBe(409);
  expect(response.body).toEqual({
    statusCode: 409,
    message,
    errors: [{ code: 'ConcurrentModification', message, currentVersion: current }],
  });
}

const setEmail = (email: string) => ({ action: 'setCustomerEmail', email });

/** A cart one update past its creation, so its first version is stale. */
async function cartAtVersion2() {
  const created = await api('POST', '/carts', { currency: 'USD', country: 'US' });
  expect(created.status).toBe(201);
  const updated = await api('POST', `/carts/${created.body.id}`, { version: created.body.version, actions: [setEmail('first@example.com')] });
  expect(updated.status).toBe(200);
  expect(updated.body.version).toBe(created.body.version + 1);
  return { id: created.body.id as string, staleVersion: created.body.version as number, version: updated.body.version as number };
}

const setKey = (key: string) => ({ action: 'setKey', key });

/** A payment with a key (the mock's carts have none), one update past its creation. */
async function keyedPaymentAtVersion2() {
  const key = `pay-${randomUUID()}`;
  const created = await api('POST', '/payments', { amountPlanned: { currencyCode: 'USD', centAmount: 1000 } });
  expect(created.status).toBe(201);
  const updated = await api('POST', `/payments/${created.body.id}`, { version: created.body.version, actions: [setKey(key)] });
  expect(updated.status).toBe(200);
  expect(updated.body.version).toBe(created.body.version + 1);
  return { id: created.body.id as string, key, staleVersion: created.body.version as number, version: updated.body.version as number };
}

describe('updates', () => {
  it('answers a stale cart update with 409, the current version, and leaves the cart as it was', async () => {
    const cart = await cartAtVersion2();
    const stale = await api('POST', `/carts/${cart.id}`, { version: cart.staleVersion, actions: [setEmail('stale@example.com')] });
    expectConflict(stale, cart.id, cart.staleVersion, cart.version);
    const after = await api('GET', `/carts/${cart.id}`);
    expect(after.body).toMatchObject({ version: cart.version, customerEmail: 'first@example.com' });
  });

  it('refuses a stale version even when the actions would change nothing', async () => {
    const cart = await cartAtVersion2();
    expectConflict(await api('POST', `/carts/${cart.id}`, { version: cart.staleVersion, actions: [] }), cart.id, cart.staleVersion, cart.version);
    expectConflict(
      await api('POST', `/carts/${cart.id}`, { version: cart.staleVersion, actions: [setEmail('first@example.com')] }),
      cart.id,
      cart.staleVersion,
      cart.version,
    );
    // A version ahead of the resource is just as wrong.
    expectConflict(await api('POST', `/carts/${cart.id}`, { version: cart.version + 5, actions: [] }), cart.id, cart.version + 5, cart.version);
  });

  it('applies an update with the current version and answers the next version', async () => {
    const cart = await cartAtVersion2();
    const updated = await api('POST', `/carts/${cart.id}`, { version: cart.version, actions: [setEmail('next@example.com')] });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id: cart.id, version: cart.version + 1, customerEmail: 'next@example.com' });
    // An update that changes nothing keeps the version, as on the real API.
    const unchanged = await api('POST', `/carts/${cart.id}`, { version: cart.version + 1, actions: [] });
    expect(unchanged.status).toBe(200);
    expect(unchanged.body.version).toBe(cart.version + 1);
  });

  it('checks updates by key, naming the resource id', async () => {
    const payment = await keyedPaymentAtVersion2();
    expectConflict(
      await api('POST', `/payments/key=${payment.key}`, { version: payment.staleVersion, actions: [] }),
      payment.id,
      payment.staleVersion,
      payment.version,
    );
    const updated = await api('POST', `/payments/key=${payment.key}`, { version: payment.version, actions: [setKey(`${payment.key}-2`)] });
    expect(updated.status).toBe(200);
    expect(updated.body.version).toBe(payment.version + 1);
  });

  it('answers an update without a version with 400 InvalidJsonInput', async () => {
    const cart = await cartAtVersion2();
    const missing = await api('POST', `/carts/${cart.id}`, { actions: [setEmail('x@example.com')] });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]).toMatchObject({ code: 'InvalidJsonInput', detailedErrorMessage: 'version: Missing required value' });
    const text = await api('POST', `/carts/${cart.id}`, { version: String(cart.version), actions: [] });
    expect(text.status).toBe(400);
    expect(text.body.errors[0].code).toBe('InvalidJsonInput');
    expect((await api('GET', `/carts/${cart.id}`)).body.version).toBe(cart.version);
  });

  it('still answers 404 for an unknown resource', async () => {
    const id = randomUUID();
    const response = await api('POST', `/carts/${id}`, { version: 1, actions: [] });
    expect(response.status).toBe(404);
    expect(response.body.errors[0].code).toBe('ResourceNotFound');
    expect((await api('DELETE', `/carts/${id}?version=1`)).status).toBe(404);
  });

  it('surfaces the conflict to the official SDK as a 409 with currentVersion', async () => {
    const cart = await cartAtVersion2();
    const client = new ClientBuilder()
      .withProjectKey(PROJECT)
      .withClientCredentialsFlow({
        host: backend.url,
        projectKey: PROJECT,
        credentials: { clientId: STOREFRONT_CLIENT.id, clientSecret: STOREFRONT_CLIENT.secret },
        httpClient: fetch,
      })
      .withHttpMiddleware({ host: backend.url, httpClient: fetch })
      .build();
    const sdk = createApiBuilderFromCtpClient(client).withProjectKey({ projectKey: PROJECT });
    await expect(
      sdk.carts().withId({ ID: cart.id }).post({ body: { version: cart.staleVersion, actions: [] } }).execute(),
    ).rejects.toMatchObject({
      statusCode: 409,
      body: { errors: [{ code: 'ConcurrentModification', currentVersion: cart.version }] },
    });
  });
});

describe('deletes', () => {
  it('answers a stale delete with 409 and keeps the cart; the current version deletes it', async () => {
    const cart = await cartAtVersion2();
    expectConflict(await api('DELETE', `/carts/${cart.id}?version=${cart.staleVersion}`), cart.id, cart.staleVersion, cart.version);
    expect((await api('GET', `/carts/${cart.id}`)).status).toBe(200);

    const deleted = await api('DELETE', `/carts/${cart.id}?version=${cart.version}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.id).toBe(cart.id);
    expect((await api('GET', `/carts/${cart.id}`)).status).toBe(404);
  });

  it('checks deletes by key', async () => {
    const payment = await keyedPaymentAtVersion2();
    expectConflict(
      await api('DELETE', `/payments/key=${payment.key}?version=${payment.staleVersion}`),
      payment.id,
      payment.staleVersion,
      payment.version,
    );
    expect((await api('GET', `/payments/${payment.id}`)).status).toBe(200);
    expect((await api('DELETE', `/payments/key=${payment.key}?version=${payment.version}`)).status).toBe(200);
    expect((await api('GET', `/payments/${payment.id}`)).status).toBe(404);
  });

  it('needs a numeric version', async () => {
    const cart = await cartAtVersion2();
    for (const query of ['', '?version=', '?version=abc']) {
      const response = await api('DELETE', `/carts/${cart.id}${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.errors[0].code, query).toBe('InvalidInput');
    }
    expect((await api('GET', `/carts/${cart.id}`)).status).toBe(200);
  });
});

describe('simultaneous updates', () => {
  it('lets exactly one of two updates with the same version through', async () => {
    const cart = await cartAtVersion2();
    const results = await Promise.all(
      ['a@example.com', 'b@example.com'].map((email) => api('POST', `/carts/${cart.id}`, { version: cart.version, actions: [setEmail(email)] })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.errors[0].currentVersion).toBe(cart.version + 1);
    const after = (await api('GET', `/carts/${cart.id}`)).body;
    expect(after.version).toBe(cart.version + 1);
    expect(after.customerEmail).toBe(winner.body.customerEmail);
  });

  it('lets exactly one of many through, by id and by key alike', async () => {
    const cart = await cartAtVersion2();
    const carts = await Promise.all(
      Array.from({ length: 8 }, (_, i) => api('POST', `/carts/${cart.id}`, { version: cart.version, actions: [setEmail(`n${i}@example.com`)] })),
    );
    expect(carts.filter((r) => r.status === 200)).toHaveLength(1);
    expect(carts.filter((r) => r.status === 409)).toHaveLength(7);
    expect((await api('GET', `/carts/${cart.id}`)).body.version).toBe(cart.version + 1);

    const payment = await keyedPaymentAtVersion2();
    const payments = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        api('POST', i % 2 ? `/payments/${payment.id}` : `/payments/key=${payment.key}`, {
          version: payment.version,
          actions: [{ action: 'changeAmountPlanned', amount: { currencyCode: 'USD', centAmount: 2000 + i } }],
        }),
      ),
    );
    expect(payments.filter((r) => r.status === 200)).toHaveLength(1);
    expect(payments.filter((r) => r.status === 409)).toHaveLength(7);
    expect((await api('GET', `/payments/${payment.id}`)).body.version).toBe(payment.version + 1);
  });

  it('lets an update or a delete with the same version through, never both', async () => {
    for (let round = 0; round < 4; round++) {
      const cart = await cartAtVersion2();
      const [update, remove] = await Promise.all([
        api('POST', `/carts/${cart.id}`, { version: cart.version, actions: [setEmail('race@example.com')] }),
        api('DELETE', `/carts/${cart.id}?version=${cart.version}`),
      ]);
      // Whichever comes second fails: a delete after the update is stale (409), an update after
      // the delete finds nothing (404).
      if (update.status === 200) expectConflict(remove, cart.id, cart.version, cart.version + 1);
      else expect([update.status, remove.status]).toEqual([404, 200]);
    }
  });

  it('serializes with the compat routes that lock the same resource (password change vs. profile update)', async () => {
    // Changing a password hashes for a while (scrypt) while it holds the customer's lock; a
    // profile update with the same version that arrives meanwhile must wait and then fail,
    // not slip in and have both succeed.
    const email = `race-${randomUUID()}@example.com`;
    const customer = (await api('POST', '/customers', { email, password: 'Old-Secret-1', firstName: 'Sam' })).body.customer;
    const passwordChange = api('POST', '/customers/password', {
      id: customer.id,
      version: customer.version,
      currentPassword: 'Old-Secret-1',
      newPassword: 'New-Secret-2',
    });
    await new Promise((resolve) => setTimeout(resolve, 15));
    const profileUpdate = api('POST', `/customers/${customer.id}`, {
      version: customer.version,
      actions: [{ action: 'setFirstName', firstName: 'Alex' }],
    });
    const [password, profile] = await Promise.all([passwordChange, profileUpdate]);
    expect([password.status, profile.status].sort()).toEqual([200, 409]);
    const after = (await api('GET', `/customers/${customer.id}`)).body;
    expect(after.version).toBe(customer.version + 1);
    expect(after.firstName).toBe(profile.status === 200 ? 'Alex' : 'Sam');
  });

  it('keeps the closed-cart guard working under the lock', async () => {
    const cart = await createCart(api, { items: [['SKU-ALPHA', 1]] });
    const order = await api('POST', '/orders', { cart: { id: cart.id, typeId: 'cart' }, version: cart.version });
    expect(order.status).toBe(201);
    const ordered = (await api('GET', `/carts/${cart.id}`)).body;
    const update = await api('POST', `/carts/${cart.id}`, { version: ordered.version, actions: [setEmail('late@example.com')] });
    expect(update.status).toBe(400);
    expect(update.body.errors[0].code).toBe('InvalidOperation');
    expectConflict(await api('POST', `/carts/${cart.id}`, { version: cart.version, actions: [] }), cart.id, cart.version, ordered.version);
  });
});

describe('other resources', () => {
  it('checks orders', async () => {
    const cart = await createCart(api, { items: [['SKU-ALPHA', 1]] });
    const order = (await api('POST', '/orders', { cart: { id: cart.id, typeId: 'cart' }, version: cart.version })).body;
    const confirm = await api('POST', `/orders/${order.id}`, { version: order.version, actions: [{ action: 'changeOrderState', orderState: 'Confirmed' }] });
    expect(confirm.status).toBe(200);
    expect(confirm.body.version).toBe(order.version + 1);
    expectConflict(
      await api('POST', `/orders/${order.id}`, { version: order.version, actions: [{ action: 'changeOrderState', orderState: 'Complete' }] }),
      order.id,
      order.version,
      order.version + 1,
    );
    expectConflict(await api('DELETE', `/orders/${order.id}?version=${order.version}`), order.id, order.version, order.version + 1);
  });

  it('checks customers: stale update and delete answer 409, simultaneous updates let one through', async () => {
    const signUp = await api('POST', '/customers', { email: `occ-${randomUUID()}@example.com`, password: 'Secret-123', firstName: 'Sam' });
    expect(signUp.status).toBe(201);
    const customer = signUp.body.customer;
    const renamed = await api('POST', `/customers/${customer.id}`, { version: customer.version, actions: [{ action: 'setFirstName', firstName: 'Alex' }] });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ version: customer.version + 1, password: '****' });
    const current = renamed.body.version as number;

    expectConflict(
      await api('POST', `/customers/${customer.id}`, { version: customer.version, actions: [{ action: 'setFirstName', firstName: 'Alex' }] }),
      customer.id,
      customer.version,
      current,
    );
    expectConflict(await api('DELETE', `/customers/${customer.id}?version=${customer.version}`), customer.id, customer.version, current);

    const results = await Promise.all(
      ['Blake', 'Casey'].map((firstName) =>
        api('POST', `/customers/${customer.id}`, { version: current, actions: [{ action: 'setFirstName', firstName }] }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const after = (await api('GET', `/customers/${customer.id}`)).body;
    expect(after.version).toBe(current + 1);

    expect((await api('DELETE', `/customers/${customer.id}?version=${after.version}`)).status).toBe(200);
  });

  it('checks payments: stale update and delete answer 409, simultaneous updates let one through', async () => {
    const created = await api('POST', '/payments', { amountPlanned: { currencyCode: 'USD', centAmount: 1000 } });
    expect(created.status).toBe(201);
    const payment = created.body;
    const keyed = await api('POST', `/payments/${payment.id}`, { version: payment.version, actions: [setKey(`pay-${randomUUID()}`)] });
    expect(keyed.status).toBe(200);
    expect(keyed.body.version).toBe(payment.version + 1);
    const current = keyed.body.version as number;

    expectConflict(await api('POST', `/payments/${payment.id}`, { version: payment.version, actions: [] }), payment.id, payment.version, current);
    expectConflict(await api('DELETE', `/payments/${payment.id}?version=${payment.version}`), payment.id, payment.version, current);
    expectConflict(
      await api('POST', `/payments/key=${keyed.body.key}`, { version: payment.version, actions: [] }),
      payment.id,
      payment.version,
      current,
    );

    const results = await Promise.all(
      [1, 2].map((i) => api('POST', `/payments/${payment.id}`, { version: current, actions: [setKey(`pay-${i}-${randomUUID()}`)] })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const after = (await api('GET', `/payments/${payment.id}`)).body;
    expect(after.version).toBe(current + 1);
    expect((await api('DELETE', `/payments/${payment.id}?version=${after.version}`)).status).toBe(200);
  });

  it('checks in-store calls', async () => {
    const admin = apiAs(backend, await tokenFor(backend, SEED_ADMIN_CLIENT));
    const storeKey = `store-${randomUUID()}`;
    expect((await admin('POST', '/stores', { key: storeKey, name: { en: 'Store' } })).status).toBe(201);
    const cart = (await api('POST', `/in-store/key=${storeKey}/carts`, { currency: 'USD', country: 'US' })).body;
    const updated = await api('POST', `/in-store/key=${storeKey}/carts/${cart.id}`, { version: cart.version, actions: [setEmail('store@example.com')] });
    expect(updated.status).toBe(200);
    expectConflict(
      await api('POST', `/in-store/key=${storeKey}/carts/${cart.id}`, { version: cart.version, actions: [] }),
      cart.id,
      cart.version,
      cart.version + 1,
    );
    expectConflict(await api('DELETE', `/in-store/key=${storeKey}/carts/${cart.id}?version=${cart.version}`), cart.id, cart.version, cart.version + 1);
  });

  it('checks the project settings update', async () => {
    const admin = apiAs(backend, await tokenFor(backend, SEED_ADMIN_CLIENT));
    const project = (await admin('GET', '')).body;
    const stale = await admin('POST', '', { version: project.version - 1, actions: [] });
    expectConflict(stale, project.key, project.version - 1, project.version);
    expect((await admin('POST', '', { version: project.version, actions: [] })).status).toBe(200);
  });
});
