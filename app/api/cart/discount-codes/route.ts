import { defineRoute, endpoint, json } from '@/lib/http/route';
import { addDiscountCode } from '@/lib/shop/cart/discount-codes';
import { discountCodeBody } from '@/lib/shop/cart/schemas';

// Applies a discount code. Unknown, expired or not applicable to this cart: 422 with the reason,
// and the cart stays as it was.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({ body: discountCodeBody, handle: async ({ body, shopper }) => json(await addDiscountCode(shopper, body.code)) }),
});
