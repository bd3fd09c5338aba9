import { z } from 'zod';
import { serverEnv } from '@/lib/env';
import { fieldErrors } from '@/lib/http/body';
import { AppError } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { log } from '@/lib/log';
import { idempotencyKeySchema, orderBodySchema, type OrderBody } from '@/lib/shop/cart/schemas';
import { placeOrder } from '@/lib/shop/checkout/place-order';

// Places the order for the shopper's cart: body `{}` (with the test payment provider also
// `{"testOutcome": "decline"}`), header `Idempotency-Key`. 201 `{order}` the first time; the same
// key (or another request for an already ordered cart) answers 200 with the same order. Every rule:
// lib/shop/checkout/place-order.ts.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint<OrderBody>({
    body: z.lazy(() => orderBodySchema(serverEnv().PAYMENT_PROVIDER)) as z.ZodType<OrderBody>,
    handle: async ({ body, request, requestId, shopper }) => {
      const key = idempotencyKeySchema.safeParse(request.headers.get('idempotency-key') ?? undefined);
      if (!key.success) {
        const fields = Object.values(fieldErrors(key.error)).flat();
        throw new AppError('validation_failed', { message: 'Send an Idempotency-Key header.', fields: { 'Idempotency-Key': fields } });
      }
      const placed = await placeOrder(shopper, { idempotencyKey: key.data, ...body });
      log.info('checkout.order_placed', { requestId, orderId: placed.order.id, replay: placed.status === 200 });
      return json({ order: placed.order }, { status: placed.status });
    },
  }),
});
