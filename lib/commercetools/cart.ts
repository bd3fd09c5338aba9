import 'server-only';
// Carts (server-only). Ownership is decided here, once: a cart belongs to a session when it is
// Active and carries the session's customer id (signed in) or anonymous id (guest). The mutations
// live in cart-mutations.ts, the product checks in sku-status.ts, market moves in cart-market.ts.
//
// Cart mutations send one versioned update with the version the session last saw (`cartVersion`):
// ownership and the cart limits are checked against this instance's snapshot of exactly that
// version (lib/shop/cart/snapshots.ts), so the happy path is one commercetools request. A 409 means the
// cart moved on (another tab, another instance): the cart is re-read, checked again and the change
// re-applied once; a second 409 goes to the client. A refused update changes nothing upstream.
import type { Cart, CartDraft, CartUpdateAction, LineItem } from '@commercetools/platform-sdk';
import { cartSnapshots, type CartSnapshot } from '@/lib/shop/cart/snapshots';
import { serverEnv } from '@/lib/env';
import { AppError, appErrorFromCt } from '@/lib/http/errors';
import { DEFAULT_MARKET, isMarketLocale, marketFor, type Market } from '@/lib/markets';
import type { SessionData, SessionHandle } from '@/lib/session';
import type { Cart as AppCart } from '@/lib/types';
import { ctApi } from './client';
import { emptyCart, reshapeCart } from './mappers/cart';
import { ctCall, toCtFailure, type CtFailure, type CtResult } from './result';

export function cartBelongsTo(cart: Cart, session: SessionData): boolean {
  return cart.cartState === 'Active' && ownedBySession(cart, session);
}

export function itemCount(cart: Cart): number {
  return cart.lineItems.reduce((n, line) => n + line.quantity, 0);
}

/** The session's cart, or null when it has none, or one it does not own (any more). */
export async function findOwnedCart(session: SessionData): Promise<CtResult<Cart | null>> {
  if (!session.cartId) return { ok: true, value: null };
  const cartId = session.cartId;
  const result = await ctCall(() => ctApi().carts().withId({ ID: cartId }).get().execute());
  if (!result.ok) return result.kind === 'not_found' ? { ok: true, value: null } : result;
  return { ok: true, value: cartBelongsTo(result.value, session) ? result.value : null };
}

export async function getOwnedCartSummary(session: SessionData): Promise<CtResult<{ id: string; itemCount: number } | null>> {
  const result = await findOwnedCart(session);
  if (!result.ok || !result.value) return result as CtResult<null>;
  return { ok: true, value: { id: result.value.id, itemCount: itemCount(result.value) } };
}

// ---------------------------------------------------------------------------------------------
// The Buy capability: the session's cart, its mutations and the product checks behind them.

/** A new cart in a market, owned by the session's customer (signed in) or anonymous id (guest). */
export function cartDraft(
  market: Market,
  owner: Pick<SessionData, 'customerId' | 'anonymousId'>,
  lineItems: Array<{ sku: string; quantity: number }>,
): CartDraft {
  return {
    currency: market.currency,
    country: market.country,
    locale: market.language,
    ...(owner.customerId ? { customerId: owner.customerId } : { anonymousId: owner.anonymousId }),
    lineItems,
  };
}

/** References every cart answer expands: discount code texts and the shipping method's names. */
export const CART_EXPAND = ['discountCodes[*].discountCode', 'shippingInfo.shippingMethod'];

/** The market a session shops in (its cart's currency and country come from here). */
export function sessionMarket(data: SessionData | null | undefined): Market {
  return marketFor(data?.market && isMarketLocale(data.market) ? data.market : DEFAULT_MARKET);
}

/** A cart or order of this session's shopper: the signed-in customer's, or (guest) the anonymous id's. */
export function ownedBySession(resource: { customerId?: string; anonymousId?: string }, session: SessionData): boolean {
  if (session.customerId) return resource.customerId === session.customerId;
  return Boolean(session.anonymousId) && resource.anonymousId === session.anonymousId && !resource.customerId;
}

function snapshotScope(): string {
  const env = serverEnv();
  return `${env.CTP_API_URL}|${env.CTP_PROJECT_KEY}`;
}

export function snapshotOf(cart: Cart): CartSnapshot {
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

/** Records what we saw of a cart (see lib/shop/cart/snapshots.ts). */
export function rememberCart(cart: Cart): void {
  cartSnapshots().put(snapshotScope(), snapshotOf(cart));
}

function snapshotBelongsTo(snapshot: CartSnapshot, session: SessionData): boolean {
  return snapshot.cartState === 'Active' && ownedBySession(snapshot, session);
}

/** commercetools' error codes and reasons, for the few answers the shopper gets to hear about. */
export type DetailedFailure = CtFailure & { errors: Array<{ code?: string; reason?: string }> };
export type DetailedResult<T> = { ok: true; value: T } | DetailedFailure;

function errorDetails(thrown: unknown): DetailedFailure['errors'] {
  const outer = (thrown ?? {}) as Record<string, unknown>;
  const error = (typeof outer.statusCode === 'number' || typeof outer.error !== 'object' || outer.error === null
    ? outer
    : outer.error) as Record<string, unknown>;
  const body = (typeof error.body === 'object' && error.body !== null ? error.body : {}) as { errors?: unknown };
  if (!Array.isArray(body.errors)) return [];
  return body.errors.map((e: unknown) => {
    const entry = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
    return {
      ...(typeof entry.code === 'string' ? { code: entry.code } : {}),
      ...(typeof entry.reason === 'string' ? { reason: entry.reason } : {}),
    };
  });
}

/** Like ctCall, keeping commercetools' error codes and reasons (never their messages). */
export async function ctCallDetailed<T>(run: () => Promise<{ body: T }>): Promise<DetailedResult<T>> {
  try {
    const response = await run();
    return { ok: true, value: response.body };
  } catch (thrown) {
    return { ...toCtFailure(thrown), errors: errorDetails(thrown) };
  }
}

export function fetchCart(cartId: string): Promise<CtResult<Cart>> {
  return ctCall(() => ctApi().carts().withId({ ID: cartId }).get({ queryArgs: { expand: CART_EXPAND } }).execute());
}

export function updateCart(cartId: string, version: number, actions: CartUpdateAction[]): Promise<DetailedResult<Cart>> {
  return ctCallDetailed(() =>
    ctApi().carts().withId({ ID: cartId }).post({ body: { version, actions }, queryArgs: { expand: CART_EXPAND } }).execute(),
  );
}

/** Drops the cart from the session (it is gone, ordered, merged, or not this shopper's). */
export async function forgetCart(session: SessionHandle): Promise<void> {
  const data = await session.current();
  if (data?.cartId || data?.cartVersion !== undefined) await session.update({ cartId: undefined, cartVersion: undefined });
}

export const notYours = () => new AppError('not_found');

/**
 * The session's cart as it is now (GET /api/cart): null when the session has none or commercetools
 * no longer has it; 404 (and forgotten) when it exists but is not the shopper's any more. Records
 * the version the shopper now sees.
 */
export async function readSessionCart(session: SessionHandle): Promise<Cart | null> {
  const data = await session.current();
  if (!data?.cartId) return null;
  const read = await fetchCart(data.cartId);
  if (!read.ok) {
    if (read.kind === 'not_found') {
      await forgetCart(session);
      return null;
    }
    throw appErrorFromCt(read);
  }
  if (!cartBelongsTo(read.value, data)) {
    await forgetCart(session);
    throw notYours();
  }
  rememberCart(read.value);
  if (data.cartVersion !== read.value.version) await session.update({ cartVersion: read.value.version });
  return read.value;
}

/** Reads the cart for a mutation: its snapshot, or 'gone' when commercetools no longer has it. */
async function loadState(session: SessionHandle, data: SessionData, cartId: string): Promise<CartSnapshot | 'gone'> {
  const read = await fetchCart(cartId);
  if (!read.ok) {
    if (read.kind === 'not_found') {
      await forgetCart(session);
      return 'gone';
    }
    throw appErrorFromCt(read);
  }
  if (!cartBelongsTo(read.value, data)) {
    await forgetCart(session);
    throw notYours();
  }
  rememberCart(read.value);
  return snapshotOf(read.value);
}

async function stateForMutation(session: SessionHandle, data: SessionData, cartId: string): Promise<CartSnapshot | 'gone'> {
  const cached = data.cartVersion === undefined ? undefined : cartSnapshots().get(snapshotScope(), cartId, data.cartVersion);
  if (!cached) return loadState(session, data, cartId);
  if (!snapshotBelongsTo(cached, data)) {
    await forgetCart(session);
    throw notYours();
  }
  return cached;
}

/** Builds the update actions from the cart as it is; throws an AppError (404, 422) to refuse. */
export type CartPlanner = (state: CartSnapshot) => CartUpdateAction[] | Promise<CartUpdateAction[]>;

export type MutationOptions = {
  /** The answer for an update commercetools refused with 400 (default: 502, our request was wrong). */
  onRejected?: (failure: DetailedFailure, state: CartSnapshot) => AppError;
};

/**
 * Applies a change to the session's cart with one versioned update (see the top of this file).
 * Returns the updated cart, or 'gone' when the session has no cart (any more).
 */
export async function mutateSessionCart(
  session: SessionHandle,
  plan: CartPlanner,
  options: MutationOptions = {},
): Promise<Cart | 'gone'> {
  const data = await session.current();
  if (!data?.cartId) return 'gone';
  let state = await stateForMutation(session, data, data.cartId);
  if (state === 'gone') return 'gone';
  for (let attempt = 1; ; attempt++) {
    const actions = await plan(state);
    const result = await updateCart(state.id, state.version, actions);
    if (result.ok) {
      // Ownership was checked on this very version, so this only guards against a broken invariant.
      if (!cartBelongsTo(result.value, data)) {
        await forgetCart(session);
        throw notYours();
      }
      rememberCart(result.value);
      await session.update({ cartVersion: result.value.version });
      return result.value;
    }
    if (result.kind === 'conflict' && attempt === 1) {
      const reloaded = await loadState(session, data, state.id);
      if (reloaded === 'gone') throw notYours();
      state = reloaded;
      continue;
    }
    if (result.kind === 'conflict') throw new AppError('conflict');
    if (result.kind === 'not_found') {
      await forgetCart(session);
      throw notYours();
    }
    if (result.kind === 'invalid' && options.onRejected) throw options.onRejected(result, state);
    throw appErrorFromCt(result);
  }
}

/** The SKUs of a cart's lines. */
export function lineSkus(lines: LineItem[]): string[] {
  return lines.map((line) => line.variant.sku).filter((sku): sku is string => Boolean(sku));
}

/** The cart JSON for a session: its cart in the session market's language, or the empty cart. */
export async function cartJson(session: SessionHandle, cart: Cart | null): Promise<AppCart> {
  const market = sessionMarket(await session.current());
  return cart ? reshapeCart(cart, market.language) : emptyCart(market);
}
