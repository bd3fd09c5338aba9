import { z } from 'zod';
import { placeOrder } from '@/lib/commercetools/checkout';
import { sessionMarket } from '@/lib/commercetools/cart';
import { reshapeOrder } from '@/lib/commercetools/mappers/order';
import { idempotencyKeySchema, orderBodySchema, type OrderBody } from '@/lib/shop/cart/schemas';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { fieldErrors } from '@/lib/http/body';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { log } from '@/lib/log';

// Places the order for the session's cart: body `{}` (with the test payment provider also
// `{"testOutcome": "decline"}`), header `Idempotency-Key`. 201 `{order}` the first time; the same
// key (or another request for an already ordered cart) answers 200 with the same order. See
// placeOrder in lib/commercetools/checkout.ts for every rule.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint<OrderBody>({
    body: z.lazy(() => orderBodySchema(serverEnv().PAYMENT_PROVIDER)) as z.ZodType<OrderBody>,
    handle: async ({ body, request, requestId, session }) => {
      const key = idempotencyKeySchema.safeParse(request.headers.get('idempotency-key') ?? undefined);
      if (!key.success) {
        const fields = Object.values(fieldErrors(key.error)).flat();
        throw new AppError('validation_failed', { message: 'Send an Idempotency-Key header.', fields: { 'Idempotency-Key': fields } });
      }
      const placed = await placeOrder(session, { idempotencyKey: key.data, ...(body.testOutcome ? { testOutcome: body.testOutcome } : {}) });
      log.info('checkout.order_placed', { requestId, orderId: placed.order.id, replay: placed.status === 200 });
      const market = sessionMarket(await session.current());
      return json({ order: reshapeOrder(placed.order, market.language) }, { status: placed.status });
    },
  }),
});
