import 'server-only';
// Shopping list queries and updates (the wishlist): one commercetools request each, no rules (those
// are in lib/shop/wishlist). Project-scoped endpoints with the storefront's own client, like carts:
// the /me endpoints need manage_my_* scopes, which the boot guard refuses.
import type { ProductProjection, ShoppingList, ShoppingListDraft, ShoppingListUpdateAction } from '@commercetools/platform-sdk';
import { ctApi, storefrontTokenProvider } from './client';
import { ctCall, toCtFailure, type CtResult } from './result';
import { scopeName } from '../security/scopes';

/** The optional scope every shopping list call needs (lib/security/scopes.ts). */
const SHOPPING_LISTS_SCOPE = 'manage_shopping_lists';

/** How long commercetools keeps a guest's list after its last change (a customer's list is kept). */
const GUEST_LIST_DAYS = 30;

/**
 * Whether the storefront's token carries manage_shopping_lists: a project without it has no
 * wishlist. Read from the cached token (no request while it is valid).
 */
export async function shoppingListsGranted(): Promise<CtResult<boolean>> {
  try {
    const token = await storefrontTokenProvider().get();
    return { ok: true, value: token.scopes.some((scope) => scopeName(scope) === SHOPPING_LISTS_SCOPE) };
  } catch (error) {
    return toCtFailure(error);
  }
}

/** A new list owned by a customer or an anonymous id; a guest's list expires unless it changes. */
export function shoppingListDraft(
  owner: { customerId?: string; anonymousId?: string },
  name: { language: string; text: string },
  lineItems: Array<{ productId: string; variantId: number }>,
): ShoppingListDraft {
  return {
    name: { [name.language]: name.text },
    ...(owner.customerId
      ? { customer: { typeId: 'customer', id: owner.customerId } }
      : { anonymousId: owner.anonymousId, deleteDaysAfterLastModification: GUEST_LIST_DAYS }),
    lineItems: lineItems.map((item) => ({ productId: item.productId, variantId: item.variantId, quantity: 1 })),
  };
}

export function fetchShoppingList(id: string): Promise<CtResult<ShoppingList>> {
  return ctCall(() => ctApi().shoppingLists().withId({ ID: id }).get().execute());
}

export function createShoppingList(draft: ShoppingListDraft): Promise<CtResult<ShoppingList>> {
  return ctCall(() => ctApi().shoppingLists().post({ body: draft }).execute());
}

export function updateShoppingList(id: string, version: number, actions: ShoppingListUpdateAction[]): Promise<CtResult<ShoppingList>> {
  return ctCall(() => ctApi().shoppingLists().withId({ ID: id }).post({ body: { version, actions } }).execute());
}

export function deleteShoppingList(list: { id: string; version: number }): Promise<CtResult<ShoppingList>> {
  return ctCall(() => ctApi().shoppingLists().withId({ ID: list.id }).delete({ queryArgs: { version: list.version } }).execute());
}

/** A customer's lists, most recently changed first. */
export async function customerShoppingLists(customerId: string): Promise<CtResult<ShoppingList[]>> {
  const result = await ctCall(() =>
    ctApi()
      .shoppingLists()
      .get({ queryArgs: { where: 'customer(id = :customerId)', 'var.customerId': customerId, sort: ['lastModifiedAt desc'], limit: 20, withTotal: false } })
      .execute(),
  );
  return result.ok ? { ok: true, value: result.value.results } : result;
}

/** Published products by id, prices selected for `scope` (one query; missing ones are unpublished or gone). */
export async function publishedProducts(ids: string[], scope: { currency: string; country: string }): Promise<CtResult<ProductProjection[]>> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return { ok: true, value: [] };
  const result = await ctCall(() =>
    ctApi()
      .productProjections()
      .get({
        queryArgs: {
          where: 'id in :ids',
          'var.ids': wanted,
          priceCurrency: scope.currency,
          priceCountry: scope.country,
          limit: Math.min(500, wanted.length),
          withTotal: false,
        },
      })
      .execute(),
  );
  return result.ok ? { ok: true, value: result.value.results } : result;
}

/** The published product that has this SKU, or none (one query). */
export async function publishedProductWithSku(sku: string): Promise<CtResult<ProductProjection | null>> {
  const result = await ctCall(() =>
    ctApi()
      .productProjections()
      .get({ queryArgs: { where: 'masterVariant(sku = :sku) or variants(sku = :sku)', 'var.sku': sku, limit: 1, withTotal: false } })
      .execute(),
  );
  return result.ok ? { ok: true, value: result.value.results[0] ?? null } : result;
}
