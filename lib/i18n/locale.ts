// The market's language as next-intl and Intl see it. next-intl's locale is the market's BCP 47 tag
// (en-US, en-GB, de-DE), so numbers and dates follow the market; messages are per language.
import { DEFAULT_MARKET, isMarketLocale, marketFor, type Market } from '@/lib/markets';

const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** `en-us` -> `en-US`: the tag for `<html lang>`, Intl formatting and next-intl. */
export function languageTag(market: Pick<Market, 'language' | 'country'>): string {
  return `${market.language}-${market.country}`;
}

/** The market for a next-intl locale (a tag from `languageTag` or a path segment); the default otherwise. */
export function marketForTag(tag: string | undefined): Market {
  const locale = tag?.toLowerCase();
  return marketFor(isMarketLocale(locale) ? locale : DEFAULT_MARKET);
}

export function messageLanguage(market: Pick<Market, 'language'>): Language {
  return (LANGUAGES as readonly string[]).includes(market.language) ? (market.language as Language) : 'en';
}
