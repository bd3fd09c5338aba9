// Bearer tokens and scopes on every /{projectKey}/... call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBackend } from '@/scripts/local-backend/backend';
import { SEED_ADMIN_CLIENT } from '@/scripts/local-backend/clients';
import { STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import { scopesAllowing } from '@/scripts/local-backend/compat/scope-rules';
import { PROJECT, type Api, type Json, apiAs, clientWith, createCart, startTestBackend, tokenFor } from './support';

const CATALOG_READER = clientWith('catalog-reader', ['view_published_products', 'view_categories']);
const ORDER_VIEWER = clientWith('order-viewer', ['view_orders']);
const SETTINGS_READER = clientWith('settings-reader', ['view_project_settings']);

let backend: LocalBackend;
let storefront: Api;
let admin: Api;

beforeAll(async () => {
  backend = await startTestBackend({ clients: [STOREFRONT_CLIENT, SEED_ADMIN_CLIENT, CATALOG_READER, ORDER_VIEWER, SETTINGS_READER] });
  storefront = apiAs(backend, await tokenFor(backend, STOREFRONT_CLIENT));
  admin = apiAs(backend, await tokenFor(backend, SEED_ADMIN_CLIENT));
});
afterAll(() => backend.close());

function expectInsufficientScope(response: { status: number; body: Json }, naming: string) {
  expect(response.status).toBe(403);
  expect(response.body.error).toBe('insufficient_scope');
  expect(response.body.errors[0].code).toBe('insufficient_scope');
  expect(response.body.message).toContain(`${naming}:${PROJECT}`);
  expect(response.body.message).toContain(`manage_project:${PROJECT}`);
}

describe('bearer token', () => {
  it('answers a call without a token with 401 invalid_token', async () => {
    const response = await apiAs(backend, undefined)('GET', '/categories');
    expect(response.status).toBe(401);
    expect(response.body.errors[0].code).toBe('invalid_token');
    expect(response.body.error).toBe('invalid_token');
  });

  it('answers an unknown token with 401 invalid_token', async () => {
    const response = await apiAs(backend, 'not-a-token-we-issued')('GET', '/categories');
    expect(response.status).toBe(401);
    expect(response.body.errors[0].code).toBe('invalid_token');
  });

  it('checks the token before anything else, even on unknown routes', async () => {
    const response = await apiAs(backend, undefined)('GET', '/no-such-resource');
    expect(response.status).toBe(401);
  });
});

describe('scope enforcement', () => {
  it('refuses to create a cart with a token that lacks manage_orders', async () => {
    const reader = apiAs(backend, await tokenFor(backend, CATALOG_READER));
    const response = await reader('POST', '/carts', { currency: 'USD' });
    expectInsufficientScope(response, 'manage_orders');
    expect((await storefront('POST', '/carts', { currency: 'USD' })).status).toBe(201);
  });

  it('limits a token to the scopes requested for it, not all the client holds', async () => {
    const narrowed = apiAs(backend, await tokenFor(backend, STOREFRONT_CLIENT, `view_categories:${PROJECT}`));
    expect((await narrowed('GET', '/categories')).status).toBe(200);
    expectInsufficientScope(await narrowed('POST', '/carts', { currency: 'USD' }), 'manage_orders');
  });

  it('lets the storefront token do what the storefront does', async () => {
    expect((await storefront('GET', '/categories')).status).toBe(200);
    expect((await storefront('GET', '/product-projections')).status).toBe(200);
    expect((await storefront('POST', '/products/search', { query: { fullText: { field: 'name', language: 'en', value: 'a' } } })).status).not.toBe(403);
    const cart = await createCart(storefront, { items: [['SKU-ALPHA', 1]] });
    expect((await storefront('GET', `/carts/${cart.id}`)).status).toBe(200);
    expect((await storefront('GET', `/shipping-methods/matching-cart?cartId=${cart.id}`)).status).toBe(200);
    expect((await storefront('GET', '/customers?limit=1')).status).toBe(200);
    expect((await storefront('POST', '/payments', { amountPlanned: { currencyCode: 'USD', centAmount: 100 } })).status).toBe(201);
  });

  it('keeps the storefront token away from catalog writes, unpublished data and admin resources', async () => {
    expectInsufficientScope(await storefront('POST', '/categories', { name: { en: 'x' }, slug: { en: 'x' } }), 'manage_categories');
    expectInsufficientScope(await storefront('POST', '/products', {}), 'manage_products');
    // GET /products shows staged (unpublished) data: view_published_products does not cover it.
    expectInsufficientScope(await storefront('GET', '/products'), 'view_products');
    expectInsufficientScope(await storefront('GET', '/product-projections?staged=true'), 'view_products');
    expectInsufficientScope(await storefront('POST', '/shipping-methods', {}), 'manage_shipping_methods');
    expectInsufficientScope(await storefront('GET', '/tax-categories'), 'view_tax_categories');
    expectInsufficientScope(await storefront('GET', '/discount-codes'), 'view_discount_codes');
    expectInsufficientScope(await storefront('GET', '/cart-discounts'), 'view_cart_discounts');
    // Zones come with the shipping method scopes: readable, not writable.
    expect((await storefront('GET', '/zones')).status).toBe(200);
    expectInsufficientScope(await storefront('POST', '/zones', { name: 'x' }), 'manage_shipping_methods');
    expectInsufficientScope(await storefront('GET', '/product-types'), 'view_products');
    expectInsufficientScope(await storefront('GET', '/inventory'), 'view_products');
    expectInsufficientScope(await storefront('GET', ''), 'view_project_settings');
    expectInsufficientScope(await storefront('GET', '/me'), 'manage_my_profile');
  });

  it('requires manage_project for anything not in the table (fail closed)', async () => {
    const response = await storefront('GET', '/channels');
    expect(response.status).toBe(403);
    expect(response.body.message).toBe(`Insufficient scope. One of the following scopes is missing: manage_project:${PROJECT}.`);
    expect((await storefront('GET', '/api-clients')).status).toBe(403);
    expect((await admin('GET', '/channels')).status).toBe(200);
  });

  it('lets view scopes read but not write', async () => {
    const viewer = apiAs(backend, await tokenFor(backend, ORDER_VIEWER));
    const cart = await createCart(storefront);
    expect((await viewer('GET', `/carts/${cart.id}`)).status).toBe(200);
    expect((await viewer('GET', '/orders')).status).toBe(200);
    expectInsufficientScope(await viewer('POST', `/carts/${cart.id}`, { version: cart.version, actions: [] }), 'manage_orders');

    const settings = apiAs(backend, await tokenFor(backend, SETTINGS_READER));
    const project = await settings('GET', '');
    expect(project.status).toBe(200);
    expectInsufficientScope(await settings('POST', '', { version: project.body.version, actions: [] }), 'manage_project_settings');
  });

  it('applies the same rules to in-store calls', async () => {
    const reader = apiAs(backend, await tokenFor(backend, CATALOG_READER));
    expectInsufficientScope(await reader('POST', '/in-store/key=any/carts', { currency: 'USD' }), 'manage_orders');
  });

  it('lets manage_project do everything', async () => {
    expect((await admin('GET', '/products')).status).toBe(200);
    expect((await admin('GET', '/tax-categories')).status).toBe(200);
    expect((await admin('GET', '')).status).toBe(200);
  });
});

describe('the scope table', () => {
  const call = (method: string, path: string, query = '') => ({
    method,
    segments: path.split('/').filter(Boolean),
    query: new URLSearchParams(query),
  });

  it('allows reads with view_* or manage_* and writes only with manage_*', () => {
    expect(scopesAllowing(call('GET', 'categories/abc'))).toEqual(['view_categories', 'manage_categories']);
    expect(scopesAllowing(call('DELETE', 'categories/abc'))).toEqual(['manage_categories']);
    expect(scopesAllowing(call('HEAD', 'carts'))).toEqual(['view_orders', 'manage_orders']);
    expect(scopesAllowing(call('POST', 'orders/search'))).toEqual(['view_orders', 'manage_orders']);
    expect(scopesAllowing(call('POST', 'login'))).toEqual(['manage_customers']);
    expect(scopesAllowing(call('GET', 'shipping-methods/matching-cart'))).toContain('view_shipping_methods');
  });

  it('treats catalog reads per data visibility', () => {
    expect(scopesAllowing(call('POST', 'product-projections/search'))).toContain('view_published_products');
    expect(scopesAllowing(call('GET', 'product-projections', 'staged=true'))).not.toContain('view_published_products');
    expect(scopesAllowing(call('POST', 'products/search'))).toContain('view_published_products');
    expect(scopesAllowing(call('GET', 'products'))).not.toContain('view_published_products');
  });

  it('fails closed for unknown resources', () => {
    expect(scopesAllowing(call('GET', 'extensions'))).toEqual([]);
    expect(scopesAllowing(call('POST', 'product-projections'))).toEqual([]);
  });
});
