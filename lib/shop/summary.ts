import 'server-only';
// GET /api/session: who is shopping, where, and the cart badge. A cart the shopper no longer owns
// (ordered, merged, deleted) is forgotten.
import type { SessionView } from '@/lib/types';
import { forgetCart, loadOwnedCart } from './cart/owned-cart';
import { marketView } from './cart/market-move';
import { cartSummary } from './cart/view';
import type { Shopper } from './context';

export async function shopperSummary(shopper: Shopper): Promise<SessionView> {
  const context = await shopper.context();
  let cart: SessionView['cart'] = null;
  if (context.cartId) {
    cart = cartSummary(await loadOwnedCart(shopper, 'peek'));
    if (!cart) await forgetCart(shopper);
  }
  return { market: marketView(context.market), customer: context.customerId ? { id: context.customerId } : null, cart };
}
