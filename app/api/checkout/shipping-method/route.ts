import { defineRoute, endpoint, json } from '@/lib/http/route';
import { shippingMethodBody } from '@/lib/shop/cart/schemas';
import { setShippingMethod } from '@/lib/shop/checkout/details';

// Sets one of the shipping methods matching the cart; any other is a 422.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  PUT: endpoint({
    body: shippingMethodBody,
    handle: async ({ body, shopper }) => json(await setShippingMethod(shopper, body.shippingMethodId)),
  }),
});
