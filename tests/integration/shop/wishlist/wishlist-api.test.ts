// The wishlist API (docs/api.md) against the local commercetools backend: lazy creation owned by
// the session's anonymous id, dedupe, the item JSON, strict bodies (400), unknown products (422),
// the limit (422), ownership (404, and the session forgets the list), concurrent changes (409 retried)
// and that every refused request leaves the stored list as it was.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readSession } from '@/lib/session';
import { MAX_WISHLIST_ITEMS } from '@/lib/shop/wishlist/limits';
import { createCustomer } from '../account/support';
import { Shopper, demoPrice, expectStatus, inStockSkus } from '../cart/support';
import { SKUS, createList, getWishlist, listState, removeItem, saveItem, storedList, variantOf } from './support';

const inStock = inStockSkus();
const ITEM_KEYS = ['id', 'productId', 'variantId', 'sku', 'name', 'slug', 'image', 'price', 'available', 'addedAt'];

async function session(shopper: Shopper) {
  return (await readSession(shopper.cookie!)).data!;
}

/** A guest whose wishlist holds these SKUs, saved through the API. */
async function guestWith(skus: string[]) {
  const shopper = new Shopper();
  let body;
  for (const sku of skus) body = await expectStatus(await saveItem(shopper, { sku }), 200);
  return { shopper, list: body };
}

describe('GET /api/wishlist', () => {
  it('answers the empty, enabled wishlist to a new visitor without setting a cookie', async () => {
    const shopper = new Shopper();
    const response = await getWishlist(shopper);
    expect(await expectStatus(response, 200)).toEqual({ enabled: true, id: null, items: [], itemCount: 0 });
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('POST /api/wishlist/items', () => {
  it('creates the list on the first save, owned by a new anonymous id, expiring when left alone', async () => {
    const { shopper, list } = await guestWith([inStock[0]!]);
    expect(list).toMatchObject({ enabled: true, itemCount: 1 });
    const [item] = list.items;
    expect(Object.keys(item)).toEqual(ITEM_KEYS);
    expect(item).toMatchObject({ sku: inStock[0], available: true, price: { centAmount: demoPrice(inStock[0]!), currencyCode: 'USD', fractionDigits: 2 } });
    expect(item.slug).toMatch(/^[a-z0-9-]+$/);
    expect(item.image.url).toMatch(/^\/demo-catalog\//);

    const { wishlistId, anonymousId } = await session(shopper);
    expect(wishlistId).toBe(list.id);
    const stored = await storedList(list.id);
    expect(stored.anonymousId).toBe(anonymousId);
    expect(stored.customer).toBeUndefined();
    expect(stored.deleteDaysAfterLastModification).toBe(30);
  });

  it('keeps one line per product variant: saving it again changes nothing upstream', async () => {
    const { shopper, list } = await guestWith([inStock[0]!]);
    const before = listState(await storedList(list.id));
    const again = await expectStatus(await saveItem(shopper, { sku: inStock[0] }), 200);
    expect(again.items).toHaveLength(1);
    const byIds = await expectStatus(await saveItem(shopper, await variantOf(inStock[0]!)), 200);
    expect(byIds.items).toHaveLength(1);
    expect(listState(await storedList(list.id))).toEqual(before);
  });

  it('takes a product id alone (its master variant) or with a variant id, and lists the newest first', async () => {
    const shopper = new Shopper();
    const master = await variantOf(SKUS[0]!);
    const other = await variantOf(inStock[5]!);
    await expectStatus(await saveItem(shopper, { productId: master.productId }), 200);
    const list = await expectStatus(await saveItem(shopper, other), 200);
    expect(list.items.map((i: { productId: string; variantId: number }) => [i.productId, i.variantId])).toEqual([
      [other.productId, other.variantId],
      [master.productId, 1],
    ]);
  });

  it.each([
    ['no product', {}, 'productId'],
    ['a SKU and a product id', { sku: 'X-1', productId: 'abc' }, 'sku'],
    ['an unknown key', { sku: inStock[0], quantity: 2 }, 'quantity'],
    ['a fractional variant id', { productId: 'abc', variantId: 1.5 }, 'variantId'],
    ['a string variant id', { productId: 'abc', variantId: '2' }, 'variantId'],
    ['a product id with a quote', { productId: "a'b" }, 'productId'],
    ['a SKU with a quote', { sku: 'a"b' }, 'sku'],
  ])('refuses %s with 400 and leaves the list as it was', async (_name, body, field) => {
    const { shopper, list } = await guestWith([inStock[0]!]);
    const before = listState(await storedList(list.id));
    const error = (await expectStatus(await saveItem(shopper, body), 400)).error;
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fields)).toContain(field);
    expect(listState(await storedList(list.id))).toEqual(before);
  });

  it('refuses a body that is not JSON (415), without creating a list', async () => {
    const shopper = new Shopper();
    const response = await shopper.call((await import('@/app/api/wishlist/items/route')).POST, '/api/wishlist/items', {
      method: 'POST',
      rawBody: 'sku=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(415);
    expect(shopper.cookie).toBeUndefined();
  });

  it.each([
    ['an unknown SKU', () => ({ sku: 'NO-SUCH-SKU-1' }), 'sku'],
    ['an unknown product id', () => ({ productId: randomUUID() }), 'productId'],
    ['a variant the product does not have', async () => ({ ...(await variantOf(SKUS[0]!)), variantId: 999 }), 'variantId'],
  ])('refuses %s with 422 product_unavailable and leaves the list as it was', async (_name, body, field) => {
    const { shopper, list } = await guestWith([inStock[0]!]);
    const before = listState(await storedList(list.id));
    const error = (await expectStatus(await saveItem(shopper, await body()), 422)).error;
    expect(error).toMatchObject({ code: 'business_rule', reason: 'product_unavailable' });
    expect(Object.keys(error.fields)).toEqual([field]);
    expect(listState(await storedList(list.id))).toEqual(before);
  });

  it(`refuses product number ${MAX_WISHLIST_ITEMS + 1} with 422 wishlist_full, the list unchanged`, async () => {
    const anonymousId = randomUUID();
    const full = await createList({ anonymousId }, SKUS.slice(0, MAX_WISHLIST_ITEMS));
    const shopper = await Shopper.withSession({ anonymousId, wishlistId: full.id });
    const before = listState(await storedList(full.id));
    const error = (await expectStatus(await saveItem(shopper, { sku: SKUS[MAX_WISHLIST_ITEMS] }), 422)).error;
    expect(error).toMatchObject({ reason: 'wishlist_full', params: { max: MAX_WISHLIST_ITEMS } });
    expect(listState(await storedList(full.id))).toEqual(before);
    // One already on the list is still fine: nothing is added.
    expect((await expectStatus(await saveItem(shopper, { sku: SKUS[0] }), 200)).itemCount).toBe(MAX_WISHLIST_ITEMS);
  });

  it('applies changes from two tabs at once: the 409 of the slower one is re-planned, both products land', async () => {
    const { shopper, list } = await guestWith([inStock[0]!]);
    const tab = new Shopper(shopper.cookie);
    const [a, b] = await Promise.all([saveItem(shopper, { sku: inStock[1] }), saveItem(tab, { sku: inStock[2] })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const stored = await storedList(list.id);
    expect(stored.lineItems).toHaveLength(3);
    expect(stored.lineItems.every((line) => line.quantity === 1)).toBe(true);
  });
});

describe('DELETE /api/wishlist/items/{lineId}', () => {
  it('removes the line', async () => {
    const { shopper, list } = await guestWith([inStock[0]!, inStock[1]!]);
    const removed = await expectStatus(await removeItem(shopper, list.items[0].id), 200);
    expect(removed.items.map((i: { sku: string }) => i.sku)).toEqual([inStock[0]]);
    expect((await storedList(list.id)).lineItems).toHaveLength(1);
  });

  it('answers 404 for a line the list does not have (or a malformed id), the list unchanged', async () => {
    const { shopper, list } = await guestWith([inStock[0]!]);
    const before = listState(await storedList(list.id));
    expect((await expectStatus(await removeItem(shopper, randomUUID()), 404)).error.code).toBe('not_found');
    expect((await removeItem(shopper, 'a.b')).status).toBe(404);
    expect(listState(await storedList(list.id))).toEqual(before);
  });

  it('answers 404 to a shopper without a list', async () => {
    expect((await removeItem(new Shopper(), randomUUID())).status).toBe(404);
  });
});

describe('ownership', () => {
  it("answers 404 to guest B holding guest A's list id, forgets it, and never changes A's list", async () => {
    const a = await guestWith([inStock[0]!]);
    const b = await Shopper.withSession({ anonymousId: randomUUID(), wishlistId: a.list.id });
    const before = listState(await storedList(a.list.id));

    expect((await expectStatus(await removeItem(b, a.list.items[0].id), 404)).error.code).toBe('not_found');
    expect((await session(b)).wishlistId).toBeUndefined();
    const b2 = await Shopper.withSession({ anonymousId: randomUUID(), wishlistId: a.list.id });
    expect((await getWishlist(b2)).status).toBe(404);
    expect(await expectStatus(await getWishlist(b2), 200)).toMatchObject({ id: null, items: [] });
    const b3 = await Shopper.withSession({ anonymousId: randomUUID(), wishlistId: a.list.id });
    expect((await saveItem(b3, { sku: inStock[3] })).status).toBe(404);

    expect(listState(await storedList(a.list.id))).toEqual(before);
    // A still has it.
    expect((await expectStatus(await getWishlist(a.shopper), 200)).id).toBe(a.list.id);
  });

  it("answers 404 to a session without an anonymous id holding a guest's list id", async () => {
    const a = await guestWith([inStock[0]!]);
    const stranger = await Shopper.withSession({ wishlistId: a.list.id });
    expect((await getWishlist(stranger)).status).toBe(404);
  });

  it("answers 404 to customer Y holding customer X's list id, and Y's own list is found by customer", async () => {
    const x = await createCustomer();
    const y = await createCustomer();
    const xList = await createList({ customerId: x.customer.id }, [inStock[0]!]);
    const yList = await createList({ customerId: y.customer.id }, [inStock[1]!]);
    const before = listState(await storedList(xList.id));
    const shopper = await Shopper.withSession({ customerId: y.customer.id, wishlistId: xList.id });

    expect((await removeItem(shopper, xList.lineItems[0]!.id)).status).toBe(404);
    expect((await session(shopper)).wishlistId).toBeUndefined();
    const own = await expectStatus(await getWishlist(shopper), 200);
    expect(own.id).toBe(yList.id);
    expect((await session(shopper)).wishlistId).toBe(yList.id);
    expect(listState(await storedList(xList.id))).toEqual(before);
  });

  it("does not give a guest the list of a customer whose anonymous id it knows", async () => {
    const x = await createCustomer();
    const anonymousId = randomUUID();
    const list = await createList({ customerId: x.customer.id, anonymousId }, [inStock[0]!]);
    const guest = await Shopper.withSession({ anonymousId, wishlistId: list.id });
    expect((await getWishlist(guest)).status).toBe(404);
  });
});
