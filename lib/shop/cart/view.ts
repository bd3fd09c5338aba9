import 'server-only';
// The cart as the shopper sees it (lib/types.ts Cart): in the market's language, or the empty cart.
import type { Cart as CtCart } from '@commercetools/platform-sdk';
import { emptyCart, itemCountOf, reshapeCart } from '@/lib/commercetools/mappers/cart';
import type { Cart, CartSummary } from '@/lib/types';
import type { Shopper } from '../context';
import { loadOwnedCart } from './owned-cart';

export async function cartView(shopper: Shopper, cart: CtCart | null): Promise<Cart> {
  const { market } = await shopper.context();
  return cart ? reshapeCart(cart, market.language) : emptyCart(market);
}

/** GET /api/cart: the shopper's cart as it is now (the empty cart when none; not_found when not theirs). */
export async function readCart(shopper: Shopper): Promise<Cart> {
  return cartView(shopper, await loadOwnedCart(shopper, 'view'));
}

export function cartSummary(cart: CtCart | null): CartSummary | null {
  return cart ? { id: cart.id, itemCount: itemCountOf(cart.lineItems) } : null;
}
