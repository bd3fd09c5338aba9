import 'server-only';
// Carts (server-only). Ownership is decided here, once: a cart belongs to a session when it is
// Active and carries the session's customer id (signed in) or anonymous id (guest).
import type { Cart, LineItem, ProductProjection } from '@commercetools/platform-sdk';
import type { Market } from '@/lib/markets';
import type { SessionData } from '@/lib/session';
import { ctApi } from './client';
import { localize } from './mappers/category';
import { ctCall, type CtResult } from './result';

export function cartBelongsTo(cart: Cart, session: SessionData): boolean {
  if (cart.cartState !== 'Active') return false;
  if (session.customerId) return cart.customerId === session.customerId;
  return Boolean(session.anonymousId) && cart.anonymousId === session.anonymousId && !cart.customerId;
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
