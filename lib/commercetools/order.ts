import 'server-only';
// Orders (server-only): created from a cart, found again by cart or by checkout attempt, and shown
// only to their owner: the signed-in customer, or the session that placed them (guest checkout).
// Queries take input through predicate variables only.
import { createHash } from 'node:crypto';
import type { Order, OrderPagedQueryResponse } from '@commercetools/platform-sdk';
import type { SessionData, SessionHandle } from '@/lib/session';
import { CART_EXPAND, ctCallDetailed, type DetailedResult } from './cart';
import { ctApi } from './client';
import { ctCall, type CtResult } from './result';

export const ORDER_EXPAND = CART_EXPAND;

/** The most order ids a session remembers (the session schema's limit). */
const MAX_SESSION_ORDERS = 20;

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The order number of the order made from a cart, derived from the cart id: commercetools keeps order
 * numbers unique, so even two servers racing past every other check cannot make two orders of one
 * cart. 10 Crockford base-32 characters (50 bits), grouped 5-5 for reading aloud.
 */
export function orderNumberFor(cartId: string): string {
  const digest = createHash('sha256').update(`order-of-cart:${cartId}`).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 7)) bits = (bits << 8n) | BigInt(byte);
  let text = '';
  for (let i = 0; i < 10; i++) {
    text = CROCKFORD[Number(bits & 31n)] + text;
    bits >>= 5n;
  }
  return `${text.slice(0, 5)}-${text.slice(5)}`;
}

/**
 * What an order records about the checkout attempt that made it (as its purchase order number): a
 * hash of the Idempotency-Key, so a repeated request finds the order even after the session forgot
 * the cart. The key itself is never stored.
 */
export function attemptReference(idempotencyKey: string): string {
  return `idem-${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40)}`;
}

function ownerPredicate(session: SessionData): { where: string; vars: Record<string, string> } | null {
  if (session.customerId) return { where: 'customerId = :owner', vars: { 'var.owner': session.customerId } };
  if (session.anonymousId) return { where: 'anonymousId = :owner', vars: { 'var.owner': session.anonymousId } };
  return null;
}

function firstOf(result: CtResult<OrderPagedQueryResponse>): CtResult<Order | null> {
  if (!result.ok) return result;
  return { ok: true, value: result.value.results[0] ?? null };
}

/** The order made from a cart, if any. */
export async function findOrderForCart(cartId: string): Promise<CtResult<Order | null>> {
  const result = await ctCall(() =>
    ctApi()
      .orders()
      .get({ queryArgs: { where: 'cart(id = :cartId)', 'var.cartId': cartId, limit: 1, withTotal: false, expand: ORDER_EXPAND } })
      .execute(),
  );
  return firstOf(result);
}

/** The session owner's order placed with this Idempotency-Key, if any. */
export async function findOrderByAttempt(session: SessionData, idempotencyKey: string): Promise<CtResult<Order | null>> {
  const owner = ownerPredicate(session);
  if (!owner) return { ok: true, value: null };
  const result = await ctCall(() =>
    ctApi()
      .orders()
      .get({
        queryArgs: {
          where: `purchaseOrderNumber = :attempt and ${owner.where}`,
          'var.attempt': attemptReference(idempotencyKey),
          ...owner.vars,
          sort: 'createdAt asc',
          limit: 1,
          withTotal: false,
          expand: ORDER_EXPAND,
        },
      })
      .execute(),
  );
  return firstOf(result);
}

/** Creates the order from the cart at exactly this version (commercetools answers 409 otherwise). */
export function createOrderFromCart(cart: { id: string; version: number }): Promise<DetailedResult<Order>> {
  return ctCallDetailed(() =>
    ctApi()
      .orders()
      .post({
        body: { cart: { typeId: 'cart', id: cart.id }, version: cart.version, orderNumber: orderNumberFor(cart.id) },
        queryArgs: { expand: ORDER_EXPAND },
      })
      .execute(),
  );
}

/** A session may see an order it placed (guest confirmation) or one of its signed-in customer's. */
export function orderVisibleTo(order: Order, session: SessionData): boolean {
  if (session.customerId && order.customerId === session.customerId) return true;
  return Boolean(session.orderIds?.includes(order.id));
}

/** An order by id if this session may see it; null otherwise (unknown and not yours look the same). */
export async function getSessionOrder(session: SessionData | null, orderId: string): Promise<CtResult<Order | null>> {
  if (!session || (!session.customerId && !session.orderIds?.includes(orderId))) return { ok: true, value: null };
  const result = await ctCall(() => ctApi().orders().withId({ ID: orderId }).get({ queryArgs: { expand: ORDER_EXPAND } }).execute());
  if (!result.ok) return result.kind === 'not_found' ? { ok: true, value: null } : result;
  return { ok: true, value: orderVisibleTo(result.value, session) ? result.value : null };
}

export const ORDER_LIST_LIMIT = 50;

/** The signed-in customer's orders and the orders this session placed, newest first. */
export async function listSessionOrders(session: SessionData | null): Promise<CtResult<Order[]>> {
  const conditions: string[] = [];
  const vars: Record<string, string | string[]> = {};
  if (session?.customerId) {
    conditions.push('customerId = :customerId');
    vars['var.customerId'] = session.customerId;
  }
  if (session?.orderIds?.length) {
    conditions.push('id in :orderIds');
    vars['var.orderIds'] = session.orderIds;
  }
  if (!conditions.length) return { ok: true, value: [] };
  const result = await ctCall(() =>
    ctApi()
      .orders()
      .get({
        queryArgs: { where: conditions.join(' or '), ...vars, sort: 'createdAt desc', limit: ORDER_LIST_LIMIT, withTotal: false, expand: ORDER_EXPAND },
      })
      .execute(),
  );
  if (!result.ok) return result;
  // The query already restricts to this session's orders; the check is the one rule, applied once more.
  return { ok: true, value: result.value.results.filter((order) => orderVisibleTo(order, session!)) };
}

/** After an order: the session forgets the cart it was made from and remembers the order id. */
export async function rememberOrder(session: SessionHandle, order: Order): Promise<void> {
  const data = await session.ensure();
  const orderIds = [...(data.orderIds ?? []).filter((id) => id !== order.id), order.id].slice(-MAX_SESSION_ORDERS);
  const ordered = data.cartId !== undefined && data.cartId === order.cart?.id;
  await session.update({ orderIds, ...(ordered ? { cartId: undefined, cartVersion: undefined } : {}) });
}

