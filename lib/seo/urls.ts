// Public URLs for SEO: page paths per market, absolute URLs on the site's public origin, and the
// canonical + hreflang alternates every indexable page declares. Paths are pure; absolute URLs read
// SITE_URL (required in production; without it, in development, http://localhost:3000; request-time
// code can use `requestSiteUrl()` from ./request-origin for the dev server's real origin).
import type { Metadata } from 'next';
import { serverEnv } from '@/lib/env';
import { languageTag } from '@/lib/i18n/locale';
import { DEFAULT_MARKET, MARKET_LOCALES, MARKETS, type MarketLocale } from '@/lib/markets';

/** Used only when SITE_URL is unset (development, never production: the env parser requires it). */
export const DEV_SITE_URL = 'http://localhost:3000';

/** A path per market; `undefined` where the page does not exist in that market's language. */
export type MarketPaths = Record<MarketLocale, string | undefined>;

/** The storefront's public origin, without a trailing slash. */
export function siteUrl(): string {
  return serverEnv().SITE_URL ?? DEV_SITE_URL;
}

/**
 * An absolute URL on the site for a path (`/en-us/p/shirt` -> `https://shop.example.com/en-us/p/shirt`).
 * Absolute http(s) URLs (e.g. product images on a CDN) are returned unchanged.
 */
export function absoluteUrl(path: string, origin: string = siteUrl()): string {
  if (/^https?:\/\//i.test(path)) return path;
  // Only ever a path on our origin: a protocol-relative `//host` must not switch hosts.
  const normalized = `/${path.replace(/^[/\\]+/, '')}`;
  return new URL(normalized, `${origin}/`).toString();
}

export function homePath(locale: MarketLocale): string {
  return `/${locale}`;
}

export function productPath(locale: MarketLocale, slug: string): string {
  return `/${locale}/p/${encodeURIComponent(slug)}`;
}

export function categoryPath(locale: MarketLocale, slug: string): string {
  return `/${locale}/c/${encodeURIComponent(slug)}`;
}

export function searchPath(locale: MarketLocale, query?: string): string {
  const q = query?.trim();
  return q ? `/${locale}/search?${new URLSearchParams({ q }).toString()}` : `/${locale}/search`;
}

/** The hreflang tag for a market: `en-us` -> `en-US`. */
export function hreflang(locale: MarketLocale): string {
  return languageTag(MARKETS[locale]);
}

function pathsFromSlugs(slugs: Record<string, string>, toPath: (locale: MarketLocale, slug: string) => string): MarketPaths {
  const paths = {} as MarketPaths;
  for (const locale of MARKET_LOCALES) {
    const slug = slugs[MARKETS[locale].language];
    paths[locale] = slug ? toPath(locale, slug) : undefined;
  }
  return paths;
}

/** A product's page in every market, from its per-language slugs (`product.slugs`). */
export function productAlternates(slugs: Record<string, string>): MarketPaths {
  return pathsFromSlugs(slugs, productPath);
}

/** A category's listing page in every market, from its per-language slugs (`category.slugs`). */
export function categoryAlternates(slugs: Record<string, string>): MarketPaths {
  return pathsFromSlugs(slugs, categoryPath);
}

function everyMarket(toPath: (locale: MarketLocale) => string): MarketPaths {
  const paths = {} as MarketPaths;
  for (const locale of MARKET_LOCALES) paths[locale] = toPath(locale);
  return paths;
}

export function homeAlternates(): MarketPaths {
  return everyMarket(homePath);
}

/** The search page in every market, keeping the search text. */
export function searchAlternates(query?: string): MarketPaths {
  return everyMarket((locale) => searchPath(locale, query));
}

/** Appends `?page=n` (or `&page=n`) for listing pages after the first. */
export function withPageParam(paths: MarketPaths, page: number | undefined): MarketPaths {
  if (!page || page <= 1 || !Number.isSafeInteger(page)) return paths;
  const result = {} as MarketPaths;
  for (const locale of MARKET_LOCALES) {
    const path = paths[locale];
    result[locale] = path === undefined ? undefined : `${path}${path.includes('?') ? '&' : '?'}page=${page}`;
  }
  return result;
}

/**
 * Next metadata `alternates`: the absolute canonical URL of the current market's page, and an
 * hreflang map (`en-US`, `en-GB`, `de-DE`, plus `x-default` -> the en-us page) of every market where
 * the page exists. Every market's version declares the same map, so the links are reciprocal.
 */
export function alternates(
  paths: MarketPaths,
  current: MarketLocale,
  origin: string = siteUrl(),
): NonNullable<Metadata['alternates']> {
  const languages: Record<string, string> = {};
  for (const locale of MARKET_LOCALES) {
    const path = paths[locale];
    if (path !== undefined) languages[hreflang(locale)] = absoluteUrl(path, origin);
  }
  const fallback = paths[DEFAULT_MARKET];
  if (fallback !== undefined) languages['x-default'] = absoluteUrl(fallback, origin);
  const canonicalPath = paths[current];
  return {
    ...(canonicalPath !== undefined ? { canonical: absoluteUrl(canonicalPath, origin) } : {}),
    languages,
  };
}
