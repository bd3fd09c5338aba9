// Shopping lists on the local backend, with the real API's semantics the wishlist relies on: the
// scope table (manage_shopping_lists / view_shopping_lists; before, only manage_project reached
// them), owners (anonymousId, customer), addLineItem (one line per product variant: quantities add
// up), removeLineItem, and optimistic concurrency (409 ConcurrentModification with currentVersion).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBackend } from '@/scripts/local-backend/backend';
import { SEED_ADMIN_CLIENT } from '@/scripts/local-backend/clients';
import { STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import { PROJECT, type Api, apiAs, clientWith, startTestBackend, tokenFor } from './support';

const LIST_VIEWER = clientWith('list-viewer', ['view_shopping_lists']);
const ORDERS_ONLY = clientWith('orders-only', ['manage_orders']);

let backend: LocalBackend;
let storefront: Api;

beforeAll(async () => {
  backend = await startTestBackend({ clients: [STOREFRONT_CLIENT, SEED_ADMIN_CLIENT, LIST_VIEWER, ORDERS_ONLY] });
  storefront = apiAs(backend, await tokenFor(backend, STOREFRONT_CLIENT));
});
afterAll(() => backend.close());

const newList = (owner: Record<string, unknown>, lineItems: unknown[] = []) =>
  storefront('POST', '/shopping-lists', { name: { en: 'Wishlist' }, ...owner, lineItems });

describe('shopping list scopes', () => {
  it('lets manage_shopping_lists create, update and delete; view_shopping_lists only read; anything else nothing', async () => {
    const created = await newList({ anonymousId: randomUUID() });
    expect(created.status).toBe(201);
    const viewer = apiAs(backend, await tokenFor(backend, LIST_VIEWER));
    expect((await viewer('GET', `/shopping-lists/${created.body.id}`)).status).toBe(200);
    const refused = await viewer('POST', `/shopping-lists/${created.body.id}`, { version: created.body.version, actions: [] });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain(`manage_shopping_lists:${PROJECT}`);
    const other = apiAs(backend, await tokenFor(backend, ORDERS_ONLY));
    expect((await other('GET', `/shopping-lists/${created.body.id}`)).status).toBe(403);
    expect((await other('POST', '/shopping-lists', { name: { en: 'x' } })).status).toBe(403);
    expect((await storefront('DELETE', `/shopping-lists/${created.body.id}?version=${created.body.version}`)).status).toBe(200);
  });
});

describe('shopping list semantics', () => {
  it('keeps the owner: an anonymous id, or a customer reference', async () => {
    const anonymousId = randomUUID();
    expect((await newList({ anonymousId })).body).toMatchObject({ anonymousId });
    const customer = await storefront('POST', '/customers', { email: `list-${randomUUID()}@example.com`, password: 'p4ssword-long-enough' });
    const id = customer.body.customer.id;
    const owned = await newList({ customer: { typeId: 'customer', id } });
    expect(owned.body.customer).toEqual({ typeId: 'customer', id });
    const found = await storefront('GET', `/shopping-lists?where=${encodeURIComponent(`customer(id = "${id}")`)}`);
    expect(found.body.results.map((l: { id: string }) => l.id)).toEqual([owned.body.id]);
  });

  it('adds by SKU or product and variant id, one line per variant (quantities add up), and removes a line', async () => {
    const list = (await newList({ anonymousId: randomUUID() })).body;
    const bySku = await storefront('POST', `/shopping-lists/${list.id}`, { version: list.version, actions: [{ action: 'addLineItem', sku: 'SKU-ALPHA' }] });
    expect(bySku.status).toBe(200);
    const line = bySku.body.lineItems[0];
    expect(line).toMatchObject({ variantId: 1, quantity: 1 });
    const again = await storefront('POST', `/shopping-lists/${list.id}`, {
      version: bySku.body.version,
      actions: [{ action: 'addLineItem', productId: line.productId, variantId: 1, quantity: 1 }],
    });
    expect(again.body.lineItems).toHaveLength(1);
    expect(again.body.lineItems[0].quantity).toBe(2);
    const removed = await storefront('POST', `/shopping-lists/${list.id}`, { version: again.body.version, actions: [{ action: 'removeLineItem', lineItemId: line.id }] });
    expect(removed.body.lineItems).toEqual([]);
  });

  it('refuses an update or delete on a stale version with 409 ConcurrentModification naming the current one', async () => {
    const list = (await newList({ anonymousId: randomUUID() })).body;
    const changed = await storefront('POST', `/shopping-lists/${list.id}`, { version: list.version, actions: [{ action: 'addLineItem', sku: 'SKU-BETA' }] });
    const stale = await storefront('POST', `/shopping-lists/${list.id}`, { version: list.version, actions: [{ action: 'addLineItem', sku: 'SKU-GAMMA' }] });
    expect(stale.status).toBe(409);
    expect(stale.body.errors[0]).toMatchObject({ code: 'ConcurrentModification', currentVersion: changed.body.version });
    expect((await storefront('DELETE', `/shopping-lists/${list.id}?version=${list.version}`)).status).toBe(409);
    expect((await storefront('GET', `/shopping-lists/${list.id}`)).body.lineItems).toHaveLength(1);
  });
});
