import 'server-only';
// Carts (server-only). Ownership is decided here, once: a cart belongs to a session when it is
// Active and carries the session's customer id (signed in) or anonymous id (guest).
//
// Cart mutations send one versioned update with the version the session last saw (`cartVersion`):
// ownership and the cart limits are checked against this instance's snapshot of exactly that
// version (lib/cart/snapshots.ts), so the happy path is one commercetools request. A 409 means the
// cart moved on (another tab, another instance): the cart is re-read, checked again and the change
// re-applied once; a second 409 goes to the client. A refused update changes nothing upstream.
import { randomUUID } from 'node:crypto';
import type { Cart, CartUpdateAction, LineItem, ProductProjection } from '@commercetools/platform-sdk';
import { cached } from '@/lib/cache/cached';
import { CACHE } from '@/lib/cache/manifest';
import { MAX_CART_LINES, MAX_LINE_QUANTITY } from '@/lib/cart/limits';
import { cartSnapshots, type CartSnapshot } from '@/lib/cart/snapshots';
import { serverEnv } from '@/lib/env';
import { AppError, appErrorFromCt } from '@/lib/http/errors';
import { DEFAULT_MARKET, isMarketLocale, marketFor, type Market } from '@/lib/markets';
import type { SessionData, SessionHandle } from '@/lib/session';
import type { Cart as AppCart } from '@/lib/types';
import { ctApi } from './client';
import { localize } from './mappers/category';
import { emptyCart, reshapeCart } from './mappers/cart';
import { variantAvailable } from './mappers/product';
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

export type UnmovedLine = { sku: string; name: string };
export type MovedCart = { cart: Cart | null; unmoved: UnmovedLine[] };

function skuOf(line: LineItem): string | undefined {
  return line.variant.sku;
}

/** SKUs that have a price in the market (and are still published), from one projection query. */
async function pricedSkus(skus: string[], market: Market): Promise<CtResult<Set<string>>> {
  const result = await ctCall(() =>
    ctApi()
      .productProjections()
      .get({
        queryArgs: {
          where: 'masterVariant(sku in :skus) or variants(sku in :skus)',
          'var.skus': skus,
          priceCurrency: market.currency,
          priceCountry: market.country,
          limit: Math.min(500, skus.length),
          withTotal: false,
        },
      })
      .execute(),
  );
  if (!result.ok) return result;
  const priced = new Set<string>();
  for (const product of result.value.results as ProductProjection[]) {
    for (const variant of [product.masterVariant, ...product.variants]) {
      if (variant.sku && variant.price && skus.includes(variant.sku)) priced.add(variant.sku);
    }
  }
  return { ok: true, value: priced };
}

/**
 * A cart cannot change currency, so switching markets re-creates it: the lines that have a price in
 * the new market move to a new cart (same quantities, same owner), the rest are reported, and the
 * old cart is deleted so the session owns exactly one active cart.
 */
export async function moveCartToMarket(cart: Cart, market: Market, session: SessionData): Promise<CtResult<MovedCart>> {
  const lines = cart.lineItems.filter((line) => skuOf(line));
  const skus = [...new Set(lines.map((line) => skuOf(line)!))];
  const priced = skus.length ? await pricedSkus(skus, market) : ({ ok: true, value: new Set<string>() } as const);
  if (!priced.ok) return priced;

  const movable = lines.filter((line) => priced.value.has(skuOf(line)!));
  const unmoved = lines
    .filter((line) => !priced.value.has(skuOf(line)!))
    .map((line) => ({ sku: skuOf(line)!, name: localize(line.name, market.language) }));

  let moved: Cart | null = null;
  if (movable.length) {
    const created = await ctCall(() =>
      ctApi()
        .carts()
        .post({
          body: {
            currency: market.currency,
            country: market.country,
            locale: market.language,
            ...(session.customerId ? { customerId: session.customerId } : { anonymousId: session.anonymousId }),
            lineItems: movable.map((line) => ({ sku: skuOf(line)!, quantity: line.quantity })),
          },
        })
        .execute(),
    );
    if (!created.ok) return created;
    moved = created.value;
  }
  // The old cart goes; if that fails the new one is still the session's cart, so no error surfaces.
  await ctCall(() => ctApi().carts().withId({ ID: cart.id }).delete({ queryArgs: { version: cart.version } }).execute());
  return { ok: true, value: { cart: moved, unmoved } };
}

// ---------------------------------------------------------------------------------------------
// The Buy capability: the session's cart, its mutations and the product checks behind them.

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

/** Records what we saw of a cart (see lib/cart/snapshots.ts). */
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

const notYours = () => new AppError('not_found');

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

// --- Products: is a SKU for sale in the market? ---------------------------------------------

export type SkuStatus = { sku: string; name: string; priced: boolean; onStock: boolean };

/** Where prices are selected: a market, or a cart's own currency and country. */
export type PriceScope = { currency: string; country: string; language: string };

/**
 * The published variants with these SKUs, price-selected for the market, with availability: one
 * product projection query with predicate variables. A SKU missing from the map is unknown or
 * unpublished.
 */
export async function skuStatuses(skus: string[], market: PriceScope): Promise<CtResult<Map<string, SkuStatus>>> {
  const wanted = [...new Set(skus)];
  const statuses = new Map<string, SkuStatus>();
  if (!wanted.length) return { ok: true, value: statuses };
  const single = wanted.length === 1;
  const result = await ctCall(() =>
    ctApi()
      .productProjections()
      .get({
        queryArgs: {
          where: single ? 'masterVariant(sku = :sku) or variants(sku = :sku)' : 'masterVariant(sku in :skus) or variants(sku in :skus)',
          ...(single ? { 'var.sku': wanted[0]! } : { 'var.skus': wanted }),
          priceCurrency: market.currency,
          priceCountry: market.country,
          limit: Math.min(500, wanted.length),
          withTotal: false,
        },
      })
      .execute(),
  );
  if (!result.ok) return result;
  for (const product of result.value.results as ProductProjection[]) {
    for (const variant of [product.masterVariant, ...product.variants]) {
      if (!variant.sku || !wanted.includes(variant.sku)) continue;
      statuses.set(variant.sku, {
        sku: variant.sku,
        name: localize(product.name, market.language),
        priced: Boolean(variant.price),
        onStock: variantAvailable(variant),
      });
    }
  }
  return { ok: true, value: statuses };
}

// The data cache stores JSON, so the cached value is the plain status, not the Map.
const cachedSkuStatus = cached(
  'sku-for-sale',
  CACHE.skuForSale,
  async (sku: string, scope: PriceScope): Promise<CtResult<SkuStatus | null>> => {
    const result = await skuStatuses([sku], scope);
    return result.ok ? { ok: true, value: result.value.get(sku) ?? null } : result;
  },
);

async function skuStatusMap(sku: string, scope: PriceScope): Promise<CtResult<Map<string, SkuStatus>>> {
  const result = await cachedSkuStatus(sku, scope);
  if (!result.ok) return result;
  return { ok: true, value: new Map(result.value ? [[sku, result.value]] : []) };
}

/** Why a SKU cannot be bought in the market, or null when it can. */
export function unsellableReason(sku: string, status: SkuStatus | undefined, market: PriceScope): string | null {
  if (!status) return `No product with SKU "${sku}" is for sale.`;
  if (!status.priced) return `"${status.name}" (SKU ${sku}) has no price in this market (${market.country}, ${market.currency}), so it cannot be bought here.`;
  if (!status.onStock) return `"${status.name}" (SKU ${sku}) is out of stock.`;
  return null;
}

async function requireForSale(check: Promise<CtResult<Map<string, SkuStatus>>>, sku: string, market: PriceScope): Promise<void> {
  const result = await check;
  if (!result.ok) throw appErrorFromCt(result);
  const reason = unsellableReason(sku, result.value.get(sku), market);
  if (reason) throw new AppError('business_rule', { message: reason, fields: { sku: [reason] } });
}

/** commercetools refused a line (unknown variant, no matching price): the same answer as our check. */
function lineRejected(sku: string): AppError {
  const message = `The product with SKU "${sku}" cannot be added to the cart.`;
  return new AppError('business_rule', { message, fields: { sku: [message] } });
}

// --- Cart mutations ---------------------------------------------------------------------------

function limitError(message: string, field: string): AppError {
  return new AppError('business_rule', { message, fields: { [field]: [message] } });
}

/**
 * POST /api/cart/line-items: adds a quantity of a SKU (to its line if there is one). The first add
 * creates the cart in the session market's currency and country, owned by the session's customer
 * or anonymous id.
 */
export async function addLineItem(session: SessionHandle, input: { sku: string; quantity: number }): Promise<Cart> {
  const data = await session.current();
  const market = sessionMarket(data);
  // Started at once; awaited where the answer is needed (never rejects: ctCall returns failures).
  // Briefly cached: a warm add is then a single commercetools request (order placement re-checks).
  const check = skuStatusMap(input.sku, { currency: market.currency, country: market.country, language: market.language });

  if (data?.cartId) {
    const updated = await mutateSessionCart(
      session,
      async (state) => {
        // The cart prices in its own currency and country (normally the market's; not after a
        // market switch that could not move the cart).
        const cartScope = { currency: state.currency, country: state.country ?? market.country, language: market.language };
        const sameScope = cartScope.currency === market.currency && cartScope.country === market.country;
        await requireForSale(sameScope ? check : skuStatuses([input.sku], cartScope), input.sku, cartScope);
        const line = state.lines.find((l) => l.sku === input.sku);
        if (line && line.quantity + input.quantity > MAX_LINE_QUANTITY) {
          throw limitError(
            `A line can hold at most ${MAX_LINE_QUANTITY} items; this one has ${line.quantity}, so ${input.quantity} more do not fit.`,
            'quantity',
          );
        }
        if (!line && state.lines.length >= MAX_CART_LINES) {
          throw limitError(`A cart can hold at most ${MAX_CART_LINES} different products. Remove one to add another.`, 'sku');
        }
        return [{ action: 'addLineItem', sku: input.sku, quantity: input.quantity }];
      },
      { onRejected: () => lineRejected(input.sku) },
    );
    if (updated !== 'gone') return updated;
  }

  await requireForSale(check, input.sku, market);
  return createCart(session, [{ sku: input.sku, quantity: input.quantity }]);
}

async function createCart(session: SessionHandle, lineItems: Array<{ sku: string; quantity: number }>): Promise<Cart> {
  let data = await session.ensure();
  if (!data.customerId && !data.anonymousId) data = await session.update({ anonymousId: randomUUID() });
  const market = sessionMarket(data);
  const created = await ctCallDetailed(() =>
    ctApi()
      .carts()
      .post({
        body: {
          currency: market.currency,
          country: market.country,
          locale: market.language,
          ...(data.customerId ? { customerId: data.customerId } : { anonymousId: data.anonymousId }),
          lineItems,
        },
        queryArgs: { expand: CART_EXPAND },
      })
      .execute(),
  );
  if (!created.ok) {
    if (created.kind === 'invalid') throw lineRejected(lineItems[0]?.sku ?? '');
    throw appErrorFromCt(created);
  }
  rememberCart(created.value);
  await session.update({ cartId: created.value.id, cartVersion: created.value.version });
  return created.value;
}

function lineOf(state: CartSnapshot, lineItemId: string) {
  const line = state.lines.find((l) => l.id === lineItemId);
  if (!line) throw notYours();
  return line;
}

/** PATCH /api/cart/line-items/{id}: sets a line's quantity (1..99, checked by the schema). */
export async function changeLineItemQuantity(session: SessionHandle, lineItemId: string, quantity: number): Promise<Cart> {
  const updated = await mutateSessionCart(session, (state) => {
    lineOf(state, lineItemId);
    return [{ action: 'changeLineItemQuantity', lineItemId, quantity }];
  });
  if (updated === 'gone') throw notYours();
  return updated;
}

/** DELETE /api/cart/line-items/{id}. */
export async function removeLineItem(session: SessionHandle, lineItemId: string): Promise<Cart> {
  const updated = await mutateSessionCart(session, (state) => {
    lineOf(state, lineItemId);
    return [{ action: 'removeLineItem', lineItemId }];
  });
  if (updated === 'gone') throw notYours();
  return updated;
}

const DISCOUNT_STATE_MESSAGES: Record<string, (code: string) => string> = {
  DoesNotExist: (code) => `The discount code "${code}" does not exist.`,
  NotValid: (code) => `The discount code "${code}" has expired or is not valid yet.`,
  TimeRangeNonApplicable: (code) => `The discount code "${code}" has expired or is not valid yet.`,
  NotActive: (code) => `The discount code "${code}" is not active.`,
  MaxApplicationReached: (code) => `The discount code "${code}" has already been used as often as it can be.`,
};

function discountRejected(code: string, reason: string | undefined): AppError {
  const message = (reason && DISCOUNT_STATE_MESSAGES[reason]?.(code)) ?? `The discount code "${code}" does not apply to your cart.`;
  return new AppError('business_rule', { message, fields: { code: [message] } });
}

const emptyCartError = () =>
  new AppError('business_rule', { message: 'Your cart is empty.', fields: { lineItems: ['Your cart is empty.'] } });

/**
 * POST /api/cart/discount-codes: an unknown code, or one that does not apply to the cart, is a 422
 * and leaves the cart as it was (a code commercetools accepted in a non-matching state is removed
 * again).
 */
export async function addDiscountCode(session: SessionHandle, code: string): Promise<Cart> {
  let before: string[] = [];
  const updated = await mutateSessionCart(
    session,
    (state) => {
      before = state.discountCodeIds;
      return [{ action: 'addDiscountCode', code }];
    },
    {
      onRejected: (failure) =>
        discountRejected(code, failure.errors.find((e) => e.code === 'DiscountCodeNonApplicable')?.reason ?? 'DoesNotApply'),
    },
  );
  if (updated === 'gone') throw emptyCartError();

  const added = (updated.discountCodes ?? []).find((info) => !before.includes(info.discountCode.id));
  if (!added || !added.state || added.state === 'MatchesCart') return updated;
  // Accepted but not applicable: take it off again so the cart is as it was, and say why.
  const undo = await updateCart(updated.id, updated.version, [
    { action: 'removeDiscountCode', discountCode: { typeId: 'discount-code', id: added.discountCode.id } },
  ]);
  if (undo.ok) {
    rememberCart(undo.value);
    await session.update({ cartVersion: undo.value.version });
  }
  throw discountRejected(code, added.state);
}

/** DELETE /api/cart/discount-codes/{id} (the discount code's id, as the cart JSON lists it). */
export async function removeDiscountCode(session: SessionHandle, discountCodeId: string): Promise<Cart> {
  const updated = await mutateSessionCart(session, (state) => {
    if (!state.discountCodeIds.includes(discountCodeId)) throw notYours();
    return [{ action: 'removeDiscountCode', discountCode: { typeId: 'discount-code', id: discountCodeId } }];
  });
  if (updated === 'gone') throw notYours();
  return updated;
}

export { emptyCartError };

/** The SKUs of a cart's lines. */
export function lineSkus(lines: LineItem[]): string[] {
  return lines.map((line) => line.variant.sku).filter((sku): sku is string => Boolean(sku));
}

/** The cart JSON for a session: its cart in the session market's language, or the empty cart. */
export async function cartJson(session: SessionHandle, cart: Cart | null): Promise<AppCart> {
  const market = sessionMarket(await session.current());
  return cart ? reshapeCart(cart, market.language) : emptyCart(market);
}
