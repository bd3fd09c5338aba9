// Versioned wishlist changes (lib/shop/wishlist/owned-wishlist.ts): a list that moves on between our
// read and our update (another tab) makes commercetools answer 409; the change is re-planned on the
// new version and lands once, and only a list that keeps moving answers 409 wishlist_changed, with
// nothing of ours written. A proxy changes the list right after each of our reads.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ctApi } from '@/lib/commercetools/client';
import { MAX_CHANGE_ATTEMPTS } from '@/lib/shop/cart/owned-cart';
import { withEnv } from '../../../harness/fresh-modules';
import { Shopper, expectStatus, inStockSkus, startInterceptingProxy } from '../cart/support';
import { SKUS, saveItem, storedList, variantOf, type WishlistRoutes } from './support';

const inStock = inStockSkus();
const backendUrl = inject('localBackend').url;
/** The other tab talks to the backend directly (built before the env names the proxy). */
const direct = ctApi();
let proxy: Awaited<ReturnType<typeof startInterceptingProxy>>;
let viaProxy: WishlistRoutes;

beforeAll(async () => {
  proxy = await startInterceptingProxy(backendUrl);
  viaProxy = await withEnv({ CTP_API_URL: proxy.url }, async () => ({
    list: await import('@/app/api/wishlist/route'),
    items: await import('@/app/api/wishlist/items/route'),
    item: await import('@/app/api/wishlist/items/[lineId]/route'),
  }));
});
afterAll(() => proxy?.close());

/** Another tab saves a product to the list `id`, straight upstream. */
async function otherTabSaves(id: string, sku: string) {
  const list = (await direct.shoppingLists().withId({ ID: id }).get().execute()).body;
  await direct.shoppingLists().withId({ ID: id }).post({ body: { version: list.version, actions: [{ action: 'addLineItem', sku }] } }).execute();
}

async function guestWithList() {
  const shopper = new Shopper();
  const list = await expectStatus(await saveItem(shopper, { sku: inStock[0] }), 200);
  return { shopper, id: list.id as string };
}

describe('a wishlist that changes between read and update', () => {
  it('re-plans on the new version after the 409: our product and the other tab’s both land, once each', async () => {
    const { shopper, id } = await guestWithList();
    proxy.after('GET', new RegExp(`/shopping-lists/${id}`), () => otherTabSaves(id, inStock[1]!));
    const answer = await expectStatus(await saveItem(shopper, { sku: inStock[2] }, viaProxy), 200);
    expect(proxy.armed).toBe(false);
    expect(answer.itemCount).toBe(3);
    const stored = await storedList(id);
    const expected = await Promise.all([inStock[0]!, inStock[1]!, inStock[2]!].map(variantOf));
    expect(stored.lineItems.map((l) => `${l.productId}/${l.variantId}`).sort()).toEqual(expected.map((v) => `${v.productId}/${v.variantId}`).sort());
  });

  it(`answers 409 wishlist_changed after ${MAX_CHANGE_ATTEMPTS} conflicts in a row, without writing ours`, async () => {
    const { shopper, id } = await guestWithList();
    let n = 1;
    proxy.after('GET', new RegExp(`/shopping-lists/${id}`), () => otherTabSaves(id, SKUS[10 + n++]!), MAX_CHANGE_ATTEMPTS);
    const error = (await expectStatus(await saveItem(shopper, { sku: inStock[3] }, viaProxy), 409)).error;
    expect(error).toMatchObject({ code: 'conflict', reason: 'wishlist_changed' });
    const ours = await variantOf(inStock[3]!);
    const stored = await storedList(id);
    expect(stored.lineItems.some((l) => l.productId === ours.productId && l.variantId === ours.variantId)).toBe(false);
    expect(stored.lineItems).toHaveLength(1 + MAX_CHANGE_ATTEMPTS);
  });
});
