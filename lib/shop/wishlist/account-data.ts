import 'server-only';
// The customer's wishlist in their data export, and gone with their account (docs/data-rights.md):
// a wishlist is personal data like the cart. Nothing to do when the shop has no wishlist.
import { reshapeWishlist } from '@/lib/commercetools/mappers/shopping-list';
import { customerShoppingLists, deleteShoppingList, publishedProducts } from '@/lib/commercetools/shopping-lists';
import type { Market } from '@/lib/markets';
import type { WishlistItem } from '@/lib/types';
import { valueOr } from '../errors';
import { wishlistEnabled, wishlistFailure } from './owned-wishlist';

async function listsOf(customerId: string) {
  if (!(await wishlistEnabled())) return [];
  const lists = await customerShoppingLists(customerId);
  if (!lists.ok) throw wishlistFailure(lists);
  return lists.value;
}

/** Every saved product of the customer, in the market's language. */
export async function exportWishlist(customerId: string, market: Market): Promise<WishlistItem[]> {
  const lists = await listsOf(customerId);
  const productIds = lists.flatMap((list) => list.lineItems.map((line) => line.productId));
  const products = productIds.length ? valueOr(await publishedProducts(productIds, market)) : [];
  return lists.flatMap((list) => reshapeWishlist(list, products, market.language).items);
}

/** Deletes every list of the customer (before the customer: nothing may point at a deleted account). */
export async function deleteWishlists(customerId: string): Promise<void> {
  for (const list of await listsOf(customerId)) {
    const deleted = await deleteShoppingList(list);
    if (!deleted.ok && deleted.kind !== 'not_found') throw wishlistFailure(deleted);
  }
}
