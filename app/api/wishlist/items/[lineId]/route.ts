import { defineRoute, endpoint, json, pathId } from '@/lib/http/route';
import { removeWishlistItem } from '@/lib/shop/wishlist/items';

// Removes one line of the wishlist. A line of any other list is a 404.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  DELETE: endpoint({ handle: async ({ params, shopper }) => json(await removeWishlistItem(shopper, pathId(params, 'lineId'))) }),
});
