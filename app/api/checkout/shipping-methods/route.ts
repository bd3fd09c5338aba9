import { matchingShippingMethods } from '@/lib/commercetools/checkout';
import { defineRoute, endpoint, json } from '@/lib/http/route';

// The shipping methods commercetools matches to the cart (its shipping address, currency), each
// with its price for this cart. 422 until the cart has a shipping address.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({
    handle: async ({ session }) => json({ shippingMethods: await matchingShippingMethods(session) }),
  }),
});
