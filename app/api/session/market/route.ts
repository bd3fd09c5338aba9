import { z } from 'zod';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { MARKET_LOCALES, type MarketLocale } from '@/lib/markets';
import { switchMarket } from '@/lib/shop/cart/market-move';

const body = z.object({ locale: z.enum(MARKET_LOCALES as [MarketLocale, ...MarketLocale[]]) }).strict();

// Switches the shopper's market. A cart cannot change currency, so an existing cart is re-created
// in the new market's currency; lines without a price there are reported in `unmoved`.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  PUT: endpoint({ body, handle: async ({ body, shopper }) => json(await switchMarket(shopper, body.locale)) }),
});
