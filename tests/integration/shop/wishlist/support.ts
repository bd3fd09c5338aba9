// Shared by the wishlist tests: the wishlist Route Handlers called like a browser (the cart tests'
// Shopper), and direct commercetools reads and writes to set up and compare stored lists.
import type { ShoppingList } from '@commercetools/platform-sdk';
import { ctApi } from '@/lib/commercetools/client';
import * as wishlistRoute from '@/app/api/wishlist/route';
import * as itemsRoute from '@/app/api/wishlist/items/route';
import * as itemRoute from '@/app/api/wishlist/items/[lineId]/route';
import { catalog, variantsOf } from '../../../harness/demo-expectations';
import type { Shopper } from '../cart/support';

export type WishlistRoutes = { list: typeof wishlistRoute; items: typeof itemsRoute; item: typeof itemRoute };
export const ROUTES: WishlistRoutes = { list: wishlistRoute, items: itemsRoute, item: itemRoute };

export const getWishlist = (shopper: Shopper, routes = ROUTES) => shopper.call(routes.list.GET, '/api/wishlist');
export const saveItem = (shopper: Shopper, body: unknown, routes = ROUTES) =>
  shopper.call(routes.items.POST, '/api/wishlist/items', { method: 'POST', body });
export const removeItem = (shopper: Shopper, lineId: string, routes = ROUTES) =>
  shopper.call(routes.item.DELETE, `/api/wishlist/items/${lineId}`, { method: 'DELETE', params: { lineId } });

/** SKUs of published demo variants (the demo catalog publishes every product), in catalog order. */
export const SKUS = catalog.products.flatMap((product) => variantsOf(product).flatMap((v) => (v.sku ? [v.sku] : [])));

/** The product id and variant id commercetools gave a SKU. */
export async function variantOf(sku: string): Promise<{ productId: string; variantId: number }> {
  const found = await ctApi()
    .productProjections()
    .get({ queryArgs: { where: 'masterVariant(sku = :sku) or variants(sku = :sku)', 'var.sku': sku } })
    .execute();
  const product = found.body.results[0]!;
  return { productId: product.id, variantId: [product.masterVariant, ...product.variants].find((v) => v.sku === sku)!.id };
}

export async function storedList(id: string): Promise<ShoppingList> {
  return (await ctApi().shoppingLists().withId({ ID: id }).get().execute()).body;
}

export async function listGone(id: string): Promise<boolean> {
  return ctApi()
    .shoppingLists()
    .withId({ ID: id })
    .get()
    .execute()
    .then(() => false, (error: { statusCode?: number }) => error.statusCode === 404);
}

/** A list made directly upstream, owned by an anonymous id or a customer, with these SKUs. */
export async function createList(owner: { anonymousId?: string; customerId?: string }, skus: string[]): Promise<ShoppingList> {
  const body = {
    name: { en: 'Wishlist' },
    ...(owner.customerId ? { customer: { typeId: 'customer' as const, id: owner.customerId } } : {}),
    ...(owner.anonymousId ? { anonymousId: owner.anonymousId } : {}),
    lineItems: skus.map((sku) => ({ sku, quantity: 1 })),
  };
  return (await ctApi().shoppingLists().post({ body }).execute()).body;
}

/** What "the list is unchanged" compares: version, owner and every line's product variant. */
export function listState(list: ShoppingList) {
  return {
    version: list.version,
    customer: list.customer?.id,
    anonymousId: list.anonymousId,
    lines: list.lineItems.map((l) => [l.productId, l.variantId]),
  };
}
