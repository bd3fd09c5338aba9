// The payment provider interface. Two flows, one folder per provider (docs/payments.md):
//
// - `direct`: the server takes the payment and places the order (lib/shop/checkout/place-order.ts).
//   It calls `authorize` once per order attempt, after it has re-checked the cart and before it
//   creates the order. An authorized payment comes back with the cart update actions that attach it
//   (commercetools `addPayment`); the checkout applies them in the same versioned cart update that
//   claims the cart for this attempt, so of concurrent attempts exactly one proceeds. The others call
//   `release` (void the authorization), as does an attempt whose order could not be created after all.
//   Providers: `test` (local backend only, ./test-provider.ts); a server-side PSP integration (e.g.
//   Stripe with a PaymentIntent) would be another.
// - `hosted`: the shopper pays in the provider's own UI and the provider creates the payment and the
//   order (lib/shop/checkout/payment-session.ts). The server only starts a session for the cart, as
//   late as possible, and afterwards confirms the order the provider reports.
//   Provider: `commercetools-checkout` (Payment Only mode, ./commercetools-checkout/).
//
// `none` (no provider): placing an order is a 422.
import type { Cart, CartUpdateAction } from '@commercetools/platform-sdk';
import type { CtResult } from '@/lib/commercetools/result';
import type { Money, PaymentSession } from '@/lib/types';

export type PaymentContext = {
  /**
   * Stable for one attempt at one cart state (`{cartId}:{version}`): a provider passes it to its
   * payment service as that service's idempotency key, so a repeated attempt never authorizes twice.
   */
  attemptKey: string;
  /** The shopper's Idempotency-Key for the order request. */
  idempotencyKey: string;
  /** Who pays: the signed-in customer, or the guest's anonymous id. */
  owner: { customerId?: string; anonymousId?: string };
  /** Only the test provider reads it: `decline` simulates a declined card. */
  testOutcome?: 'approve' | 'decline';
};

export type Authorization =
  | {
      outcome: 'authorized';
      /** What was authorized: the checkout checks it is still the cart's total after attaching. */
      amount: Money;
      /** Cart update actions attaching the payment (e.g. addPayment). */
      cartActions: CartUpdateAction[];
      /** Voids the authorization when no order came of it. Best effort, never throws. */
      release(): Promise<void>;
    }
  | { outcome: 'declined' };

export interface DirectPaymentProvider {
  readonly name: string;
  readonly flow: 'direct';
  /** Authorizes the cart's total; a failure reaching the provider is a CtFailure (502/503). */
  authorize(cart: Cart, context: PaymentContext): Promise<CtResult<Authorization>>;
}

/** What the browser needs to open the hosted payment UI (lib/types.ts). None of it is a credential. */
export type { PaymentSession } from '@/lib/types';

export interface HostedPaymentProvider {
  readonly name: string;
  readonly flow: 'hosted';
  /** Starts the provider's payment session for the cart (ready and re-checked by the caller). */
  startSession(cart: Cart): Promise<CtResult<PaymentSession>>;
}

export type PaymentProvider = DirectPaymentProvider | HostedPaymentProvider;
