import 'server-only';
// Orders the shopper may see: the signed-in customer's, and those placed in this session as a
// guest (the confirmation page). Anyone else's order and an unknown id look the same: not_found.
import type { Order as CtOrder } from '@commercetools/platform-sdk';
import { getOrder, queryOrders } from '@/lib/commercetools/orders';
import { reshapeOrder } from '@/lib/commercetools/mappers/order';
import type { Order } from '@/lib/types';
import type { Shopper, ShopperContext } from '../context';
import { notFound, valueOr } from '../errors';
import { MAX_REMEMBERED_ORDERS, ORDER_LIST_LIMIT } from './limits';

function orderVisibleTo(order: { id: string; customerId?: string }, context: ShopperContext): boolean {
  if (context.customerId && order.customerId === context.customerId) return true;
  return Boolean(context.orderIds?.includes(order.id));
}

/** One order, if the shopper may see it. */
export async function findOrder(shopper: Shopper, orderId: string): Promise<Order> {
  const context = await shopper.context();
  if (!context.customerId && !context.orderIds?.includes(orderId)) throw notFound();
  const result = await getOrder(orderId);
  if (!result.ok && result.kind === 'not_found') throw notFound();
  const order = valueOr(result);
  if (!orderVisibleTo(order, context)) throw notFound();
  return reshapeOrder(order, context.market.language);
}

/** The signed-in customer's orders and the orders placed in this session, newest first. */
export async function listOrders(shopper: Shopper): Promise<Order[]> {
  const context = await shopper.context();
  const orders = valueOr(await queryOrders({ customerId: context.customerId, orderIds: context.orderIds }, ORDER_LIST_LIMIT));
  // The query already restricts to this shopper's orders; the rule is applied once more.
  return orders.filter((order) => orderVisibleTo(order, context)).map((order) => reshapeOrder(order, context.market.language));
}

/** After an order: the shopper forgets the cart it was made from and remembers the order id. */
export async function rememberOrder(shopper: Shopper, order: CtOrder): Promise<void> {
  const context = await shopper.context();
  const orderIds = [...(context.orderIds ?? []).filter((id) => id !== order.id), order.id].slice(-MAX_REMEMBERED_ORDERS);
  const ordered = context.cartId !== undefined && context.cartId === order.cart?.id;
  await shopper.save({ orderIds, ...(ordered ? { cartId: undefined, cartVersion: undefined } : {}) });
}
