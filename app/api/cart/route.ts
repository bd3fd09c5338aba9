import { defineRoute, endpoint, json } from '@/lib/http/route';
import { readCart } from '@/lib/shop/cart/view';

// The shopper's cart (docs/api.md). No cart yet, or one commercetools no longer has: the empty cart
// (`id: null`). A cart the session points at but does not own: 404, and the session forgets it.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({ handle: async ({ shopper }) => json(await readCart(shopper)) }),
});
