// Opens commercetools Checkout's payment UI (Payment Only mode) for a session the server started,
// and turns the Checkout Messages it posts into four outcomes. The SDK is loaded only when the
// shopper presses "Pay now", so it costs the other pages nothing. Message codes:
// https://docs.commercetools.com/checkout/messages; the SDK: docs/payments.md.
import * as shopApi from '@/lib/api-client';
import type { ApiFailure } from '@/lib/api-client';
import type { PaymentSession } from '@/lib/types';

type HostedPaymentOutcome =
  /** Checkout created the order: the server still has to confirm it is this shopper's. */
  | { kind: 'completed'; orderId: string }
  /** The shopper closed the payment UI: nothing happened, the cart is kept. */
  | { kind: 'cancelled' }
  /** A payment attempt failed; Checkout stays open so the shopper may try another way. */
  | { kind: 'declined' }
  /** Checkout could not go on (session expired, cart changed, configuration): it is closed. */
  | { kind: 'failed' };

type CheckoutMessage = { code?: unknown; payload?: unknown };

function orderIdOf(payload: unknown): string | null {
  const order = (payload as { order?: { id?: unknown } } | null)?.order;
  return typeof order?.id === 'string' ? order.id : null;
}

/** Payment errors the shopper can recover from inside Checkout (another card, another method). */
const RETRYABLE_ERRORS = new Set(['payment_failed', 'payment_cancelled']);

/** How a hosted payment ended, for the checkout page to say. */
export type HostedPaymentEnd =
  | { kind: 'ordered'; orderId: string }
  /** The server refused to start the session or to confirm the order. */
  | { kind: 'refused'; failure: ApiFailure; confirming: boolean }
  | { kind: 'closed'; reason: 'cancelled' | 'declined' | 'failed' };

/**
 * "Pay now": the server starts a session for the reviewed cart, Checkout takes the payment and makes
 * the order, the server confirms the order is this shopper's. `onEnd` is called exactly once.
 */
export async function payInCheckout(locale: string, onEnd: (end: HostedPaymentEnd) => void): Promise<void> {
  const started = await shopApi.startPaymentSession();
  if (!started.ok) return onEnd({ kind: 'refused', failure: started, confirming: false });
  // Checkout says a decline itself and stays open: remembered for when the shopper closes it.
  let declined = false;
  const onOutcome = async (outcome: HostedPaymentOutcome) => {
    if (outcome.kind === 'declined') {
      declined = true;
    } else if (outcome.kind === 'completed') {
      const confirmed = await shopApi.confirmHostedOrder(outcome.orderId);
      onEnd(confirmed.ok ? { kind: 'ordered', orderId: confirmed.body.order.id } : { kind: 'refused', failure: confirmed, confirming: true });
    } else {
      onEnd({ kind: 'closed', reason: outcome.kind === 'failed' ? 'failed' : declined ? 'declined' : 'cancelled' });
    }
  };
  try {
    await openHostedPayment(started.body, locale, (outcome) => void onOutcome(outcome));
  } catch {
    // The SDK or Checkout's script could not be loaded (offline, blocked).
    onEnd({ kind: 'closed', reason: 'failed' });
  }
}

async function openHostedPayment(session: PaymentSession, locale: string, onOutcome: (outcome: HostedPaymentOutcome) => void): Promise<void> {
  const sdk = await import('@commercetools/checkout-browser-sdk');
  let settled = false;
  const settle = (outcome: HostedPaymentOutcome) => {
    if (settled) return;
    settled = outcome.kind !== 'declined';
    onOutcome(outcome);
  };
  sdk.paymentFlow({
    projectKey: session.projectKey,
    sessionId: session.sessionId,
    region: session.region,
    locale,
    logInfo: false,
    logWarn: false,
    logError: false,
    onInfo: (message: CheckoutMessage) => {
      if (message.code === 'checkout_completed' || message.code === 'order_created') {
        const orderId = orderIdOf(message.payload);
        if (orderId) settle({ kind: 'completed', orderId });
      } else if (message.code === 'checkout_cancelled') {
        settle({ kind: 'cancelled' });
      }
    },
    onError: (message: CheckoutMessage) => {
      if (typeof message.code === 'string' && RETRYABLE_ERRORS.has(message.code)) {
        settle({ kind: 'declined' });
        return;
      }
      sdk.close();
      settle({ kind: 'failed' });
    },
  });
}
