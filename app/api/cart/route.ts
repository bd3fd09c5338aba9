import { cartJson, readSessionCart } from '@/lib/commercetools/cart';
import { defineRoute, endpoint, json } from '@/lib/http/route';

// The shopper's cart (design section 6). No cart yet, or one commercetools no longer has: the empty
// cart (`id: null`). A cart the session points at but does not own: 404, and the session forgets it.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({
    handle: async ({ session }) => json(await cartJson(session, await readSessionCart(session))),
  }),
});
