import { z } from 'zod';
import { findOwnedCart, itemCount } from '@/lib/commercetools/cart';
import { moveCartToMarket, type UnmovedLine } from '@/lib/commercetools/cart-market';
import { appErrorFromCt } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { MARKET_LOCALES, marketFor, type MarketLocale } from '@/lib/markets';

const body = z.object({ locale: z.enum(MARKET_LOCALES as [MarketLocale, ...MarketLocale[]]) }).strict();

// Switches the shopper's market. A cart cannot change currency, so an existing cart is re-created
// in the new market's currency; lines without a price there are reported in `unmoved`.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  PUT: endpoint({
    body,
    handle: async ({ body, session }) => {
      const market = marketFor(body.locale);
      const current = await session.current();
      let cart: { id: string; itemCount: number } | null = null;
      let unmoved: UnmovedLine[] = [];

      if (current?.cartId) {
        const owned = await findOwnedCart(current);
        if (!owned.ok) throw appErrorFromCt(owned);
        const existing = owned.value;
        if (existing && existing.totalPrice.currencyCode === market.currency && existing.country === market.country) {
          cart = { id: existing.id, itemCount: itemCount(existing) };
        } else if (existing) {
          const moved = await moveCartToMarket(existing, market, current);
          if (!moved.ok) throw appErrorFromCt(moved);
          unmoved = moved.value.unmoved;
          cart = moved.value.cart ? { id: moved.value.cart.id, itemCount: itemCount(moved.value.cart) } : null;
          await session.update({ cartId: moved.value.cart?.id, cartVersion: moved.value.cart?.version });
        } else {
          await session.update({ cartId: undefined, cartVersion: undefined });
        }
      }
      await session.update({ market: body.locale });
      return json({ market: { locale: market.locale, country: market.country, currency: market.currency }, cart, unmoved });
    },
  }),
});
