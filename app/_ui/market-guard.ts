import 'server-only';
// The one market guard of every page and layout under app/[locale]: the path's first segment must be
// a market (else a real 404), and next-intl renders in that market's language.
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor, type Market } from '@/lib/markets';

/** The market of `/{locale}/...`; a path that names no market is not found. */
export async function requireMarket(params: Promise<{ locale: string }>): Promise<Market> {
  const { locale } = await params;
  if (!isMarketLocale(locale)) notFound();
  const market = marketFor(locale);
  setRequestLocale(languageTag(market));
  return market;
}
