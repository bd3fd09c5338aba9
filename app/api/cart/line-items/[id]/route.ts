import { defineRoute, endpoint, json, pathId } from '@/lib/http/route';
import { changeLineItemQuantity, removeLineItem } from '@/lib/shop/cart/line-items';
import { changeLineItemBody } from '@/lib/shop/cart/schemas';

// One line of the cart: set its quantity or remove it. A line of any other cart is a 404.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  PATCH: endpoint({
    body: changeLineItemBody,
    handle: async ({ body, params, shopper }) => json(await changeLineItemQuantity(shopper, pathId(params), body.quantity)),
  }),
  DELETE: endpoint({ handle: async ({ params, shopper }) => json(await removeLineItem(shopper, pathId(params))) }),
});
