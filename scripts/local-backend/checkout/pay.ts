// What commercetools Checkout does when the shopper pays in Payment Only mode, done the same way
// through the commercetools API: a Payment for the cart's total with an Authorization transaction,
// attached to the cart with addPayment, and (when it succeeded) an Order created from the cart.
// A declined card leaves a Payment with a failed transaction on the cart and no order.
import type { Cart, Order, Payment } from '@commercetools/platform-sdk';
import type { ProjectClient } from './project-client';

/** Stripe's well-known test card numbers, so the page is familiar: this one is declined. */
export const DECLINED_CARD = '4000000000000002';

export type PayOutcome =
  | { status: 'completed'; orderId: string }
  | { status: 'declined'; paymentId: string }
  | { status: 'cart_not_active' }
  | { status: 'cart_not_found' };

function totalOf(cart: Cart) {
  const money = cart.taxedPrice?.totalGross ?? cart.totalPrice;
  return { currencyCode: money.currencyCode, centAmount: money.centAmount };
}

async function addPayment(api: ProjectClient, cartId: string, paymentId: string): Promise<Cart | null> {
  // One retry on a version conflict (the shopper's tab may have touched the cart meanwhile).
  for (let attempt = 0; attempt < 2; attempt++) {
    const read = await api.call<Cart>('GET', `/carts/${cartId}`);
    if (read.status !== 200 || read.body.cartState !== 'Active') return null;
    const updated = await api.call<Cart>('POST', `/carts/${cartId}`, {
      version: read.body.version,
      actions: [{ action: 'addPayment', payment: { typeId: 'payment', id: paymentId } }],
    });
    if (updated.status === 200) return updated.body;
    if (updated.status !== 409) return null;
  }
  return null;
}

export async function payForCart(api: ProjectClient, cartId: string, sessionId: string, cardNumber: string): Promise<PayOutcome> {
  const read = await api.call<Cart>('GET', `/carts/${cartId}`);
  if (read.status === 404) return { status: 'cart_not_found' };
  if (read.status !== 200) throw new Error(`checkout simulation: reading the cart answered ${read.status}`);
  const cart = read.body;
  if (cart.cartState !== 'Active') return { status: 'cart_not_active' };

  const declined = cardNumber.replace(/\s+/g, '') === DECLINED_CARD;
  const amount = totalOf(cart);
  const created = await api.call<Payment>('POST', '/payments', {
    amountPlanned: amount,
    paymentMethodInfo: { paymentInterface: 'checkout-simulation', method: 'card', name: { en: 'Card (local Checkout simulation)' } },
    ...(cart.customerId ? { customer: { typeId: 'customer', id: cart.customerId } } : { anonymousId: cart.anonymousId }),
    transactions: [
      { type: 'Authorization', amount, state: declined ? 'Failure' : 'Success', interactionId: sessionId, timestamp: new Date().toISOString() },
    ],
  });
  if (created.status !== 201) throw new Error(`checkout simulation: creating the payment answered ${created.status}`);
  const withPayment = await addPayment(api, cart.id, created.body.id);
  if (!withPayment) return { status: 'cart_not_active' };
  if (declined) return { status: 'declined', paymentId: created.body.id };

  const order = await api.call<Order>('POST', '/orders', { cart: { typeId: 'cart', id: withPayment.id }, version: withPayment.version });
  if (order.status === 201) return { status: 'completed', orderId: order.body.id };
  // The cart changed between attaching the payment and ordering: the shopper has to look again.
  return { status: 'cart_not_active' };
}
