import 'server-only';
// Switching markets with a cart: a cart cannot change currency, so it is re-created in the new one.
import type { Cart, LineItem } from '@commercetools/platform-sdk';
import type { Market } from '@/lib/markets';
import type { SessionData } from '@/lib/session';
import { cartDraft } from './cart';
import { ctApi } from './client';
import { localize } from './mappers/category';
import { ctCall, type CtResult } from './result';
import { skuStatuses } from './sku-status';
export type UnmovedLine = { sku: string; name: string };
export type MovedCart = { cart: Cart | null; unmoved: UnmovedLine[] };

function skuOf(line: LineItem): string | undefined {
  return line.variant.sku;
}

/**
 * A cart cannot change currency, so switching markets re-creates it: the lines that have a price in
 * the new market move to a new cart (same quantities, same owner), the rest are reported, and the
 * old cart is deleted so the session owns exactly one active cart.
 */
export async function moveCartToMarket(cart: Cart, market: Market, session: SessionData): Promise<CtResult<MovedCart>> {
  const lines = cart.lineItems.filter((line) => skuOf(line));
  const skus = [...new Set(lines.map((line) => skuOf(line)!))];
  const statuses = await skuStatuses(skus, market);
  if (!statuses.ok) return statuses;
  const priced = new Set([...statuses.value.values()].filter((s) => s.priced).map((s) => s.sku));

  const movable = lines.filter((line) => priced.has(skuOf(line)!));
  const unmoved = lines
    .filter((line) => !priced.has(skuOf(line)!))
    .map((line) => ({ sku: skuOf(line)!, name: localize(line.name, market.language) }));

  let moved: Cart | null = null;
  if (movable.length) {
    const created = await ctCall(() =>
      ctApi()
        .carts()
        .post({ body: cartDraft(market, session, movable.map((line) => ({ sku: skuOf(line)!, quantity: line.quantity }))) })
        .execute(),
    );
    if (!created.ok) return created;
    moved = created.value;
  }
  // The old cart goes; if that fails the new one is still the session's cart, so no error surfaces.
  await ctCall(() => ctApi().carts().withId({ ID: cart.id }).delete({ queryArgs: { version: cart.version } }).execute());
  return { ok: true, value: { cart: moved, unmoved } };
}
