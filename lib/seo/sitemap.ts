// The sitemap's content and how it is split, as pure functions. app/sitemaps/sitemap.ts serves the
// files, app/sitemap.xml/route.ts their index.
//
// File 0 holds every market's home and every category. Products are split by id into parts of
// about PRODUCTS_PER_FILE (ids are random UUIDs, so equal ranges of the id space hold about equal
// numbers of products): file k >= 1 reads only part k-1, one id range, so no request reads the whole
// catalog, and each part is one cache entry far below Next's 2 MB limit (docs/caching.md; the figures
// for 100,000 products: `npm run bench:sitemap`).
import type { MetadataRoute } from 'next';
import { MARKET_LOCALES, type MarketLocale } from '@/lib/markets';
import { absoluteUrl, categoryAlternates, homePath, productAlternates, type MarketPaths } from './urls';

/** The sitemap protocol's limit per file (the other limit, 50 MB, is far away for these entries). */
export const SITEMAP_MAX_URLS = 50_000;

/** Products per file: times three markets that is 15,000 URLs, and about 0.7 MB of cached entries. */
export const PRODUCTS_PER_FILE = 5_000;

export type SitemapEntry = { slugs: Record<string, string>; lastModified: string };

export type SitemapUrl = MetadataRoute.Sitemap[number];

/** A slice of the id space: ids `from` (inclusive) up to `to` (exclusive); open where absent. */
export type IdRange = { from?: string; to?: string };

function newest(dates: Array<string | undefined>): string | undefined {
  let latest: string | undefined;
  for (const date of dates) if (date !== undefined && Number.isFinite(Date.parse(date)) && (!latest || Date.parse(date) > Date.parse(latest))) latest = date;
  return latest;
}

function perMarket(paths: MarketPaths, lastModified: string | undefined, origin: string): SitemapUrl[] {
  return MARKET_LOCALES.flatMap((locale: MarketLocale) => {
    const path = paths[locale];
    if (path === undefined) return [];
    return [{ url: absoluteUrl(path, origin), ...(lastModified ? { lastModified } : {}) }];
  });
}

/** How many product parts (files after the first) a catalog of `productCount` products needs. */
export function productPartCount(productCount: number): number {
  return Math.max(0, Math.ceil(productCount / PRODUCTS_PER_FILE));
}

/** The ids `generateSitemaps` returns: 0 (homes and categories), then one per product part. */
export function sitemapIds(productCount: number): Array<{ id: number }> {
  return Array.from({ length: 1 + productPartCount(productCount) }, (_, id) => ({ id }));
}

/**
 * Part `part` of `parts` equal slices of the id space, bounded by 8-hex-digit prefixes (a UUID's
 * first group), so `id >= from and id < to` selects it and the parts cover every id exactly once.
 */
export function idRange(part: number, parts: number): IdRange {
  const bound = (k: number) => Math.floor((k * 0x1_0000_0000) / parts).toString(16).padStart(8, '0');
  return { ...(part > 0 ? { from: bound(part) } : {}), ...(part < parts - 1 ? { to: bound(part + 1) } : {}) };
}

/**
 * The id Next passes to the sitemap function (a string: "0", "1", ...) as a file index, or null
 * when it is not one of the `sitemapIds` for this catalog.
 */
export function parseSitemapId(id: string | number | undefined, productCount: number): number | null {
  const text = String(id ?? '');
  if (!/^(0|[1-9]\d{0,8})$/.test(text)) return null;
  const index = Number(text);
  return index < sitemapIds(productCount).length ? index : null;
}

/** File 0: every market's home (changed when the newest category or product did), then every category. */
export function pagesFileUrls(categories: SitemapEntry[], catalogChanged: string | undefined, origin: string): SitemapUrl[] {
  const homes = MARKET_LOCALES.map((locale) => ({ url: absoluteUrl(homePath(locale), origin), ...(catalogChanged ? { lastModified: catalogChanged } : {}) }));
  return [...homes, ...categories.flatMap((c) => perMarket(categoryAlternates(c.slugs), c.lastModified, origin))];
}

/** A product file: each product in every market whose language has a slug for it. */
export function productFileUrls(products: SitemapEntry[], origin: string): SitemapUrl[] {
  return products.flatMap((p) => perMarket(productAlternates(p.slugs), p.lastModified, origin));
}

/** The newest change among entries (a home's lastModified). */
export function newestChange(entries: SitemapEntry[]): string | undefined {
  return newest(entries.map((e) => e.lastModified));
}

/** The public URL of sitemap file `id`, as Next serves app/sitemaps/sitemap.ts split by `generateSitemaps`. */
function sitemapFileUrl(id: number, origin: string): string {
  return absoluteUrl(`/sitemaps/sitemap/${id}.xml`, origin);
}

export type SitemapIndexEntry = { url: string; lastModified?: string };

/** The index's entries: each file's URL (lastmod is optional; reading every part to date it would read the catalog). */
export function sitemapIndexEntries(productCount: number, origin: string): SitemapIndexEntry[] {
  return sitemapIds(productCount).map(({ id }) => ({ url: sitemapFileUrl(id, origin) }));
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A sitemap index (sitemaps.org protocol) listing the split files. */
export function sitemapIndexXml(files: SitemapIndexEntry[]): string {
  const entries = files
    .map((file) => `<sitemap>\n<loc>${escapeXml(file.url)}</loc>\n${file.lastModified ? `<lastmod>${escapeXml(file.lastModified)}</lastmod>\n` : ''}</sitemap>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}
