import { z } from 'zod';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { MARKET_LOCALES, marketFor, type MarketLocale } from '@/lib/markets';

const body = z.object({ locale: z.enum(MARKET_LOCALES as [MarketLocale, ...MarketLocale[]]) }).strict();

// Remembers the shopper's market. (Moving an existing cart to the new currency arrives with the
// cart: the browse issue extends this endpoint.)
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  PUT: endpoint({
    body,
    handle: async ({ body, session }) => {
      await session.update({ market: body.locale });
      const market = marketFor(body.locale);
      return json({ market: { locale: market.locale, country: market.country, currency: market.currency } });
    },
  }),
});
