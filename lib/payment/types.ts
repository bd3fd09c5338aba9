// The payment provider interface: what placing an order needs from a payment integration.
//
// The checkout (lib/shop/checkout/place-order.ts) calls `authorize` once per order attempt, after it has
// re-checked the cart and before it creates the order. An authorized payment comes back with the cart
// update actions that attach it (commercetools `addPayment`); the checkout applies them in the same
// versioned cart update that claims the cart for this attempt, so of concurrent attempts exactly one
// proceeds. The others call `release` (void the authorization), as does an attempt whose order could
// not be created after all.
//
// Providers: `test` (local backend only, see ./test-provider.ts) and `none` (no provider: placing
// an order is a 422). The production provider, commercetools Checkout, is a later issue; it slots in
// here: its `authorize` confirms the Checkout payment session for this cart and returns its Payment.
import type { Cart, CartUpdateAction } from '@commercetools/platform-sdk';
import type { CtResult } from '@/lib/commercetools/result';
import type { Money } from '@/lib/types';

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

export interface PaymentProvider {
  readonly name: string;
  /** Authorizes the cart's total; a failure reaching the provider is a CtFailure (502/503). */
  authorize(cart: Cart, context: PaymentContext): Promise<CtResult<Authorization>>;
}
