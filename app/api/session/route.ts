import { defineRoute, endpoint, json } from '@/lib/http/route';
import { shopperSummary } from '@/lib/shop/summary';

// Who is shopping, in which market, and the cart badge (docs/api.md).
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({ handle: async ({ shopper }) => json(await shopperSummary(shopper)) }),
});
