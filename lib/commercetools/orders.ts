import 'server-only';
// Order queries and creation. Who may see an order is a shop rule (lib/shop/orders); queries take
// input through predicate variables only.
import { createHash } from 'node:crypto';
import type { Order, OrderPagedQueryResponse } from '@commercetools/platform-sdk';
import { CART_EXPAND } from './carts';
import { ctApi } from './client';
import { ctCall, type CtResult } from './result';

const ORDER_EXPAND = CART_EXPAND;

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

/** Whose orders a query looks at: a customer's, or a guest's anonymous id's. */
export type OrderOwner = { customerId?: string; anonymousId?: string };

function ownerPredicate(owner: OrderOwner): { where: string; vars: Record<string, string> } | null {
  if (owner.customerId) return { where: 'customerId = :owner', vars: { 'var.owner': owner.customerId } };
  if (owner.anonymousId) return { where: 'anonymousId = :owner', vars: { 'var.owner': owner.anonymousId } };
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

/** The owner's order placed with this Idempotency-Key, if any. */
export async function findOrderByAttempt(owner: OrderOwner, idempotencyKey: string): Promise<CtResult<Order | null>> {
  const predicate = ownerPredicate(owner);
  if (!predicate) return { ok: true, value: null };
  const result = await ctCall(() =>
    ctApi()
      .orders()
      .get({
        queryArgs: {
          where: `purchaseOrderNumber = :attempt and ${predicate.where}`,
          'var.attempt': attemptReference(idempotencyKey),
          ...predicate.vars,
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
export function createOrderFromCart(cart: { id: string; version: number }): Promise<CtResult<Order>> {
  return ctCall(() =>
    ctApi()
      .orders()
      .post({
        body: { cart: { typeId: 'cart', id: cart.id }, version: cart.version, orderNumber: orderNumberFor(cart.id) },
        queryArgs: { expand: ORDER_EXPAND },
      })
      .execute(),
  );
}

export function getOrder(orderId: string): Promise<CtResult<Order>> {
  return ctCall(() => ctApi().orders().withId({ ID: orderId }).get({ queryArgs: { expand: ORDER_EXPAND } }).execute());
}

/** Orders of a customer and/or with these ids, newest first (at most `limit`). */
export async function queryOrders(where: { customerId?: string; orderIds?: readonly string[] }, limit: number): Promise<CtResult<Order[]>> {
  const conditions: string[] = [];
  const vars: Record<string, string | string[]> = {};
  if (where.customerId) {
    conditions.push('customerId = :customerId');
    vars['var.customerId'] = where.customerId;
  }
  if (where.orderIds?.length) {
    conditions.push('id in :orderIds');
    vars['var.orderIds'] = [...where.orderIds];
  }
  if (!conditions.length) return { ok: true, value: [] };
  const result = await ctCall(() =>
    ctApi()
      .orders()
      .get({ queryArgs: { where: conditions.join(' or '), ...vars, sort: 'createdAt desc', limit, withTotal: false, expand: ORDER_EXPAND } })
      .execute(),
  );
  return result.ok ? { ok: true, value: result.value.results } : result;
}

/** Every order of a customer, oldest first, paged by id (no offset limit); at most `max`. */
export async function allOrdersOfCustomer(customerId: string, max: number): Promise<CtResult<Order[]>> {
  const orders: Order[] = [];
  let after: string | undefined;
  while (orders.length < max) {
    const page = await ctCall(() =>
      ctApi()
        .orders()
        .get({
          queryArgs: {
            where: after ? 'customerId = :customerId and id > :after' : 'customerId = :customerId',
            'var.customerId': customerId,
            ...(after ? { 'var.after': after } : {}),
            sort: 'id asc',
            limit: Math.min(500, max - orders.length),
            withTotal: false,
            expand: ORDER_EXPAND,
          },
        })
        .execute(),
    );
    if (!page.ok) return page;
    orders.push(...page.value.results);
    if (page.value.results.length === 0 || page.value.count < page.value.limit) break;
    after = page.value.results.at(-1)!.id;
  }
  return { ok: true, value: orders };
}
