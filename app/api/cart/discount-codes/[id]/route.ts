import { cartJson } from '@/lib/commercetools/cart';
import { removeDiscountCode } from '@/lib/commercetools/cart-mutations';
import { resourceIdSchema } from '@/lib/shop/cart/schemas';
import { AppError } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';

// Removes a discount code (by the id the cart JSON lists) from the cart; one not on it is a 404.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  DELETE: endpoint({
    handle: async ({ params, session }) => {
      const id = resourceIdSchema.safeParse(params.id);
      if (!id.success) throw new AppError('not_found');
      return json(await cartJson(session, await removeDiscountCode(session, id.data)));
    },
  }),
});
