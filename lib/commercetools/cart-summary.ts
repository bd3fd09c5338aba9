import 'server-only';
// The header's view of the session cart: id and item count, only for a cart the session owns.
import type { Cart } from '@commercetools/platform-sdk';
import type { SessionData } from '@/lib/session';
import { ctApi } from './client';
import { ctCall, type CtResult } from './result';

/** A cart belongs to a session when it is Active and carries the session's customer or anonymous id. */
export function cartBelongsTo(cart: Cart, session: SessionData): boolean {
  if (cart.cartState !== 'Active') return false;
  if (session.customerId) return cart.customerId === session.customerId;
  return Boolean(session.anonymousId) && cart.anonymousId === session.anonymousId && !cart.customerId;
}

export async function getOwnedCartSummary(
  session: SessionData,
): Promise<CtResult<{ id: string; itemCount: number } | null>> {
  if (!session.cartId) return { ok: true, value: null };
  const cartId = session.cartId;
  const result = await ctCall(() => ctApi().carts().withId({ ID: cartId }).get().execute());
  if (!result.ok) return result.kind === 'not_found' ? { ok: true, value: null } : result;
  const cart = result.value;
  if (!cartBelongsTo(cart, session)) return { ok: true, value: null };
  return { ok: true, value: { id: cart.id, itemCount: cart.lineItems.reduce((n, line) => n + line.quantity, 0) } };
}
