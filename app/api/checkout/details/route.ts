import { cartJson } from '@/lib/commercetools/cart';
import { setCheckoutDetails } from '@/lib/commercetools/checkout';
import { checkoutDetailsBody } from '@/lib/shop/cart/schemas';
import { defineRoute, endpoint, json } from '@/lib/http/route';

// Email, shipping address and (optionally different) billing address, in the market's country.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  PUT: endpoint({
    body: checkoutDetailsBody,
    handle: async ({ body, session }) => json(await cartJson(session, await setCheckoutDetails(session, body))),
  }),
});
