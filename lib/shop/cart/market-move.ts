import 'server-only';
// Switching markets. A cart cannot change currency, so a cart priced elsewhere is re-created in
// the new market: the lines sellable there move (same quantities, same owner), the rest are
// reported, and the old cart is deleted so the shopper owns exactly one active cart. The cart's
// discount codes are applied again in the new cart; any that do not apply there are reported too.
// Re-creating a cart counts against the shopper's cart budget (Shopper.attempt).
import type { Cart, DiscountCode } from '@commercetools/platform-sdk';
import { cartDraft, createCart, deleteCart, lineSkus, updateCart } from '@/lib/commercetools/carts';
import { localize } from '@/lib/commercetools/mappers/category';
import { marketFor, type Market, type MarketLocale } from '@/lib/markets';
import type { CartSummary, MarketView } from '@/lib/types';
import type { Shopper, ShopperContext } from '../context';
import { fromCtFailure } from '../errors';
import { forgetCart, loadOwnedCart } from './owned-cart';
import { sellableStatuses } from './sellable';
import { cartSummary } from './view';

type UnmovedLine = { sku: string; name: string };
export type MarketSwitch = { market: MarketView; cart: CartSummary | null; unmoved: UnmovedLine[]; unmovedCodes: string[] };
type Moved = { cart: Cart | null; unmoved: UnmovedLine[]; unmovedCodes: string[] };

/** The codes on a cart, as typed (the cart answer expands each discount code). */
function codesOf(cart: Cart): string[] {
  return (cart.discountCodes ?? []).map((info) => (info.discountCode.obj as DiscountCode | undefined)?.code).filter((code): code is string => Boolean(code));
}

/** Applies each code to the new cart on its own, so one that does not apply cannot block the rest. */
async function reapplyCodes(cart: Cart, codes: string[]): Promise<{ cart: Cart; unmovedCodes: string[] }> {
  const unmovedCodes: string[] = [];
  for (const code of codes) {
    const added = await updateCart(cart.id, cart.version, [{ action: 'addDiscountCode', code }]);
    if (!added.ok) {
      unmovedCodes.push(code);
      continue;
    }
    const info = (added.value.discountCodes ?? []).find((i) => (i.discountCode.obj as DiscountCode | undefined)?.code === code);
    if (info && info.state && info.state !== 'MatchesCart') {
      // Accepted but not applicable in this market: take it off again.
      const undo = await updateCart(added.value.id, added.value.version, [
        { action: 'removeDiscountCode', discountCode: { typeId: 'discount-code', id: info.discountCode.id } },
      ]);
      unmovedCodes.push(code);
      if (undo.ok) cart = undo.value;
      else cart = added.value;
      continue;
    }
    cart = added.value;
  }
  return { cart, unmovedCodes };
}

async function recreateIn(shopper: Shopper, cart: Cart, market: Market, owner: ShopperContext): Promise<Moved> {
  const statuses = await sellableStatuses(lineSkus(cart), market);
  const priced = (sku: string | undefined) => Boolean(sku && statuses.get(sku)?.priced);
  const lines = cart.lineItems.filter((line) => line.variant.sku);
  const movable = lines.filter((line) => priced(line.variant.sku));
  const unmoved = lines
    .filter((line) => !priced(line.variant.sku))
    .map((line) => ({ sku: line.variant.sku!, name: localize(line.name, market.language) }));

  const codes = codesOf(cart);
  let moved: Cart | null = null;
  let unmovedCodes = codes;
  if (movable.length) {
    await shopper.attempt('cart_create');
    const created = await createCart(cartDraft(market, owner, movable.map((line) => ({ sku: line.variant.sku!, quantity: line.quantity }))));
    if (!created.ok) throw fromCtFailure(created);
    ({ cart: moved, unmovedCodes } = await reapplyCodes(created.value, codes));
  }
  // The old cart goes; if that fails the new one is still the shopper's cart, so no error surfaces.
  await deleteCart(cart);
  return { cart: moved, unmoved, unmovedCodes };
}

export function marketView(market: Market): MarketView {
  return { locale: market.locale, country: market.country, currency: market.currency };
}

/** Makes `locale` the shopper's market; the cart follows (see the top of this file). */
export async function switchMarket(shopper: Shopper, locale: MarketLocale): Promise<MarketSwitch> {
  const market = marketFor(locale);
  const context = await shopper.context();
  let cart: Cart | null = null;
  let unmoved: UnmovedLine[] = [];
  let unmovedCodes: string[] = [];
  if (context.cartId) {
    const existing = await loadOwnedCart(shopper, 'peek');
    if (!existing) {
      await forgetCart(shopper);
    } else if (existing.totalPrice.currencyCode === market.currency && existing.country === market.country) {
      cart = existing;
    } else {
      ({ cart, unmoved, unmovedCodes } = await recreateIn(shopper, existing, market, context));
      await shopper.save({ cartId: cart?.id, cartVersion: cart?.version });
    }
  }
  await shopper.save({ market: locale });
  return { market: marketView(market), cart: cartSummary(cart), unmoved, unmovedCodes };
}
