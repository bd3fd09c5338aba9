// The storefront's markets: one path prefix each, fixing language, country and currency. Prices,
// carts and orders derive currency and country from here, never from the client.

export const MARKETS = {
  'en-us': { locale: 'en-us', language: 'en', country: 'US', currency: 'USD', label: 'United States · USD' },
  'en-gb': { locale: 'en-gb', language: 'en', country: 'GB', currency: 'GBP', label: 'United Kingdom · GBP' },
  'de-de': { locale: 'de-de', language: 'de', country: 'DE', currency: 'EUR', label: 'Deutschland · EUR' },
} as const;

export type MarketLocale = keyof typeof MARKETS;
export type Market = (typeof MARKETS)[MarketLocale];

export const DEFAULT_MARKET: MarketLocale = 'en-us';
export const MARKET_LOCALES = Object.keys(MARKETS) as MarketLocale[];

export function isMarketLocale(value: unknown): value is MarketLocale {
  return typeof value === 'string' && Object.hasOwn(MARKETS, value);
}

export function marketFor(locale: MarketLocale): Market {
  return MARKETS[locale];
}

/** Picks a market from Accept-Language: German -> de-de, British English -> en-gb, else en-us. */
export function marketFromAcceptLanguage(header: string | null): MarketLocale {
  const tags = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((t) => t.tag && t.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    if (isMarketLocale(tag)) return tag;
    if (tag === 'de' || tag.startsWith('de-')) return 'de-de';
    if (tag === 'en-gb') return 'en-gb';
    if (tag === 'en' || tag.startsWith('en-')) return 'en-us';
  }
  return DEFAULT_MARKET;
}
