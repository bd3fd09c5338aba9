// Pure mapping from a commercetools shopping list (and its products, price-selected for the
// market) to the wishlist the API answers (lib/types.ts Wishlist). A line whose product is no longer
// published stays listed, under the name the list kept, and cannot be bought.
import type { ProductProjection, ShoppingList } from '@commercetools/platform-sdk';
import type { Wishlist, WishlistItem } from '@/lib/types';
import { localize } from './category';
import { reshapeVariant } from './product';

export function emptyWishlist(enabled: boolean): Wishlist {
  return { enabled, id: null, items: [], itemCount: 0 };
}

/** Who owns a list, in the shape of lib/shop/context.ts `ownedBy`. */
export function shoppingListOwner(list: ShoppingList): { customerId?: string; anonymousId?: string } {
  return { ...(list.customer ? { customerId: list.customer.id } : {}), ...(list.anonymousId ? { anonymousId: list.anonymousId } : {}) };
}

/** The variant a line names: its variantId, else (commercetools' rule) the master variant. */
export function lineVariantId(line: { variantId?: number }): number {
  return line.variantId ?? 1;
}

function reshapeItem(line: ShoppingList['lineItems'][number], product: ProductProjection | undefined, language: string): WishlistItem {
  const variantId = lineVariantId(line);
  const variant = product ? [product.masterVariant, ...product.variants].find((v) => v.id === variantId) : undefined;
  const name = product ? localize(product.name, language) : localize(line.name, language);
  const view = variant ? reshapeVariant(variant, language, name) : null;
  return {
    id: line.id,
    productId: line.productId,
    variantId,
    sku: variant?.sku ?? null,
    name,
    slug: product ? localize(product.slug, language) : null,
    image: view?.images[0] ?? null,
    price: view?.price ?? null,
    available: Boolean(view?.available && view.price),
    addedAt: line.addedAt,
  };
}

/** The wishlist, newest first, in `language`; `products` are the published products of its lines. */
export function reshapeWishlist(list: ShoppingList, products: ProductProjection[], language: string): Wishlist {
  const byId = new Map(products.map((p) => [p.id, p]));
  const items = list.lineItems
    .map((line) => reshapeItem(line, byId.get(line.productId), language))
    .sort((a, b) => b.addedAt.localeCompare(a.addedAt));
  return { enabled: true, id: list.id, items, itemCount: items.length };
}
