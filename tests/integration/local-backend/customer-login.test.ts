// POST /login, sign-up via POST /customers, password storage, and what happens to the anonymous
// session on sign-in and sign-up.
import { randomUUID } from 'node:crypto';
import { createApiBuilderFromCtpClient } from '@commercetools/platform-sdk';
import { ClientBuilder } from '@commercetools/ts-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBackend } from '@/scripts/local-backend/backend';
import { SEED_ADMIN_CLIENT } from '@/scripts/local-backend/clients';
import { STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import { TINY_CUSTOMER } from './fixtures/tiny-catalog';
import { PROJECT, type Api, apiAs, clientWith, createCart, startTestBackend, tokenFor } from './support';

const CATALOG_READER = clientWith('catalog-reader', ['view_published_products']);

let backend: LocalBackend;
let api: Api;

beforeAll(async () => {
  backend = await startTestBackend({ clients: [STOREFRONT_CLIENT, SEED_ADMIN_CLIENT, CATALOG_READER] });
  api = apiAs(backend, await tokenFor(backend, STOREFRONT_CLIENT));
});
afterAll(() => backend.close());

let counter = 0;
/** A fresh customer (sign-up through the API) so tests do not share carts. */
async function signUp(extra: Record<string, unknown> = {}) {
  counter += 1;
  const credentials = { email: `shopper${counter}-${randomUUID().slice(0, 8)}@example.com`, password: `pw-${randomUUID()}` };
  const response = await api('POST', '/customers', { ...credentials, firstName: 'Sam', lastName: 'Shopper', ...extra });
  expect(response.status).toBe(201);
  return { ...credentials, response, customer: response.body.customer as { id: string; email: string; version: number; password?: string } };
}

const skus = (cart: { lineItems: Array<{ variant: { sku: string }; quantity: number }> }) =>
  Object.fromEntries(cart.lineItems.map((l) => [l.variant.sku, l.quantity]));

describe('authenticating a customer', () => {
  it('signs in a seeded customer and never returns the password', async () => {
    const response = await api('POST', '/login', TINY_CUSTOMER);
    expect(response.status).toBe(200);
    expect(response.body.customer.email).toBe(TINY_CUSTOMER.email);
    expect(response.body.customer.password).toBe('****');
    expect(response.body.cart).toBeUndefined();
  });

  it('matches the email case-insensitively', async () => {
    const response = await api('POST', '/login', { ...TINY_CUSTOMER, email: TINY_CUSTOMER.email.toUpperCase() });
    expect(response.status).toBe(200);
  });

  it('answers a wrong password and an unknown email identically with 400 InvalidCredentials', async () => {
    const wrongPassword = await api('POST', '/login', { email: TINY_CUSTOMER.email, password: 'nope' });
    const unknownEmail = await api('POST', '/login', { email: 'nobody@example.com', password: TINY_CUSTOMER.password });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.body).toEqual({
      statusCode: 400,
      message: 'Account with the given credentials not found.',
      errors: [{ code: 'InvalidCredentials', message: 'Account with the given credentials not found.' }],
    });
    expect(unknownEmail.status).toBe(400);
    expect(unknownEmail.body).toEqual(wrongPassword.body);
  });

  it('rejects a sign-in body without a password as invalid JSON input', async () => {
    const response = await api('POST', '/login', { email: TINY_CUSTOMER.email });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].code).toBe('InvalidJsonInput');
  });

  it('needs manage_customers', async () => {
    const reader = apiAs(backend, await tokenFor(backend, CATALOG_READER));
    const response = await reader('POST', '/login', TINY_CUSTOMER);
    expect(response.status).toBe(403);
    expect(response.body.message).toContain('manage_customers');
  });

  it('works through the official SDK', async () => {
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
    const result = await sdk.login().post({ body: TINY_CUSTOMER }).execute();
    expect(result.body.customer.email).toBe(TINY_CUSTOMER.email);
    await expect(sdk.login().post({ body: { ...TINY_CUSTOMER, password: 'wrong' } }).execute()).rejects.toMatchObject({
      statusCode: 400,
    });
  });
});

describe('passwords', () => {
  it('stores a sign-up password only as a hash: neither the plain text nor its base64 form', async () => {
    const { password, customer } = await signUp();
    expect(customer.password).toBe('****');
    for (const candidate of [password, Buffer.from(password).toString('base64')]) {
      const where = encodeURIComponent(`password="${candidate}"`);
      const found = await apiAs(backend, await tokenFor(backend, SEED_ADMIN_CLIENT))('GET', `/customers?where=${where}`);
      expect(found.status).toBe(200);
      expect(found.body.count).toBe(0);
    }
    const stored = await api('GET', `/customers/${customer.id}`);
    expect(stored.body.password).toBe('****');
    expect((await api('POST', '/login', { email: customer.email, password })).status).toBe(200);
  });

  it('keeps the email as given while matching it case-insensitively', async () => {
    const email = `Mixed.Case-${randomUUID().slice(0, 8)}@Example.com`;
    const created = await api('POST', '/customers', { email, password: 'Secret-123' });
    expect(created.body.customer.email).toBe(email);
    const duplicate = await api('POST', '/customers', { email: email.toLowerCase(), password: 'Other-123' });
    expect(duplicate.status).toBe(400);
  });

  it('changes a password only with the current one', async () => {
    const { email, password, customer } = await signUp();
    const wrong = await api('POST', '/customers/password', {
      id: customer.id,
      version: customer.version,
      currentPassword: 'not-it',
      newPassword: 'New-password-1',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].code).toBe('InvalidCurrentPassword');

    const changed = await api('POST', '/customers/password', {
      id: customer.id,
      version: customer.version,
      currentPassword: password,
      newPassword: 'New-password-1',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(customer.version + 1);
    expect(changed.body.password).toBe('****');
    expect((await api('POST', '/login', { email, password })).status).toBe(400);
    expect((await api('POST', '/login', { email, password: 'New-password-1' })).status).toBe(200);
  });

  it('resets a password with a reset token and stores the new one hashed', async () => {
    const { email, password } = await signUp();
    const token = await api('POST', '/customers/password-token', { email });
    expect(token.status).toBe(200);
    const reset = await api('POST', '/customers/password/reset', { tokenValue: token.body.value, newPassword: 'Reset-pass-9' });
    expect(reset.status).toBe(200);
    expect(reset.body.password).toBe('****');
    expect((await api('POST', '/login', { email, password })).status).toBe(400);
    expect((await api('POST', '/login', { email, password: 'Reset-pass-9' })).status).toBe(200);
  });

  it('reset tokens as the API has them: random, single use, older ones invalidated on request, 404 for an unknown email', async () => {
    const { email } = await signUp();
    const unknown = await api('POST', '/customers/password-token', { email: `nobody-${randomUUID()}@example.com` });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].code).toBe('ResourceNotFound');

    const first = await api('POST', '/customers/password-token', { email, ttlMinutes: 30 });
    const second = await api('POST', '/customers/password-token', { email, ttlMinutes: 30, invalidateOlderTokens: true });
    expect(first.body.value).not.toBe(second.body.value);
    expect(first.body.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await api('POST', '/customers/password/reset', { tokenValue: first.body.value, newPassword: 'Reset-pass-1' })).status).toBe(404);
    expect((await api('POST', '/customers/password/reset', { tokenValue: second.body.value, newPassword: 'Reset-pass-2' })).status).toBe(200);
    expect((await api('POST', '/customers/password/reset', { tokenValue: second.body.value, newPassword: 'Reset-pass-3' })).status).toBe(404);
  });
});

describe('the anonymous cart on sign-in', () => {
  it('merges line items into the most recently modified active customer cart and marks the anonymous cart Merged', async () => {
    const { email, password, customer } = await signUp();
    await createCart(api, { customerId: customer.id, items: [['SKU-GAMMA', 1]] });
    const customerCart = await createCart(api, { customerId: customer.id, items: [['SKU-ALPHA', 1], ['SKU-BETA', 3]] });
    const anonymousId = randomUUID();
    const anonymous = await createCart(api, { anonymousId, items: [['SKU-ALPHA', 2], ['SKU-BETA', 1], ['SKU-ALPHA-L', 1]] });

    const response = await api('POST', '/login', { email, password, anonymousCart: { id: anonymous.id, typeId: 'cart' }, anonymousId });
    expect(response.status).toBe(200);
    expect(response.body.cart.id).toBe(customerCart.id);
    // Same variant: the larger quantity wins; new variants are added.
    expect(skus(response.body.cart)).toEqual({ 'SKU-ALPHA': 2, 'SKU-BETA': 3, 'SKU-ALPHA-L': 1 });

    const merged = await api('GET', `/carts/${anonymous.id}`);
    expect(merged.body.cartState).toBe('Merged');
    expect(merged.body.version).toBeGreaterThan(anonymous.version);
    const update = await api('POST', `/carts/${anonymous.id}`, {
      version: merged.body.version,
      actions: [{ action: 'addLineItem', sku: 'SKU-ALPHA', quantity: 1 }],
    });
    expect(update.status).toBe(400);
    expect(update.body.errors[0].code).toBe('InvalidOperation');
  });

  it('makes the anonymous cart the customer cart when merging and the customer has none', async () => {
    const { email, password, customer } = await signUp();
    const anonymous = await createCart(api, { anonymousId: randomUUID(), items: [['SKU-BETA', 2]] });
    const response = await api('POST', '/login', { email, password, anonymousCart: { id: anonymous.id, typeId: 'cart' } });
    expect(response.body.cart.id).toBe(anonymous.id);
    expect(response.body.cart.customerId).toBe(customer.id);
    expect(response.body.cart.cartState).toBe('Active');
  });

  it('uses the anonymous cart as the new active cart with UseAsNewActiveCustomerCart, merging nothing', async () => {
    const { email, password, customer } = await signUp();
    const previous = await createCart(api, { customerId: customer.id, items: [['SKU-ALPHA', 1]] });
    const anonymous = await createCart(api, { anonymousId: randomUUID(), items: [['SKU-BETA', 2]] });
    const response = await api('POST', '/login', {
      email,
      password,
      anonymousCartId: anonymous.id,
      anonymousCartSignInMode: 'UseAsNewActiveCustomerCart',
    });
    expect(response.body.cart.id).toBe(anonymous.id);
    expect(response.body.cart.customerId).toBe(customer.id);
    expect(skus(response.body.cart)).toEqual({ 'SKU-BETA': 2 });
    const untouched = await api('GET', `/carts/${previous.id}`);
    expect(untouched.body.cartState).toBe('Active');
    expect(skus(untouched.body)).toEqual({ 'SKU-ALPHA': 1 });
  });

  it('returns the customer active cart on a plain sign-in', async () => {
    const { email, password, customer } = await signUp();
    const cart = await createCart(api, { customerId: customer.id, items: [['SKU-ALPHA', 1]] });
    const response = await api('POST', '/login', { email, password });
    expect(response.body.cart.id).toBe(cart.id);
  });

  it('assigns carts and orders of the anonymousId to the customer', async () => {
    const { email, password, customer } = await signUp();
    const anonymousId = randomUUID();
    const ordered = await createCart(api, { anonymousId, items: [['SKU-ALPHA', 1]] });
    const order = await api('POST', '/orders', { cart: { id: ordered.id, typeId: 'cart' }, version: ordered.version });
    expect(order.status).toBe(201);
    const open = await createCart(api, { anonymousId, items: [['SKU-BETA', 1]] });

    const response = await api('POST', '/login', { email, password, anonymousId });
    expect(response.status).toBe(200);
    expect(response.body.cart.id).toBe(open.id);
    expect((await api('GET', `/orders/${order.body.id}`)).body.customerId).toBe(customer.id);
    expect((await api('GET', `/carts/${open.id}`)).body.customerId).toBe(customer.id);
  });

  it('refuses an anonymous cart of another anonymous session or another customer', async () => {
    const { email, password } = await signUp();
    const anonymous = await createCart(api, { anonymousId: randomUUID(), items: [['SKU-ALPHA', 1]] });
    const mismatch = await api('POST', '/login', { email, password, anonymousCart: { id: anonymous.id, typeId: 'cart' }, anonymousId: 'another-session' });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors[0].code).toBe('InvalidOperation');

    const other = await signUp();
    const theirs = await createCart(api, { customerId: other.customer.id, items: [['SKU-ALPHA', 1]] });
    const hijack = await api('POST', '/login', { email, password, anonymousCart: { id: theirs.id, typeId: 'cart' } });
    expect(hijack.status).toBe(400);
    expect(hijack.body.errors[0].code).toBe('InvalidOperation');
    expect((await api('GET', `/carts/${theirs.id}`)).body.customerId).toBe(other.customer.id);
  });

  it('refuses an anonymous cart that does not exist', async () => {
    const response = await api('POST', '/login', { ...TINY_CUSTOMER, anonymousCart: { id: randomUUID(), typeId: 'cart' } });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].code).toBe('ReferencedResourceNotFound');
  });
});

describe('the anonymous cart on sign-up', () => {
  it('assigns the anonymous cart to the new customer and returns it', async () => {
    const anonymousId = randomUUID();
    const anonymous = await createCart(api, { anonymousId, items: [['SKU-ALPHA', 3]] });
    const { customer, response } = await signUp({ anonymousCart: { id: anonymous.id, typeId: 'cart' }, anonymousId });
    expect(response.body.cart.id).toBe(anonymous.id);
    expect(response.body.cart.customerId).toBe(customer.id);
    expect(skus(response.body.cart)).toEqual({ 'SKU-ALPHA': 3 });
  });

  it('requires a password for password authentication', async () => {
    const response = await api('POST', '/customers', { email: `nopw-${randomUUID()}@example.com` });
    expect(response.status).toBe(400);
  });
});
