import { defineRoute, endpoint, json } from '@/lib/http/route';
import { readWishlist } from '@/lib/shop/wishlist/items';

// The shopper's wishlist (docs/api.md). None yet: the empty list (`id: null`); a shop whose client
// lacks manage_shopping_lists: `enabled: false`. A list the session points at but does not own: 404,
// and the session forgets it.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({ handle: async ({ shopper }) => json(await readWishlist(shopper)) }),
});
