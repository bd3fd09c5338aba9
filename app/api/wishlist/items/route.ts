import { defineRoute, endpoint, json } from '@/lib/http/route';
import { addWishlistItem } from '@/lib/shop/wishlist/items';
import { addWishlistItemBody } from '@/lib/shop/wishlist/schemas';

// Saves a product variant to the wishlist (creating the list on the first save): `{sku}` or
// `{productId, variantId?}`. Already saved: the list as it is. Limit in lib/shop/wishlist/limits.ts.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({ body: addWishlistItemBody, handle: async ({ body, shopper }) => json(await addWishlistItem(shopper, body)) }),
});
