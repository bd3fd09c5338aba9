import 'server-only';
// Reads one order for a page, on the server, with the request's session: the same rule as
// GET /api/orders/{id} (lib/commercetools/order.ts getSessionOrder: the signed-in customer's orders,
// or the ones this session placed as a guest). Anything else is null, which the page turns into a
// real 404: an unknown id and someone else's order look the same.
import { headers } from 'next/headers';
import { getSessionOrder } from '@/lib/commercetools/order';
import { reshapeOrder } from '@/lib/commercetools/mappers/order';
import { resourceIdSchema } from '@/lib/shop/cart/schemas';
import type { Market } from '@/lib/markets';
import { readSession } from '@/lib/session';
import { parseOrder } from './normalize';
import type { OrderView } from './types';

export async function loadSessionOrder(orderId: string, market: Market): Promise<OrderView | null> {
  const id = resourceIdSchema.safeParse(orderId);
  if (!id.success) return null;
  const { data } = await readSession((await headers()).get('cookie'));
  const result = await getSessionOrder(data, id.data);
  // Upstream trouble is the error page (with a retry), never a "not found".
  if (!result.ok) throw new Error(`order unavailable (${result.kind})`);
  if (!result.value) return null;
  // The API's JSON shape, read by the same normalizer the client uses.
  return parseOrder(JSON.parse(JSON.stringify(reshapeOrder(result.value, market.language))));
}
