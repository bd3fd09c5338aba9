import { cartJson } from '@/lib/commercetools/cart';
import { addDiscountCode } from '@/lib/commercetools/cart-mutations';
import { discountCodeBody } from '@/lib/shop/cart/schemas';
import { defineRoute, endpoint, json } from '@/lib/http/route';

// Applies a discount code. Unknown, expired or not applicable to this cart: 422 with the reason,
// and the cart stays as it was.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    body: discountCodeBody,
    handle: async ({ body, session }) => json(await cartJson(session, await addDiscountCode(session, body.code))),
  }),
});
