import { getOwnedCartSummary } from '@/lib/commercetools/cart';
import { appErrorFromCt } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { DEFAULT_MARKET, marketFor, isMarketLocale } from '@/lib/markets';
import type { SessionView } from '@/lib/types';

export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({
    handle: async ({ session }) => {
      const data = await session.current();
      const market = marketFor(data?.market && isMarketLocale(data.market) ? data.market : DEFAULT_MARKET);
      let cart: SessionView['cart'] = null;
      if (data?.cartId) {
        const summary = await getOwnedCartSummary(data);
        if (!summary.ok) throw appErrorFromCt(summary);
        cart = summary.value;
        // A cart the session no longer owns (ordered, merged, deleted) is forgotten.
        if (!cart) await session.update({ cartId: undefined, cartVersion: undefined });
      }
      const view: SessionView = {
        market: { locale: market.locale, country: market.country, currency: market.currency },
        customer: data?.customerId ? { id: data.customerId } : null,
        cart,
      };
      return json(view);
    },
  }),
});

