import { defineRoute, endpoint, json } from '@/lib/http/route';
import { listOrders } from '@/lib/shop/orders/orders';

// The signed-in customer's orders and the orders this session placed as a guest, newest first
// (at most 50). Nobody else's.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({ handle: async ({ shopper }) => json({ orders: await listOrders(shopper) }) }),
});
