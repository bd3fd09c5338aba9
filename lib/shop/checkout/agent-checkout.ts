import 'server-only';
// Checkouts an AI agent runs for a signed-in customer (the agent front door, lib/agents): the
// checkout is a cart of that customer, changed with the same rules as the storefront's cart
// (lib/shop/cart). An agent never places the order: the customer reviews and pays in the
// storefront, where `adoptAgentCart` makes the agent's cart the session's cart, and the normal
// checkout places it exactly once (place-order.ts, payment-session.ts).
import { deleteCart, fetchCart } from '@/lib/commercetools/carts';
import { reshapeOrder } from '@/lib/commercetools/mappers/order';
import { findOrderForCart } from '@/lib/commercetools/orders';
import type { Cart, Order } from '@/lib/types';
import { cartOwnedBy, rememberCart } from '../cart/owned-cart';
import { addLineItem, changeLineItemQuantity, removeLineItem } from '../cart/line-items';
import { cartView } from '../cart/view';
import { ownedBy, type Shopper } from '../context';
import { fromCtFailure, notFound, ShopError } from '../errors';

export type AgentLine = { sku: string; quantity: number };
export type AgentCheckoutState = { cart: Cart; order?: undefined } | { cart?: undefined; order: Order };

/** Agent checkouts belong to a customer: a token without one (client credentials) cannot shop. */
async function customerOf(shopper: Shopper): Promise<string> {
  const { customerId } = await shopper.context();
  if (!customerId) throw new ShopError('unauthenticated');
  return customerId;
}

/** A new checkout with these lines (each checked like an add to cart: sellable, limits). */
export async function createAgentCheckout(shopper: Shopper, lines: readonly AgentLine[]): Promise<Cart> {
  await customerOf(shopper);
  await shopper.save({ cartId: undefined, cartVersion: undefined });
  let cart: Cart | undefined;
  for (const line of lines) cart = await addLineItem(shopper, line);
  return cart!;
}

/** The checkout as it is: its cart while open, its order once the customer placed it. */
export async function agentCheckoutState(shopper: Shopper): Promise<AgentCheckoutState> {
  await customerOf(shopper);
  const context = await shopper.context();
  if (!context.cartId) throw notFound();
  const read = await fetchCart(context.cartId);
  if (!read.ok) throw read.kind === 'not_found' ? notFound() : fromCtFailure(read);
  if (cartOwnedBy(read.value, context)) {
    await rememberCart(shopper, read.value);
    return { cart: await cartView(shopper, read.value) };
  }
  if (read.value.cartState === 'Ordered' && ownedBy(read.value, context)) {
    const order = await findOrderForCart(read.value.id);
    if (order.ok && order.value && ownedBy(order.value, context)) return { order: reshapeOrder(order.value, context.market.language) };
  }
  throw notFound();
}

/** Makes the checkout's lines exactly `lines` (UCP updates send the whole list). */
export async function replaceAgentLines(shopper: Shopper, lines: readonly AgentLine[]): Promise<Cart> {
  const state = await agentCheckoutState(shopper);
  if (!state.cart) throw new ShopError('cart_changed');
  let cart = state.cart;
  const wanted = new Map(lines.map((l) => [l.sku, l.quantity]));
  for (const line of cart.lineItems) {
    const quantity = wanted.get(line.sku);
    if (quantity === undefined) cart = await removeLineItem(shopper, line.id);
    else if (quantity !== line.quantity) cart = await changeLineItemQuantity(shopper, line.id, quantity);
  }
  for (const { sku, quantity } of lines) {
    if (!cart.lineItems.some((l) => l.sku === sku)) cart = await addLineItem(shopper, { sku, quantity });
  }
  return cart;
}

/** Cancels an open checkout: its cart is deleted. */
export async function cancelAgentCheckout(shopper: Shopper): Promise<void> {
  await customerOf(shopper);
  const context = await shopper.context();
  if (!context.cartId) throw notFound();
  const read = await fetchCart(context.cartId);
  if (!read.ok || !cartOwnedBy(read.value, context)) throw notFound();
  const deleted = await deleteCart(read.value);
  if (!deleted.ok && deleted.kind !== 'not_found') throw fromCtFailure(deleted);
}

/**
 * The signed-in customer takes over the checkout an agent prepared for them: it becomes the
 * session's cart, so the storefront's checkout shows it and places it. Someone else's is a 404.
 */
export async function adoptAgentCart(shopper: Shopper, cartId: string): Promise<Cart> {
  const context = await shopper.context();
  if (!context.customerId) throw new ShopError('unauthenticated');
  const read = await fetchCart(cartId);
  if (!read.ok || !cartOwnedBy(read.value, context)) throw notFound();
  await rememberCart(shopper, read.value);
  return cartView(shopper, read.value);
}
