import { defineRoute, endpoint, json } from '@/lib/http/route';
import { checkoutDetailsBody } from '@/lib/shop/cart/schemas';
import { setCheckoutDetails } from '@/lib/shop/checkout/details';

// Email, shipping address and (optionally different) billing address, in the market's country.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  PUT: endpoint({ body: checkoutDetailsBody, handle: async ({ body, shopper }) => json(await setCheckoutDetails(shopper, body)) }),
});
