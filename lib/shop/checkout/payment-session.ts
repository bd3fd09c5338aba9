import 'server-only';
// Paying in a hosted payment UI (commercetools Checkout, lib/payment/commercetools-checkout): the
// server starts a payment session for the shopper's own, ready cart, as late as possible (when the
// shopper presses "Pay now"), and afterwards confirms the order the provider reports before the
// storefront shows it. The provider creates the payment and the order; we never take its word for
// whose order it is. Docs: docs/payments.md.
import type { Cart, Order as CtOrder } from '@commercetools/platform-sdk';
import { fetchCart } from '@/lib/commercetools/carts';
import { reshapeOrder } from '@/lib/commercetools/mappers/order';
import { getOrder } from '@/lib/commercetools/orders';
import { mailOrderConfirmation } from '@/lib/mail';
import { paymentProvider, type PaymentSession } from '@/lib/payment';
import type { HostedPaymentProvider } from '@/lib/payment/types';
import { onceStore } from '@/lib/security/replay-guard';
import type { Order } from '@/lib/types';
import { cartEmpty, cartOwnedBy, forgetCart, recordSnapshot } from '../cart/owned-cart';
import { ownedBy, type Shopper } from '../context';
import { fromCtFailure, notFound, ShopError, valueOr } from '../errors';
import { rememberOrder } from '../orders/orders';
import { assertReady, assertSellable } from './readiness';

async function hostedProvider(): Promise<HostedPaymentProvider> {
  const provider = await paymentProvider();
  if (!provider) throw new ShopError('payments_not_configured');
  if (provider.flow !== 'hosted') throw new ShopError('payment_flow_direct');
  return provider;
}

/** The shopper's cart as it is now: theirs, Active, at the version they reviewed. */
async function reviewedCart(shopper: Shopper): Promise<Cart> {
  const context = await shopper.context();
  if (!context.cartId) throw cartEmpty();
  const read = await fetchCart(context.cartId);
  if (!read.ok) {
    if (read.kind !== 'not_found') throw fromCtFailure(read);
    await forgetCart(shopper);
    throw cartEmpty();
  }
  const cart = read.value;
  if (!cartOwnedBy(cart, context)) {
    await forgetCart(shopper);
    throw notFound();
  }
  recordSnapshot(cart);
  if (context.cartVersion !== cart.version) throw new ShopError('cart_changed_since_review');
  return cart;
}

/**
 * Starts a payment session for the shopper's cart: 422 unless it has email, addresses, a shipping
 * method and only sellable lines (the same checks as placing an order), 409 when it changed since the
 * shopper reviewed it. Each session costs upstream work, so it is throttled per shopper.
 */
export async function startPaymentSession(shopper: Shopper): Promise<PaymentSession> {
  const provider = await hostedProvider();
  const cart = await reviewedCart(shopper);
  assertReady(cart);
  const { market } = await shopper.context();
  await assertSellable(cart, { currency: cart.totalPrice.currencyCode, country: cart.country ?? market.country, language: market.language });
  const slot = await shopper.attempt('payment_session');
  const started = await provider.startSession(cart);
  if (!started.ok) {
    await slot.release();
    throw fromCtFailure(started);
  }
  return started.value;
}

/** 201: this request confirmed the order (the cart is forgotten, one confirmation mail); 200: a repeat. */
export type ConfirmedOrder = { status: 200 | 201; order: Order };

/** One confirmation mail per order, however many requests (tabs, instances) confirm it at once. */
async function firstConfirmation(order: CtOrder): Promise<boolean> {
  return onceStore().claim(`order-confirmation:${order.id}`, 7 * 24 * 3600);
}

/**
 * The order the hosted payment reported (`orderId` from the browser, so untrusted): it must exist,
 * belong to this shopper, and have been made from this session's cart. A repeat for an order this
 * shopper already confirmed answers it again (200). Anything else is a 404, whoever's order it is.
 */
export async function confirmHostedOrder(shopper: Shopper, orderId: string): Promise<ConfirmedOrder> {
  await hostedProvider();
  const context = await shopper.context();
  const read = await getOrder(orderId);
  if (!read.ok && read.kind === 'not_found') throw notFound();
  const order = valueOr(read);
  if (!ownedBy(order, context)) throw notFound();
  const fromThisCart = context.cartId !== undefined && order.cart?.id === context.cartId;
  const confirmedBefore = context.orderIds?.includes(order.id) ?? false;
  if (!fromThisCart && !confirmedBefore) throw notFound();

  const view = reshapeOrder(order, context.market.language);
  if (!fromThisCart) return { status: 200, order: view };
  await rememberOrder(shopper, order);
  if (await firstConfirmation(order)) mailOrderConfirmation(view, context.market);
  return { status: 201, order: view };
}
