import 'server-only';
// Reading the wishlist, saving a product variant to it and removing one: the catalog check (a
// published product and variant), the limit (./limits.ts) and dedupe (one line per product variant)
// in front of one versioned update (./owned-wishlist.ts). The first save creates the list.
import { randomUUID } from 'node:crypto';
import type { ShoppingList } from '@commercetools/platform-sdk';
import { emptyWishlist, lineVariantId, reshapeWishlist } from '@/lib/commercetools/mappers/shopping-list';
import { createShoppingList, publishedProducts, publishedProductWithSku, shoppingListDraft } from '@/lib/commercetools/shopping-lists';
import type { Market } from '@/lib/markets';
import type { Wishlist } from '@/lib/types';
import type { Shopper } from '../context';
import { fieldRefusal, notFound, valueOr } from '../errors';
import { MAX_WISHLIST_ITEMS } from './limits';
import { changeWishlist, loadOwnedWishlist, rememberWishlist, requireWishlistEnabled, wishlistEnabled, wishlistFailure } from './owned-wishlist';
import type { AddWishlistItemInput } from './schemas';

/** What a wishlist line points at: a product variant. */
export type WishlistTarget = { productId: string; variantId: number };

export const sameVariant = (line: { productId: string; variantId?: number }, target: WishlistTarget) =>
  line.productId === target.productId && lineVariantId(line) === target.variantId;

/** The list as the shopper sees it: its products' names, images and prices in the market. */
async function wishlistView(shopper: Shopper, list: ShoppingList | null): Promise<Wishlist> {
  if (!list) return emptyWishlist(true);
  const { market } = await shopper.context();
  const products = valueOr(await publishedProducts(list.lineItems.map((line) => line.productId), market));
  return reshapeWishlist(list, products, market.language);
}

/** GET /api/wishlist: the list as it is now; `enabled: false` when the shop has no wishlist. */
export async function readWishlist(shopper: Shopper): Promise<Wishlist> {
  if (!(await wishlistEnabled())) return emptyWishlist(false);
  return wishlistView(shopper, await loadOwnedWishlist(shopper, 'use'));
}

/** The published variant the input names, or a refusal at the field that named it. */
async function resolveTarget(input: AddWishlistItemInput, market: Market): Promise<WishlistTarget> {
  if (input.sku !== undefined) {
    const product = valueOr(await publishedProductWithSku(input.sku));
    const variant = product && [product.masterVariant, ...product.variants].find((v) => v.sku === input.sku);
    if (!product || !variant) throw fieldRefusal('product_unavailable', {}, 'sku');
    return { productId: product.id, variantId: variant.id };
  }
  const productId = input.productId ?? '';
  const [product] = valueOr(await publishedProducts([productId], market));
  const variantId = input.variantId ?? product?.masterVariant.id;
  if (!product || ![product.masterVariant, ...product.variants].some((v) => v.id === variantId)) {
    throw fieldRefusal('product_unavailable', {}, input.variantId !== undefined && product ? 'variantId' : 'productId');
  }
  return { productId: product.id, variantId: variantId! };
}

async function startWishlist(shopper: Shopper, target: WishlistTarget): Promise<ShoppingList> {
  let context = await shopper.context();
  if (!context.customerId && !context.anonymousId) context = await shopper.save({ anonymousId: randomUUID() });
  // Each new list is an upstream resource: creating lists has a budget per session and client.
  await shopper.attempt('wishlist_create');
  const created = await createShoppingList(shoppingListDraft(context, { language: context.market.language, text: 'Wishlist' }, [target]));
  if (!created.ok) throw wishlistFailure(created);
  await rememberWishlist(shopper, created.value);
  return created.value;
}

/** Saves a product variant; saving one that is already there changes nothing (one line per variant). */
export async function addWishlistItem(shopper: Shopper, input: AddWishlistItemInput): Promise<Wishlist> {
  await requireWishlistEnabled();
  const target = await resolveTarget(input, (await shopper.context()).market);
  const field = input.sku !== undefined ? 'sku' : 'productId';
  const updated = await changeWishlist(shopper, (list) => {
    if (list.lineItems.some((line) => sameVariant(line, target))) return [];
    if (list.lineItems.length >= MAX_WISHLIST_ITEMS) throw fieldRefusal('wishlist_full', { max: MAX_WISHLIST_ITEMS }, field);
    return [{ action: 'addLineItem', productId: target.productId, variantId: target.variantId, quantity: 1 }];
  });
  return wishlistView(shopper, updated ?? (await startWishlist(shopper, target)));
}

/** Removes one line; a line of any other list (or none) is not_found. */
export async function removeWishlistItem(shopper: Shopper, lineItemId: string): Promise<Wishlist> {
  await requireWishlistEnabled();
  const updated = await changeWishlist(shopper, (list) => {
    if (!list.lineItems.some((line) => line.id === lineItemId)) throw notFound();
    return [{ action: 'removeLineItem', lineItemId }];
  });
  if (!updated) throw notFound();
  return wishlistView(shopper, updated);
}
