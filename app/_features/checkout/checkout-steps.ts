// The checkout's steps and where a returning shopper picks up.
import type { Cart } from '@/lib/types';

export type CheckoutStep = 'details' | 'shipping' | 'review';
export const CHECKOUT_STEPS: readonly CheckoutStep[] = ['details', 'shipping', 'review'];

/** The first step the cart still needs: contact and address, then a shipping method, then review. */
export function firstOpenStep(cart: Pick<Cart, 'email' | 'shippingAddress' | 'shippingMethod'>): CheckoutStep {
  if (!cart.email || !cart.shippingAddress) return 'details';
  if (!cart.shippingMethod) return 'shipping';
  return 'review';
}
