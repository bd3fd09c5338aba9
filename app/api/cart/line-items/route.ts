import { defineRoute, endpoint, json } from '@/lib/http/route';
import { addLineItem } from '@/lib/shop/cart/line-items';
import { addLineItemBody } from '@/lib/shop/cart/schemas';

// Adds `quantity` of `sku` to the cart (creating the cart on the first add). The SKU must be sold
// and on stock in the cart's market; limits in lib/shop/cart/limits.ts (422 past them).
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({ body: addLineItemBody, handle: async ({ body, shopper }) => json(await addLineItem(shopper, body)) }),
});
