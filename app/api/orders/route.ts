import { sessionMarket } from '@/lib/commercetools/cart';
import { reshapeOrder } from '@/lib/commercetools/mappers/order';
import { listSessionOrders } from '@/lib/commercetools/order';
import { appErrorFromCt } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';

// The signed-in customer's orders and the orders this session placed as a guest, newest first
// (at most 50). Nobody else's.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({
    handle: async ({ session }) => {
      const data = await session.current();
      const result = await listSessionOrders(data);
      if (!result.ok) throw appErrorFromCt(result);
      const language = sessionMarket(data).language;
      return json({ orders: result.value.map((order) => reshapeOrder(order, language)) });
    },
  }),
});
