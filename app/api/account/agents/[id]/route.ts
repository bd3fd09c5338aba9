import { revokeAgentGrant } from '@/lib/agents/grants';
import { defineRoute, endpoint, pathId } from '@/lib/http/route';
import { ShopError } from '@/lib/shop/errors';

// DELETE: the signed-in customer revokes an AI agent's authorization (docs/agents.md, "Customer
// control"); every token of it stops working at once. Someone else's or unknown: 404.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  DELETE: endpoint({
    handle: async ({ shopper, params }) => {
      const { customerId } = await shopper.context();
      if (!customerId) throw new ShopError('unauthenticated');
      await revokeAgentGrant(customerId, pathId(params));
      return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
    },
  }),
});
