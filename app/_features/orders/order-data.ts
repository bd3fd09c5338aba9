import 'server-only';
// Reads one order for a page, on the server, through the same domain rule as GET /api/orders/{id}
// (lib/shop/orders/orders.ts: the signed-in customer's orders, or the ones this session placed as a
// guest). Anything else is null, which the page turns into a real 404: an unknown id and someone
// else's order look the same.
import type { Market } from '@/lib/markets';
import { pageShopper } from '@/lib/session/shopper';
import { resourceIdSchema } from '@/lib/shop/cart/schemas';
import { ShopError } from '@/lib/shop/errors';
import { findOrder } from '@/lib/shop/orders/orders';
import type { Order } from '@/lib/types';

export async function loadSessionOrder(orderId: string, market: Market): Promise<Order | null> {
  const id = resourceIdSchema.safeParse(orderId);
  if (!id.success) return null;
  try {
    return await findOrder(await pageShopper(market), id.data);
  } catch (error) {
    // Upstream trouble is the error page (with a retry), never a "not found".
    if (error instanceof ShopError && error.reason === 'not_found') return null;
    throw error;
  }
}
