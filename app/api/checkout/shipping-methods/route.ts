import { defineRoute, endpoint, json } from '@/lib/http/route';
import { shippingMethodsForCart } from '@/lib/shop/checkout/details';

// The shipping methods commercetools matches to the cart's shipping address, with prices.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({ handle: async ({ shopper }) => json({ shippingMethods: await shippingMethodsForCart(shopper) }) }),
});
