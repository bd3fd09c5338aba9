import 'server-only';
// Session lifecycle around sign-in, sign-up and sign-out: a new session id each time, and the old
// id revoked when it was signed in (./revocation.ts), so a copy of the old cookie is worthless.
import { RedisUnavailableError } from '@/lib/redis';
import type { SignedIn } from '@/lib/shop/account/sign-in';
import { ShopError } from '@/lib/shop/errors';
import type { SessionHandle } from './index';
import { revokeSession, signOutCustomerEverywhere } from './revocation';

/** Runs a store write; an unavailable store is upstream_unavailable, never a silent "signed out". */
async function orFail<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof RedisUnavailableError) throw new ShopError('upstream_unavailable');
    throw error;
  }
}

const revokeOrFail = (session: { sid: string; exp?: number }) => orFail(() => revokeSession(session));

/**
 * Replaces the session with a new id carrying the customer, their cart and wishlist. The market stays; a
 * guest's order ids stay (the confirmation page keeps working; those orders are the customer's
 * now). Switching from one signed-in customer to another signs the first one out: its session id
 * is revoked and nothing of it is kept but the market.
 */
export async function startSignedInSession(session: SessionHandle, signedIn: SignedIn): Promise<void> {
  const previous = await session.current();
  if (previous?.customerId) await revokeOrFail(previous);
  session.rotate({
    ...(previous?.market ? { market: previous.market } : {}),
    customerId: signedIn.customerId,
    authAt: Date.now(),
    ...(signedIn.cart ? { cartId: signedIn.cart.id, cartVersion: signedIn.cart.version } : {}),
    ...(signedIn.wishlistId ? { wishlistId: signedIn.wishlistId } : {}),
    ...(!previous?.customerId && previous?.orderIds?.length ? { orderIds: previous.orderIds } : {}),
  });
}

/**
 * Signs out: a fresh session keeps only the market. A signed-in session's id is revoked (a copy of
 * the cookie must not stay signed in); a guest's is not: it grants no more than its cart, and
 * anonymous traffic must not be able to grow the revocation store.
 */
export async function endSession(session: SessionHandle): Promise<{ signedIn: boolean } | null> {
  const current = await session.current();
  if (!current) return null;
  if (current.customerId) await revokeOrFail(current);
  session.rotate(current.market ? { market: current.market } : {});
  return { signedIn: Boolean(current.customerId) };
}

/**
 * After the customer's password changed in this session: every other session of theirs is signed
 * out (./revocation.ts), and this one continues under a new id dated after that moment.
 */
export async function keepOnlyThisSession(session: SessionHandle): Promise<void> {
  const current = await session.current();
  if (!current?.customerId) return;
  const at = await orFail(() => signOutCustomerEverywhere(current.customerId!));
  await revokeOrFail(current);
  const keep: Partial<typeof current> = { ...current };
  delete keep.sid;
  delete keep.exp;
  session.rotate({ ...keep, authAt: at });
}

/** Signs out every session of a customer (a password reset, a deleted account). */
export async function signOutCustomer(customerId: string): Promise<void> {
  await orFail(() => signOutCustomerEverywhere(customerId));
}

/** "Sign out everywhere": every session of the signed-in customer, this one included. */
export async function endEverySession(session: SessionHandle): Promise<boolean> {
  const current = await session.current();
  if (!current?.customerId) return false;
  await signOutCustomer(current.customerId);
  await endSession(session);
  return true;
}
