// What sign-in and sign-up share: which anonymous cart the shopper brings along, and the session
// that comes out (a new session id, the customer, the customer's cart).
import { findOwnedCart, itemCount } from '@/lib/commercetools/cart';
import type { AnonymousSession, SignInResult } from '@/lib/commercetools/customer';
import { toCustomerProfile } from '@/lib/commercetools/mappers/customer';
import { AppError, appErrorFromCt } from '@/lib/http/errors';
import { RedisUnavailableError } from '@/lib/redis';
import type { SessionData, SessionHandle } from '@/lib/session';
import { revokeSession } from '@/lib/session/revocation';
import type { CustomerProfile } from '@/lib/types';

/**
 * The anonymous session a sign-in or sign-up takes along: the guest's cart (only if the session
 * still owns it: Active, same anonymousId) and the anonymousId (commercetools moves that guest's
 * orders to the customer). A session already signed in brings nothing: one customer's cart never
 * moves to another customer.
 */
export async function anonymousSessionOf(current: SessionData | null): Promise<AnonymousSession> {
  if (!current || current.customerId) return {};
  const owned = await findOwnedCart(current);
  if (!owned.ok) throw appErrorFromCt(owned);
  return {
    ...(owned.value ? { cartId: owned.value.id } : {}),
    ...(current.anonymousId ? { anonymousId: current.anonymousId } : {}),
  };
}

export type SignedInView = { customer: CustomerProfile; cart: { id: string; itemCount: number } | null };

/** Revokes a session id; an unavailable store is a 503, never a silent "signed out". */
export async function revokeOrFail(sid: string): Promise<void> {
  try {
    await revokeSession(sid);
  } catch (error) {
    if (error instanceof RedisUnavailableError) throw new AppError('upstream_unavailable');
    throw error;
  }
}

/**
 * Replaces the session with a new id carrying the customer and their cart. The market stays; a
 * guest's order ids stay (the confirmation page keeps working; those orders are the customer's
 * now). Switching from one signed-in customer to another signs the first one out: its session id
 * is revoked and nothing of it is kept but the market.
 */
export async function startSignedInSession(
  session: SessionHandle,
  previous: SessionData | null,
  result: SignInResult,
): Promise<SignedInView> {
  if (previous?.customerId) await revokeOrFail(previous.sid);
  const cart = result.cart && result.cart.cartState === 'Active' ? result.cart : null;
  session.rotate({
    ...(previous?.market ? { market: previous.market } : {}),
    customerId: result.customer.id,
    ...(cart ? { cartId: cart.id, cartVersion: cart.version } : {}),
    ...(!previous?.customerId && previous?.orderIds?.length ? { orderIds: previous.orderIds } : {}),
  });
  return {
    customer: toCustomerProfile(result.customer),
    cart: cart ? { id: cart.id, itemCount: itemCount(cart) } : null,
  };
}
