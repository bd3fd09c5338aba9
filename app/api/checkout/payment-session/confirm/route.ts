import { defineRoute, endpoint, json } from '@/lib/http/route';
import { log } from '@/lib/log';
import { confirmHostedOrder } from '@/lib/shop/checkout/payment-session';
import { confirmHostedOrderBody } from '@/lib/shop/cart/schemas';

// After commercetools Checkout reported completion: body `{orderId}`. 201 `{order}` when the order
// is this shopper's and was made from this session's cart (the cart is then forgotten), 200 for a
// repeat, 404 for anything else. Every rule: lib/shop/checkout/payment-session.ts.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    body: confirmHostedOrderBody,
    handle: async ({ body, requestId, shopper }) => {
      const confirmed = await confirmHostedOrder(shopper, body.orderId);
      log.info('checkout.hosted_order_confirmed', { requestId, orderId: confirmed.order.id, replay: confirmed.status === 200 });
      return json({ order: confirmed.order }, { status: confirmed.status });
    },
  }),
});
