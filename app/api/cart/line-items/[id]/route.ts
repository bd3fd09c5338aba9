import { cartJson } from '@/lib/commercetools/cart';
import { changeLineItemQuantity, removeLineItem } from '@/lib/commercetools/cart-mutations';
import { changeLineItemBody, resourceIdSchema } from '@/lib/shop/cart/schemas';
import { AppError } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';

/** A line id of the session's cart; anything else is not found. */
function lineItemId(params: Record<string, string>): string {
  const parsed = resourceIdSchema.safeParse(params.id);
  if (!parsed.success) throw new AppError('not_found');
  return parsed.data;
}

// One line of the cart: set its quantity (1..99) or remove it. A line of any other cart is a 404.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  PATCH: endpoint({
    body: changeLineItemBody,
    handle: async ({ body, params, session }) =>
      json(await cartJson(session, await changeLineItemQuantity(session, lineItemId(params), body.quantity))),
  }),
  DELETE: endpoint({
    handle: async ({ params, session }) => json(await cartJson(session, await removeLineItem(session, lineItemId(params)))),
  }),
});
