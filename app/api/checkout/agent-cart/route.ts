import { defineRoute, endpoint, json } from '@/lib/http/route';
import { adoptAgentCartBody } from '@/lib/shop/cart/schemas';
import { adoptAgentCart } from '@/lib/shop/checkout/agent-checkout';

// The signed-in customer takes over the checkout an AI agent prepared for them (the agent's
// continue_url, docs/agents.md): body `{cartId}`; 200 Cart, now the session's cart. Not theirs or
// no longer open: 404. Rules: lib/shop/checkout/agent-checkout.ts.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    body: adoptAgentCartBody,
    handle: async ({ body, shopper }) => json(await adoptAgentCart(shopper, body.cartId)),
  }),
});
