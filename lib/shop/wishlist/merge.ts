import 'server-only';
// The guest's wishlist on sign-in or sign-up, like the cart (../account/sign-in.ts): commercetools'
// POST /login moves only carts, so the list is moved here. Without a list of the customer's, the
// guest's list becomes theirs (customer set, no expiry). Otherwise the guest's products the
// customer's list lacks (same product and variant: kept once) are added to it, up to the limit, and
// the guest's list is deleted: one list per customer, nothing left behind to expire.
import type { ShoppingList, ShoppingListUpdateAction } from '@commercetools/platform-sdk';
import { customerShoppingLists, deleteShoppingList, fetchShoppingList, updateShoppingList } from '@/lib/commercetools/shopping-lists';
import type { Shopper } from '../context';
import { MAX_WISHLIST_ITEMS } from './limits';
import { sameVariant } from './items';
import { loadOwnedWishlist, wishlistEnabled, wishlistFailure } from './owned-wishlist';
import { lineVariantId } from '@/lib/commercetools/mappers/shopping-list';

/** The guest's own list before signing in (null for a signed-in shopper or a shop without wishlist). */
export async function guestWishlistOf(shopper: Shopper): Promise<ShoppingList | null> {
  const context = await shopper.context();
  if (context.customerId || !context.wishlistId || !(await wishlistEnabled())) return null;
  return loadOwnedWishlist(shopper, 'peek');
}

async function current(id: string): Promise<ShoppingList | null> {
  const read = await fetchShoppingList(id);
  if (read.ok) return read.value;
  if (read.kind === 'not_found') return null;
  throw wishlistFailure(read);
}

/** Runs a versioned update on a fresh read, once more after a conflict. */
async function updateFresh(id: string, plan: (list: ShoppingList) => ShoppingListUpdateAction[]): Promise<ShoppingList | null> {
  for (let attempt = 1; ; attempt++) {
    const list = await current(id);
    if (!list) return null;
    const actions = plan(list);
    if (!actions.length) return list;
    const result = await updateShoppingList(list.id, list.version, actions);
    if (result.ok) return result.value;
    if (result.kind !== 'conflict' || attempt >= 2) throw wishlistFailure(result);
  }
}

/** Moves the guest's list to the customer; answers the customer's list id (undefined: none yet). */
export async function mergeGuestWishlist(guestList: ShoppingList | null, customerId: string): Promise<string | undefined> {
  if (!guestList) return undefined;
  const lists = await customerShoppingLists(customerId);
  if (!lists.ok) throw wishlistFailure(lists);
  const target = lists.value.find((list) => list.id !== guestList.id);
  if (!target) {
    const adopted = await updateFresh(guestList.id, (list) => [
      ...(list.customer?.id === customerId ? [] : [{ action: 'setCustomer' as const, customer: { typeId: 'customer' as const, id: customerId } }]),
      ...(list.deleteDaysAfterLastModification === undefined ? [] : [{ action: 'setDeleteDaysAfterLastModification' as const }]),
    ]);
    return adopted?.id;
  }
  const merged = await updateFresh(target.id, (list) => {
    const missing: ShoppingList['lineItems'] = [];
    for (const line of guestList.lineItems) {
      const variant = { productId: line.productId, variantId: lineVariantId(line) };
      if (!list.lineItems.some((have) => sameVariant(have, variant)) && !missing.some((m) => sameVariant(m, variant))) missing.push(line);
    }
    return missing.slice(0, Math.max(0, MAX_WISHLIST_ITEMS - list.lineItems.length)).map((line) => ({
      action: 'addLineItem' as const,
      productId: line.productId,
      variantId: lineVariantId(line),
      quantity: 1,
      addedAt: line.addedAt,
    }));
  });
  const source = await current(guestList.id);
  if (source) {
    const removed = await deleteShoppingList(source);
    if (!removed.ok && removed.kind !== 'not_found') throw wishlistFailure(removed);
  }
  return merged?.id;
}
