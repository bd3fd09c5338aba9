import { defineRoute, endpoint, json } from '@/lib/http/route';
import { startPaymentSession } from '@/lib/shop/checkout/payment-session';

// Starts a commercetools Checkout payment session for the shopper's own, ready cart: body `{}`;
// 201 `{sessionId, projectKey, region}` (what the browser SDK's paymentFlow takes; no credential).
// Every rule: lib/shop/checkout/payment-session.ts.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    handle: async ({ shopper }) => json(await startPaymentSession(shopper), { status: 201 }),
  }),
});
