// Opens commercetools Checkout's payment UI (Payment Only mode) for a session the server started,
// and turns the Checkout Messages it posts into four outcomes. The SDK is loaded only when the
// shopper presses "Pay now", so it costs the other pages nothing. Message codes:
// https://docs.commercetools.com/checkout/messages; the SDK: docs/payments.md.
import type { PaymentSession } from '@/lib/types';

export type HostedPaymentOutcome =
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

export async function openHostedPayment(session: PaymentSession, locale: string, onOutcome: (outcome: HostedPaymentOutcome) => void): Promise<void> {
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
