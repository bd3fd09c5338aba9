import 'server-only';
// The shopper's cart, and the one ownership rule: a cart is the shopper's when it is Active and
// carries the shopper's customer id (signed in) or anonymous id (guest). A cart that is gone is
// forgotten; one that is not the shopper's is forgotten and answered as not found. The shopper's own
// cart that is no longer Active is finished (commercetools Checkout, or another tab, ordered it): it
// is forgotten, its order remembered, and the shopper has no cart.
//
// Changes are one versioned update with the version the shopper last saw (`cartVersion`):
// ownership and the cart limits are checked against this instance's snapshot of exactly that
// version (./snapshots.ts), so the happy path is one commercetools request. A 409 means the cart
// moved on (another tab, another instance, ten adds at once): the change is re-planned on the version
// commercetools names (from this instance's snapshot when it has it, else one read), after a short
// jittered pause, a bounded number of times; only then does the 409 go to the client. A refused
// update changes nothing upstream.
import type { Cart, CartUpdateAction } from '@commercetools/platform-sdk';
import { fetchCart, updateCart } from '@/lib/commercetools/carts';
import { findOrderForCart } from '@/lib/commercetools/orders';
import { backoffDelay, DEFAULT_FETCH_OPTIONS } from '@/lib/commercetools/fetch';
import type { CtFailure } from '@/lib/commercetools/result';
import { serverEnv } from '@/lib/env';
import { ownedBy, type Shopper, type ShopperContext } from '../context';
import { fromCtFailure, notFound, ShopError } from '../errors';
import { rememberOrder } from '../orders/orders';
import { cartSnapshots, type CartSnapshot } from './snapshots';

export function cartOwnedBy(cart: { cartState: string; customerId?: string; anonymousId?: string }, context: ShopperContext): boolean {
  return cart.cartState === 'Active' && ownedBy(cart, context);
}

function snapshotScope(): string {
  const env = serverEnv();
  return `${env.CTP_API_URL}|${env.CTP_PROJECT_KEY}`;
}

function snapshotOf(cart: Cart): CartSnapshot {
  return {
    id: cart.id,
    version: cart.version,
    cartState: cart.cartState,
    customerId: cart.customerId,
    anonymousId: cart.anonymousId,
    currency: cart.totalPrice.currencyCode,
    country: cart.country,
    lines: cart.lineItems.map((line) => ({ id: line.id, sku: line.variant.sku ?? '', quantity: line.quantity })),
    discountCodeIds: (cart.discountCodes ?? []).map((info) => info.discountCode.id),
    hasShippingAddress: Boolean(cart.shippingAddress),
  };
}

/** Records what this instance saw of a cart version (./snapshots.ts); the shopper has not seen it yet. */
export function recordSnapshot(cart: Cart): CartSnapshot {
  const snapshot = snapshotOf(cart);
  cartSnapshots().put(snapshotScope(), snapshot);
  return snapshot;
}

/**
 * Records a cart the shopper now sees (it is in the answer): its snapshot, and its version in the
 * context, the version the next change and the order are checked against.
 */
export async function rememberCart(shopper: Shopper, cart: Cart): Promise<void> {
  recordSnapshot(cart);
  const context = await shopper.context();
  if (context.cartId !== cart.id || context.cartVersion !== cart.version) await shopper.save({ cartId: cart.id, cartVersion: cart.version });
}

/** Drops the cart from the context (it is gone, ordered, merged, or not this shopper's). */
export async function forgetCart(shopper: Shopper): Promise<void> {
  const context = await shopper.context();
  if (context.cartId || context.cartVersion !== undefined) await shopper.save({ cartId: undefined, cartVersion: undefined });
}

/**
 * The shopper's cart as commercetools has it now, or null when the shopper has none or it is gone.
 * - `view`: the answer shows the cart, so it is remembered as seen (rememberCart);
 * - `check`: read to check or plan a change; only its snapshot is recorded;
 *   both forget a gone cart, and forget and refuse (not_found) one that is not the shopper's;
 * - `peek`: no side effects; a cart that is not the shopper's is simply null (summaries, sign-in).
 */
export async function loadOwnedCart(shopper: Shopper, mode: 'view' | 'check' | 'peek'): Promise<Cart | null> {
  const context = await shopper.context();
  if (!context.cartId) return null;
  const read = await fetchCart(context.cartId);
  if (!read.ok) {
    if (read.kind !== 'not_found') throw fromCtFailure(read);
    if (mode !== 'peek') await forgetCart(shopper);
    return null;
  }
  if (!cartOwnedBy(read.value, context)) {
    if (mode === 'peek') return null;
    if (ownedBy(read.value, context)) {
      await finishCart(shopper, read.value);
      return null;
    }
    await forgetCart(shopper);
    throw notFound();
  }
  if (mode === 'view') await rememberCart(shopper, read.value);
  if (mode === 'check') recordSnapshot(read.value);
  return read.value;
}

/** The shopper's own cart that is Ordered or Merged: its order (if any) is remembered, the cart forgotten. */
async function finishCart(shopper: Shopper, cart: Cart): Promise<void> {
  const order = cart.cartState === 'Ordered' ? await findOrderForCart(cart.id) : null;
  if (order?.ok && order.value && ownedBy(order.value, await shopper.context())) await rememberOrder(shopper, order.value);
  else await forgetCart(shopper);
}

/** The snapshot a change is planned on: the one of the version the shopper saw, else a fresh read. */
async function snapshotForChange(shopper: Shopper, context: ShopperContext): Promise<CartSnapshot | null> {
  const cached =
    context.cartId && context.cartVersion !== undefined
      ? cartSnapshots().get(snapshotScope(), context.cartId, context.cartVersion)
      : undefined;
  if (!cached) {
    const cart = await loadOwnedCart(shopper, 'check');
    return cart ? snapshotOf(cart) : null;
  }
  if (!cartOwnedBy(cached, context)) {
    await forgetCart(shopper);
    throw notFound();
  }
  return cached;
}

/** How many times a change is planned and sent before a conflict goes to the client. */
export const MAX_CHANGE_ATTEMPTS = 12;
/** The pause before re-planning: full jitter, 15 ms doubling up to 300 ms. */
const CONFLICT_BACKOFF = { ...DEFAULT_FETCH_OPTIONS, baseDelayMs: 15, maxDelayMs: 300 };
/** The pause before re-planning a change after a conflict (carts and wishlists alike). */
export const conflictPause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, backoffDelay(attempt, CONFLICT_BACKOFF)));

/**
 * The state to re-plan on after a conflict: the snapshot of the version commercetools named, else a
 * read; null when the shopper has no cart any more (it was ordered meanwhile).
 */
async function stateAfterConflict(shopper: Shopper, cartId: string, currentVersion: number | undefined): Promise<CartSnapshot | null> {
  const known = currentVersion === undefined ? undefined : cartSnapshots().get(snapshotScope(), cartId, currentVersion);
  if (known && cartOwnedBy(known, await shopper.context())) return known;
  const reloaded = await loadOwnedCart(shopper, 'check');
  return reloaded ? snapshotOf(reloaded) : null;
}

/** Builds the update actions from the cart as it is; throws a ShopError to refuse. */
export type CartPlanner = (state: CartSnapshot) => CartUpdateAction[] | Promise<CartUpdateAction[]>;

export type ChangeOptions = {
  /** The refusal for an update commercetools rejected with 400 (default: upstream_error). */
  onRejected?: (failure: CtFailure, state: CartSnapshot) => ShopError;
};

/**
 * Applies a change to the shopper's cart with one versioned update (see the top of this file).
 * Returns the updated cart, or null when the shopper has no cart (any more).
 */
export async function changeCart(shopper: Shopper, plan: CartPlanner, options: ChangeOptions = {}): Promise<Cart | null> {
  const context = await shopper.context();
  if (!context.cartId) return null;
  let state = await snapshotForChange(shopper, context);
  if (!state) return null;
  for (let attempt = 1; ; attempt++) {
    const result = await updateCart(state.id, state.version, await plan(state));
    if (result.ok) {
      // Ownership was checked on this very version, so this only guards against a broken invariant.
      if (!cartOwnedBy(result.value, context)) {
        await forgetCart(shopper);
        throw notFound();
      }
      await rememberCart(shopper, result.value);
      return result.value;
    }
    if (result.kind === 'conflict' && attempt < MAX_CHANGE_ATTEMPTS) {
      await conflictPause(attempt);
      state = await stateAfterConflict(shopper, state.id, result.currentVersion);
      if (!state) return null;
      continue;
    }
    if (result.kind === 'not_found') {
      await forgetCart(shopper);
      throw notFound();
    }
    if (result.kind === 'invalid' && options.onRejected) throw options.onRejected(result, state);
    throw fromCtFailure(result);
  }
}

export const cartEmpty = () => new ShopError('cart_empty', {}, { lineItems: [{ reason: 'cart_empty' }] });

/** Like changeCart, for changes that need a cart: no cart is cart_empty. */
export async function changeExistingCart(shopper: Shopper, plan: CartPlanner, options: ChangeOptions = {}): Promise<Cart> {
  const updated = await changeCart(shopper, plan, options);
  if (!updated) throw cartEmpty();
  return updated;
}
