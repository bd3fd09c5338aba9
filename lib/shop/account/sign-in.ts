import 'server-only';
// Signing in and signing up through the storefront's own API client. The guest's cart comes along
// (merged into the customer's, or becoming it), so do the guest's orders (commercetools moves
// them to the customer) and the guest's wishlist (../wishlist/merge.ts). Starting the signed-in session (a new session id) is the front door's job.
import type { Cart } from '@commercetools/platform-sdk';
import {
  isInvalidCredentials,
  isRefusedSignUp,
  signIn as ctSignIn,
  signUp as ctSignUp,
  type AnonymousSession,
  type SignInResult,
} from '@/lib/commercetools/customer';
import { toCustomerProfile } from '@/lib/commercetools/mappers/customer';
import { log } from '@/lib/log';
import { passwordProblem } from '@/lib/security/passwords';
import type { CartSummary, CustomerProfile } from '@/lib/types';
import { loadOwnedCart } from '../cart/owned-cart';
import { cartSummary } from '../cart/view';
import type { Shopper } from '../context';
import { fromCtFailure, ShopError } from '../errors';
import { guestWishlistOf, mergeGuestWishlist } from '../wishlist/merge';

export type SignedIn = {
  customerId: string;
  /** The customer's active cart after the merge, if any. */
  cart: Pick<Cart, 'id' | 'version'> | null;
  /** The customer's wishlist after the guest's was merged into it, if the guest had one. */
  wishlistId?: string;
  /** What the API answers. */
  view: { customer: CustomerProfile; cart: CartSummary | null };
};

/**
 * What the guest brings: their cart (only if they still own it) and anonymous id. A shopper already
 * signed in brings nothing: one customer's cart never moves to another customer.
 */
async function anonymousSessionOf(shopper: Shopper): Promise<AnonymousSession> {
  const context = await shopper.context();
  if (context.customerId) return {};
  const owned = await loadOwnedCart(shopper, 'peek');
  return { ...(owned ? { cartId: owned.id } : {}), ...(context.anonymousId ? { anonymousId: context.anonymousId } : {}) };
}

function signedIn(result: SignInResult): SignedIn {
  const cart = result.cart && result.cart.cartState === 'Active' ? result.cart : null;
  return {
    customerId: result.customer.id,
    cart: cart ? { id: cart.id, version: cart.version } : null,
    view: { customer: toCustomerProfile(result.customer), cart: cartSummary(cart) },
  };
}

/**
 * Signs in (or up) with the guest's wishlist following: read while the guest still owns it, moved
 * once the customer is known. A failure there costs the guest's list, never the sign-in (a guest
 * list left behind expires by itself, lib/commercetools/shopping-lists.ts).
 */
async function withGuestWishlist(shopper: Shopper, signInWith: () => Promise<SignedIn>): Promise<SignedIn> {
  const wishlistProblem = (error: unknown) => {
    if (!(error instanceof ShopError)) throw error;
    log.warn('wishlist.merge_failed', { reason: error.reason });
    return null;
  };
  const guestList = await guestWishlistOf(shopper).catch(wishlistProblem);
  const done = await signInWith();
  const wishlistId = await mergeGuestWishlist(guestList, done.customerId).catch(wishlistProblem);
  return wishlistId ? { ...done, wishlistId } : done;
}

/** commercetools answers an unknown email and a wrong password alike: sign_in_failed. */
export async function signIn(shopper: Shopper, credentials: { email: string; password: string }): Promise<SignedIn> {
  return withGuestWishlist(shopper, async () => {
    const result = await ctSignIn(credentials, await anonymousSessionOf(shopper));
    if (result.ok) return signedIn(result.value);
    if (isInvalidCredentials(result)) throw new ShopError('sign_in_failed');
    throw fromCtFailure(result);
  });
}

/**
 * Every refusal of well-formed details is one answer (sign_up_refused): an email that already has
 * an account, a common password, a password equal to the email. It never says which.
 */
export async function signUp(
  shopper: Shopper,
  details: { email: string; password: string; firstName: string; lastName: string },
): Promise<SignedIn> {
  const problem = passwordProblem(details.password, details.email);
  if (problem) {
    log.info('auth.signup_refused', { reason: problem });
    throw new ShopError('sign_up_refused');
  }
  return withGuestWishlist(shopper, async () => {
    const result = await ctSignUp(details, await anonymousSessionOf(shopper));
    if (result.ok) return signedIn(result.value);
    if (isRefusedSignUp(result)) {
      log.info('auth.signup_refused', { reason: result.codes.join(',') || 'invalid' });
      throw new ShopError('sign_up_refused');
    }
    throw fromCtFailure(result);
  });
}
