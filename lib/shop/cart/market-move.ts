import 'server-only';
// Switching markets. A cart cannot change currency, so a cart priced elsewhere is re-created in
// the new market: the lines sellable there move (same quantities, same owner), the rest are
// reported, and the old cart is deleted so the shopper owns exactly one active cart.
import type { Cart } from '@commercetools/platform-sdk';
import { cartDraft, createCart, deleteCart, lineSkus } from '@/lib/commercetools/carts';
import { localize } from '@/lib/commercetools/mappers/category';
import { marketFor, type Market, type MarketLocale } from '@/lib/markets';
import type { CartSummary, MarketView } from '@/lib/types';
import type { Shopper, ShopperContext } from '../context';
import { fromCtFailure } from '../errors';
import { forgetCart, loadOwnedCart } from './owned-cart';
import { sellableStatuses } from './sellable';
import { cartSummary } from './view';

type UnmovedLine = { sku: string; name: string };
export type MarketSwitch = { market: MarketView; cart: CartSummary | null; unmoved: UnmovedLine[] };

async function recreateIn(cart: Cart, market: Market, owner: ShopperContext): Promise<{ cart: Cart | null; unmoved: UnmovedLine[] }> {
  const statuses = await sellableStatuses(lineSkus(cart), market);
  const priced = (sku: string | undefined) => Boolean(sku && statuses.get(sku)?.priced);
  const lines = cart.lineItems.filter((line) => line.variant.sku);
  const movable = lines.filter((line) => priced(line.variant.sku));
  const unmoved = lines
    .filter((line) => !priced(line.variant.sku))
    .map((line) => ({ sku: line.variant.sku!, name: localize(line.name, market.language) }));

  let moved: Cart | null = null;
  if (movable.length) {
    const created = await createCart(cartDraft(market, owner, movable.map((line) => ({ sku: line.variant.sku!, quantity: line.quantity }))));
    if (!created.ok) throw fromCtFailure(created);
    moved = created.value;
  }
  // The old cart goes; if that fails the new one is still the shopper's cart, so no error surfaces.
  await deleteCart(cart);
  return { cart: moved, unmoved };
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
  if (context.cartId) {
    const existing = await loadOwnedCart(shopper, 'peek');
    if (!existing) {
      await forgetCart(shopper);
    } else if (existing.totalPrice.currencyCode === market.currency && existing.country === market.country) {
      cart = existing;
    } else {
      const moved = await recreateIn(existing, market, context);
      ({ cart, unmoved } = moved);
      await shopper.save({ cartId: cart?.id, cartVersion: cart?.version });
    }
  }
  await shopper.save({ market: locale });
  return { market: marketView(market), cart: cartSummary(cart), unmoved };
}
