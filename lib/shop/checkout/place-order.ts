import 'server-only';
// Placing the order: re-reads and re-checks everything, has the payment authorized, then turns the
// cart into an order exactly once, whatever races it (see placeOrder).
import type { Cart, CartUpdateAction, Order as CtOrder } from '@commercetools/platform-sdk';
import { fetchCart, updateCart } from '@/lib/commercetools/carts';
import { amountDue } from '@/lib/commercetools/mappers/cart';
import { reshapeOrder } from '@/lib/commercetools/mappers/order';
import { attemptReference, createOrderFromCart, findOrderByAttempt, findOrderForCart } from '@/lib/commercetools/orders';
import { mailOrderConfirmation } from '@/lib/mail';
import { paymentProvider } from '@/lib/payment';
import type { Money, Order } from '@/lib/types';
import { cartEmpty, cartOwnedBy, forgetCart, recordSnapshot } from '../cart/owned-cart';
import { ownedBy, type Shopper, type ShopperContext } from '../context';
import { fromCtFailure, notFound, ShopError, valueOr } from '../errors';
import { rememberOrder } from '../orders/orders';
import { assertReady, assertSellable, orderRefused } from './readiness';

export type PlaceOrderInput = { idempotencyKey: string; testOutcome?: 'approve' | 'decline' };
/** 201 for a new order, 200 for the order this key (or this cart) already made. */
export type PlacedOrder = { status: 200 | 201; order: Order };

function sameMoney(a: Money, b: Money): boolean {
  return a.centAmount === b.centAmount && a.currencyCode === b.currencyCode;
}

async function placed(shopper: Shopper, order: CtOrder, status: 200 | 201): Promise<PlacedOrder> {
  await rememberOrder(shopper, order);
  const { market } = await shopper.context();
  const view = reshapeOrder(order, market.language);
  // Only the request that created the order answers 201: one confirmation per order, however often
  // the same Idempotency-Key is replayed.
  if (status === 201) mailOrderConfirmation(view, market);
  return { status, order: view };
}

/** The order this cart already became (another tab, a concurrent request), or cart_changed. */
async function orderPlacedMeanwhile(shopper: Shopper, context: ShopperContext, cartId: string): Promise<PlacedOrder> {
  const existing = await findOrderForCart(cartId);
  if (existing.ok && existing.value && ownedBy(existing.value, context)) return placed(shopper, existing.value, 200);
  throw new ShopError('cart_changed');
}

/** Takes the payment off the cart again after a failed attempt (best effort). */
async function undoClaim(cart: Cart, attached: CartUpdateAction[]): Promise<void> {
  const actions: CartUpdateAction[] = attached.flatMap((action) =>
    action.action === 'addPayment' ? [{ action: 'removePayment' as const, payment: action.payment }] : [],
  );
  const result = await updateCart(cart.id, cart.version, [...actions, { action: 'setPurchaseOrderNumber' }]);
  if (result.ok) recordSnapshot(result.value);
}

/**
 * In order:
 * 1. a direct payment provider must be configured (payments_not_configured otherwise;
 *    payment_flow_hosted when the shopper pays in commercetools Checkout instead);
 * 2. the same Idempotency-Key returns the order it made (200), found by the attempt reference the
 *    order carries, so it holds across instances and after the shopper forgot the cart;
 * 3. the cart must be the shopper's, Active, and at the version the shopper last saw (409
 *    otherwise); a cart that was already ordered answers with that order (200);
 * 4. email, shipping address and shipping method set, every line still sellable (422);
 * 5. the provider authorizes the total (402 when declined: no order, the cart untouched);
 * 6. one versioned cart update attaches the payment and the attempt reference: of concurrent
 *    attempts exactly one passes, the others release their authorization and answer with the order
 *    if it exists already, else 409;
 * 7. the order is created from that cart version with an order number derived from the cart
 *    (commercetools refuses a second one); the shopper forgets the cart and remembers the order.
 */
export async function placeOrder(shopper: Shopper, input: PlaceOrderInput): Promise<PlacedOrder> {
  const provider = await paymentProvider();
  if (!provider) throw new ShopError('payments_not_configured');
  // A hosted provider (commercetools Checkout) creates the order itself: lib/shop/checkout/payment-session.ts.
  if (provider.flow !== 'direct') throw new ShopError('payment_flow_hosted');
  const context = await shopper.context();

  const [byAttempt, read] = await Promise.all([
    findOrderByAttempt(context, input.idempotencyKey),
    context.cartId ? fetchCart(context.cartId) : Promise.resolve(null),
  ]);
  const earlier = valueOr(byAttempt);
  if (read && !read.ok && read.kind !== 'not_found') throw fromCtFailure(read);
  const cart = read?.ok ? read.value : null;

  if (earlier) {
    if (cart && cartOwnedBy(cart, context) && cart.id !== earlier.cart?.id) throw new ShopError('idempotency_key_reused');
    return placed(shopper, earlier, 200);
  }
  if (!cart) {
    if (context.cartId) await forgetCart(shopper);
    throw cartEmpty();
  }
  if (cart.cartState === 'Ordered' && ownedBy(cart, context)) return orderPlacedMeanwhile(shopper, context, cart.id);
  if (!cartOwnedBy(cart, context)) {
    await forgetCart(shopper);
    throw notFound();
  }
  recordSnapshot(cart);
  if (context.cartVersion !== cart.version) throw new ShopError('cart_changed_since_review');

  assertReady(cart);
  // Lines are checked where the cart prices them: its own currency and country.
  const market = context.market;
  await assertSellable(cart, { currency: cart.totalPrice.currencyCode, country: cart.country ?? market.country, language: market.language });

  const authorized = valueOr(
    await provider.authorize(cart, {
      attemptKey: `${cart.id}:${cart.version}`,
      idempotencyKey: input.idempotencyKey,
      owner: context,
      ...(input.testOutcome ? { testOutcome: input.testOutcome } : {}),
    }),
  );
  if (authorized.outcome === 'declined') throw new ShopError('payment_declined');
  const { amount, cartActions, release } = authorized;

  const claimed = await updateCart(cart.id, cart.version, [
    ...cartActions,
    { action: 'setPurchaseOrderNumber', purchaseOrderNumber: attemptReference(input.idempotencyKey) },
  ]);
  if (!claimed.ok) {
    await release();
    if (claimed.kind === 'conflict') return orderPlacedMeanwhile(shopper, context, cart.id);
    throw claimed.kind === 'not_found' ? notFound() : fromCtFailure(claimed);
  }
  recordSnapshot(claimed.value);
  // Any cart update brings prices up to date; the order must cost what the shopper reviewed.
  if (!sameMoney(amountDue(claimed.value), amount)) {
    await release();
    await undoClaim(claimed.value, cartActions);
    throw new ShopError('prices_changed');
  }

  const created = await createOrderFromCart(claimed.value);
  if (!created.ok) {
    if (created.kind === 'conflict' || created.codes.includes('DuplicateField')) {
      const existing = await findOrderForCart(cart.id);
      if (existing.ok && existing.value && ownedBy(existing.value, context)) {
        await release();
        return placed(shopper, existing.value, 200);
      }
    }
    await release();
    await undoClaim(claimed.value, cartActions);
    throw created.kind === 'conflict' ? new ShopError('cart_changed') : created.kind === 'invalid' ? orderRefused(created) : fromCtFailure(created);
  }
  return placed(shopper, created.value, 201);
}
