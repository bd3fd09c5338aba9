import { defineRoute, endpoint, json, pathId } from '@/lib/http/route';
import { findOrder } from '@/lib/shop/orders/orders';

// One order, if it is the signed-in customer's or was placed in this session; otherwise 404 (an
// unknown id and someone else's order look the same).
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({ handle: async ({ params, shopper }) => json({ order: await findOrder(shopper, pathId(params)) }) }),
});
