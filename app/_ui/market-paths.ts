// Where the market switcher goes: the same page in the other market. Product and category slugs
// differ per language, so pages with slugs register their alternates; without them such a page
// falls back to the new market's home.
import { isMarketLocale, MARKET_LOCALES, marketFor, type MarketLocale } from '@/lib/markets';

export type AlternatePaths = Partial<Record<MarketLocale, string>>;

/** Paths whose last segment is a per-language slug: they need registered alternates. */
const SLUGGED = new Set(['c', 'p']);

/** `/en-us/c/women` for each market from slugs per language (`{en: 'women', de: 'damen'}`). */
export function alternatePaths(kind: 'c' | 'p', slugs: Record<string, string>): AlternatePaths {
  const paths: AlternatePaths = {};
  for (const locale of MARKET_LOCALES) {
    const slug = slugs[marketFor(locale).language];
    if (slug) paths[locale] = `/${locale}/${kind}/${encodeURIComponent(slug)}`;
  }
  return paths;
}

/**
 * The URL of the current page in `target`. The query string is kept: filter keys, sort and variant
 * selections are the same in every market.
 */
export function marketHref(pathname: string, search: string, target: MarketLocale, alternates: AlternatePaths | null): string {
  const query = withNextInMarket(search && search !== '?' ? (search.startsWith('?') ? search : `?${search}`) : '', target);
  const alternate = alternates?.[target];
  if (alternate) return `${alternate}${query}`;
  const [, first, ...rest] = pathname.split('/');
  if (!isMarketLocale(first)) return `/${target}`;
  if (rest.length === 0 || rest.every((segment) => segment === '')) return `/${target}${query}`;
  if (SLUGGED.has(rest[0] ?? '')) return `/${target}`;
  return `/${target}/${rest.join('/')}${query}`;
}

/**
 * The sign-in page's `next=` names a page of the market being left; after a switch it must name the
 * same page in the new market, or signing in would go back to the old one.
 */
function withNextInMarket(query: string, target: MarketLocale): string {
  if (!query) return query;
  const params = new URLSearchParams(query);
  const next = params.get('next');
  if (!next?.startsWith('/') || next.startsWith('//')) return query;
  const url = new URL(next, 'http://next.invalid');
  if (!isMarketLocale(url.pathname.split('/')[1])) return query;
  params.set('next', marketHref(url.pathname, url.search, target, null));
  return `?${params.toString()}`;
}
