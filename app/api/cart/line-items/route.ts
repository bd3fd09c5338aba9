import { cartJson } from '@/lib/commercetools/cart';
import { addLineItem } from '@/lib/commercetools/cart-mutations';
import { addLineItemBody } from '@/lib/shop/cart/schemas';
import { defineRoute, endpoint, json } from '@/lib/http/route';

// Adds `quantity` of `sku` to the cart (creating the cart on the first add). The SKU must be sold
// and on stock in the session's market; a line holds at most 99, a cart at most 50 lines (422).
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    body: addLineItemBody,
    handle: async ({ body, session }) => json(await cartJson(session, await addLineItem(session, body))),
  }),
});
