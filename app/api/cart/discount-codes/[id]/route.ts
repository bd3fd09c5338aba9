import { defineRoute, endpoint, json, pathId } from '@/lib/http/route';
import { removeDiscountCode } from '@/lib/shop/cart/discount-codes';

// Removes a discount code by its id, as the cart JSON lists it; any other id is a 404.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  DELETE: endpoint({ handle: async ({ params, shopper }) => json(await removeDiscountCode(shopper, pathId(params))) }),
});
