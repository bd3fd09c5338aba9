// POST /orders from a cart: version check, one order per cart, the cart leaving the Active state.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBackend } from '@/scripts/local-backend/backend';
import { STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import { type Api, apiAs, createCart, startTestBackend, tokenFor } from './support';

let backend: LocalBackend;
let api: Api;

beforeAll(async () => {
  backend = await startTestBackend();
  api = apiAs(backend, await tokenFor(backend, STOREFRONT_CLIENT));
});
afterAll(() => backend.close());

describe('creating an order from a cart', () => {
  it('creates the order and moves the cart to Ordered with a new version', async () => {
    const cart = await createCart(api, { items: [['SKU-ALPHA', 2]] });
    const order = await api('POST', '/orders', { cart: { id: cart.id, typeId: 'cart' }, version: cart.version, orderNumber: `n-${randomUUID()}` });
    expect(order.status).toBe(201);
    expect(order.body.cart).toEqual({ typeId: 'cart', id: cart.id });
    expect(order.body.lineItems.map((l: { quantity: number }) => l.quantity)).toEqual([2]);

    const after = await api('GET', `/carts/${cart.id}`);
    expect(after.body.cartState).toBe('Ordered');
    expect(after.body.version).toBe(cart.version + 1);
  });

  it('answers a stale version with 409 ConcurrentModification and the current version', async () => {
    const cart = await createCart(api, { items: [['SKU-ALPHA', 1]] });
    const updated = await api('POST', `/carts/${cart.id}`, {
      version: cart.version,
      actions: [{ action: 'changeLineItemQuantity', lineItemId: cart.lineItems[0]?.id, quantity: 3 }],
    });
    expect(updated.status).toBe(200);

    const stale = await api('POST', '/orders', { cart: { id: cart.id, typeId: 'cart' }, version: cart.version });
    expect(stale.status).toBe(409);
    expect(stale.body.errors[0]).toMatchObject({ code: 'ConcurrentModification', currentVersion: updated.body.version });
    expect((await api('GET', `/carts/${cart.id}`)).body.cartState).toBe('Active');
  });

  it('refuses a second order from the same cart', async () => {
    const cart = await createCart(api, { items: [['SKU-ALPHA', 1]] });
    expect((await api('POST', '/orders', { cart: { id: cart.id, typeId: 'cart' }, version: cart.version })).status).toBe(201);
    const current = (await api('GET', `/carts/${cart.id}`)).body;
    const again = await api('POST', '/orders', { cart: { id: cart.id, typeId: 'cart' }, version: current.version });
    expect(again.status).toBe(400);
    expect(again.body.errors[0].code).toBe('InvalidOperation');
    expect((await api('GET', '/orders?where=' + encodeURIComponent(`cart(id="${cart.id}")`))).body.count).toBe(1);
  });

  it('creates exactly one order when two requests race for the same cart', async () => {
    const cart = await createCart(api, { items: [['SKU-BETA', 1]] });
    const draft = { cart: { id: cart.id, typeId: 'cart' }, version: cart.version };
    const results = await Promise.all([api('POST', '/orders', draft), api('POST', '/orders', draft)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('accepts the older draft shape {id, version}', async () => {
    const cart = await createCart(api, { items: [['SKU-GAMMA', 1]] });
    const order = await api('POST', '/orders', { id: cart.id, version: cart.version });
    expect(order.status).toBe(201);
    expect(order.body.cart.id).toBe(cart.id);
  });

  it('requires a shipping address on the cart', async () => {
    const cart = await createCart(api, { items: [['SKU-ALPHA', 1]], shippingAddress: false });
    const order = await api('POST', '/orders', { cart: { id: cart.id, typeId: 'cart' }, version: cart.version });
    expect(order.status).toBe(400);
    expect(order.body.errors[0].code).toBe('InvalidOperation');
    expect((await api('GET', `/carts/${cart.id}`)).body.cartState).toBe('Active');
  });

  it('answers an unknown cart with 400 ReferencedResourceNotFound', async () => {
    const order = await api('POST', '/orders', { cart: { id: randomUUID(), typeId: 'cart' }, version: 1 });
    expect(order.status).toBe(400);
    expect(order.body.errors[0].code).toBe('ReferencedResourceNotFound');
  });

  it('answers a draft without a version as invalid JSON input', async () => {
    const cart = await createCart(api, { items: [['SKU-ALPHA', 1]] });
    const order = await api('POST', '/orders', { cart: { id: cart.id, typeId: 'cart' } });
    expect(order.status).toBe(400);
    expect(order.body.errors[0].code).toBe('InvalidJsonInput');
  });

  it('refuses updates to an ordered cart', async () => {
    const cart = await createCart(api, { items: [['SKU-ALPHA', 1]] });
    await api('POST', '/orders', { cart: { id: cart.id, typeId: 'cart' }, version: cart.version });
    const current = (await api('GET', `/carts/${cart.id}`)).body;
    const update = await api('POST', `/carts/${cart.id}`, {
      version: current.version,
      actions: [{ action: 'addLineItem', sku: 'SKU-BETA', quantity: 1 }],
    });
    expect(update.status).toBe(400);
    expect(update.body.errors[0].code).toBe('InvalidOperation');
  });
});
