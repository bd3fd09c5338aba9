import { sessionMarket } from '@/lib/commercetools/cart';
import { reshapeOrder } from '@/lib/commercetools/mappers/order';
import { getSessionOrder } from '@/lib/commercetools/order';
import { resourceIdSchema } from '@/lib/shop/cart/schemas';
import { AppError, appErrorFromCt } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';

// One order, if it is the signed-in customer's or was placed in this session; otherwise 404 (an
// unknown id and someone else's order look the same).
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({
    handle: async ({ params, session }) => {
      const id = resourceIdSchema.safeParse(params.id);
      if (!id.success) throw new AppError('not_found');
      const data = await session.current();
      const result = await getSessionOrder(data, id.data);
      if (!result.ok) throw appErrorFromCt(result);
      if (!result.value) throw new AppError('not_found');
      return json({ order: reshapeOrder(result.value, sessionMarket(data).language) });
    },
  }),
});
