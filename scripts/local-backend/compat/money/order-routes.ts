// Create Order from Cart with the Cart's money: the Cart is recalculated first (Cart Discounts are
// recalculated when an Order is created), a Discount Code in a state other than MatchesCart or
// ApplicationStoppedByGroupBestDeal is 400 DiscountCodeNonApplicable, a Shipping Method whose
// predicate no longer matches is 400 ShippingMethodDoesNotMatchCart, and the Order carries the
// Cart's totals, taxes, shipping, discounts and Custom Line Items exactly.
import type { Cart, Order } from '@commercetools/platform-sdk';
import { orderFromCartRoute } from '../order-from-cart';
import type { ProjectRoute } from '../project-route';
import { discountCodeNonApplicable, shippingMethodDoesNotMatchCart } from './money-errors';
import { readBack, recalculateStoredCart } from './store';

/** Fields of the Order that are the Cart's money as it was ordered. */
const MONEY_FIELDS = [
  'lineItems',
  'customLineItems',
  'totalPrice',
  'taxedPrice',
  'taxedShippingPrice',
  'shippingInfo',
  'discountCodes',
  'discountOnTotalPrice',
  'totalLineItemQuantity',
  'taxMode',
  'taxRoundingMode',
  'taxCalculationMode',
] as const;

function cartReference(body: Record<string, unknown> | undefined): { id?: string; key?: string } | undefined {
  const cart = body?.cart as { id?: unknown; key?: unknown } | undefined;
  if (cart && typeof cart === 'object') {
    return { id: typeof cart.id === 'string' ? cart.id : undefined, key: typeof cart.key === 'string' ? cart.key : undefined };
  }
  return typeof body?.id === 'string' ? { id: body.id } : undefined;
}

export const orderFromCartMoneyRoute: ProjectRoute = {
  name: 'create order from cart (money)',
  matches: orderFromCartRoute.matches,
  async handle(req, ctx) {
    const ref = cartReference(req.body);
    const located = ref?.id ? await ctx.upstream.get('cart', ref.id) : ref?.key ? await ctx.upstream.getByKey('cart', ref.key) : null;
    // Unknown carts, malformed drafts: answered by the order route as before.
    if (!located) return orderFromCartRoute.handle(req, ctx);
    return ctx.locks.run(`cart:${located.id}`, async () => {
      const cart = await ctx.upstream.get('cart', located.id);
      if (cart && cart.cartState === 'Active' && cart.version === req.body?.version && cart.shippingAddress) {
        const current = await recalculateStoredCart(ctx, cart);
        const failing = current.discountCodes.find(
          (info) => info.state !== 'MatchesCart' && info.state !== 'ApplicationStoppedByGroupBestDeal',
        );
        if (failing) {
          const code = await ctx.upstream.get('discount-code', failing.discountCode.id);
          throw discountCodeNonApplicable(code?.code ?? failing.discountCode.id, failing.state, code ?? undefined);
        }
        if (current.shippingInfo?.shippingMethodState === 'DoesNotMatchCart') throw shippingMethodDoesNotMatchCart();
      }
      const created = await orderFromCartRoute.handle(req, ctx);
      const order = JSON.parse(created.rawJson ?? (created.body ? JSON.stringify(created.body) : '{}')) as Order;
      const ordered = (await ctx.upstream.get('cart', located.id)) as Cart | null;
      if (!order.id || !ordered) return created;
      await ctx.upstream.patchStored('order', order.id, (stored) => {
        for (const field of MONEY_FIELDS) {
          const value = (ordered as unknown as Record<string, unknown>)[field];
          if (value === undefined) delete stored[field];
          else stored[field] = structuredClone(value);
        }
      });
      return readBack(ctx, req, 'orders', order.id, created.status);
    });
  },
};
