import 'server-only';
// The shopper's wishlist (a commercetools shopping list), owned exactly like the cart
// (../cart/owned-cart.ts): it is the shopper's when it carries the shopper's customer id (signed in)
// or anonymous id (guest, and no customer). The session holds its id only; a list that is gone is
// forgotten, one that is not the shopper's is forgotten and answered as not found. A signed-in
// customer without a list id in the session gets their list found by customer (another device made it).
//
// Changes are one versioned update on the version just read; a 409 means the list moved on (another
// tab): the change is re-planned on a fresh read, after a short jittered pause, a bounded number of
// times. A refused update changes nothing upstream.
import type { ShoppingList, ShoppingListUpdateAction } from '@commercetools/platform-sdk';
import type { CtFailure } from '@/lib/commercetools/result';
import { shoppingListOwner } from '@/lib/commercetools/mappers/shopping-list';
import { customerShoppingLists, fetchShoppingList, shoppingListsGranted, updateShoppingList } from '@/lib/commercetools/shopping-lists';
import { conflictPause, MAX_CHANGE_ATTEMPTS } from '../cart/owned-cart';
import { ownedBy, type Shopper, type ShopperContext } from '../context';
import { fromCtFailure, notFound, ShopError, valueOr } from '../errors';

function wishlistOwnedBy(list: ShoppingList, context: ShopperContext): boolean {
  return ownedBy(shoppingListOwner(list), context);
}

/** A failed shopping list call as a refusal: a missing scope is the wishlist being off, not a bug. */
export function wishlistFailure(failure: CtFailure): ShopError {
  if (failure.kind === 'forbidden') return new ShopError('wishlist_unavailable');
  if (failure.kind === 'conflict') return new ShopError('wishlist_changed');
  return fromCtFailure(failure);
}

/** Whether this shop has a wishlist at all (its client holds manage_shopping_lists). */
export async function wishlistEnabled(): Promise<boolean> {
  return valueOr(await shoppingListsGranted());
}

export async function requireWishlistEnabled(): Promise<void> {
  if (!(await wishlistEnabled())) throw new ShopError('wishlist_unavailable');
}

export async function rememberWishlist(shopper: Shopper, list: ShoppingList): Promise<void> {
  if ((await shopper.context()).wishlistId !== list.id) await shopper.save({ wishlistId: list.id });
}

async function forgetWishlist(shopper: Shopper): Promise<void> {
  if ((await shopper.context()).wishlistId) await shopper.save({ wishlistId: undefined });
}

/**
 * The shopper's list as commercetools has it now, or null when they have none.
 * - `use`: a gone list is forgotten; another shopper's is forgotten and refused (not_found); a
 *   customer's list found by customer is remembered;
 * - `peek`: no side effects; another shopper's list is simply null (sign-in).
 */
export async function loadOwnedWishlist(shopper: Shopper, mode: 'use' | 'peek'): Promise<ShoppingList | null> {
  const context = await shopper.context();
  if (context.wishlistId) {
    const read = await fetchShoppingList(context.wishlistId);
    if (read.ok) {
      if (wishlistOwnedBy(read.value, context)) return read.value;
      if (mode === 'peek') return null;
      await forgetWishlist(shopper);
      throw notFound();
    }
    if (read.kind !== 'not_found') throw wishlistFailure(read);
    if (mode === 'use') await forgetWishlist(shopper);
  }
  if (!context.customerId) return null;
  const lists = await customerShoppingLists(context.customerId);
  if (!lists.ok) throw wishlistFailure(lists);
  const list = lists.value.find((candidate) => wishlistOwnedBy(candidate, context)) ?? null;
  if (list && mode === 'use') await rememberWishlist(shopper, list);
  return list;
}

/** Builds the update actions from the list as it is (none: nothing to change); throws a ShopError to refuse. */
export type WishlistPlanner = (list: ShoppingList) => ShoppingListUpdateAction[];

/** Applies a change to the shopper's list (see the top of this file); null when they have none. */
export async function changeWishlist(shopper: Shopper, plan: WishlistPlanner): Promise<ShoppingList | null> {
  let list = await loadOwnedWishlist(shopper, 'use');
  for (let attempt = 1; list; attempt++) {
    const actions = plan(list);
    if (!actions.length) return list;
    const result = await updateShoppingList(list.id, list.version, actions);
    if (result.ok) {
      // Ownership was checked on this very version, so this only guards against a broken invariant.
      if (!wishlistOwnedBy(result.value, await shopper.context())) throw notFound();
      return result.value;
    }
    if (result.kind === 'conflict' && attempt < MAX_CHANGE_ATTEMPTS) {
      await conflictPause(attempt);
      list = await loadOwnedWishlist(shopper, 'use');
      continue;
    }
    if (result.kind === 'not_found') {
      await forgetWishlist(shopper);
      throw notFound();
    }
    throw wishlistFailure(result);
  }
  return null;
}
