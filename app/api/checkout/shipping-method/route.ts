import { cartJson } from '@/lib/commercetools/cart';
import { setShippingMethod } from '@/lib/commercetools/checkout';
import { shippingMethodBody } from '@/lib/shop/cart/schemas';
import { defineRoute, endpoint, json } from '@/lib/http/route';

// Sets one of the shipping methods matching the cart; any other is a 422.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  PUT: endpoint({
    body: shippingMethodBody,
    handle: async ({ body, session }) => json(await cartJson(session, await setShippingMethod(session, body.shippingMethodId))),
  }),
});
