// The sitemap's content and how it is split, as pure functions: every market's home, and every
// category and product in every market whose language has a slug for it. app/sitemaps/sitemap.ts
// serves the files, app/sitemap.xml/route.ts their index.
import type { MetadataRoute } from 'next';
import { MARKET_LOCALES, MARKETS, type MarketLocale } from '@/lib/markets';
import { absoluteUrl, categoryAlternates, homePath, productAlternates, type MarketPaths } from './urls';

/** The sitemap protocol's limit per file (the other limit, 50 MB, is far away for these entries). */
export const SITEMAP_MAX_URLS = 50_000;

export type SitemapSource = {
  products: Array<{ slugs: Record<string, string>; lastModified: string }>;
  categories: Array<{ slugs: Record<string, string>; lastModified: string }>;
};

export type SitemapUrl = MetadataRoute.Sitemap[number];

function newest(dates: Array<string | Date | undefined>): string | undefined {
  let latest: string | undefined;
  let latestTime = -Infinity;
  for (const date of dates) {
    if (date === undefined) continue;
    const time = date instanceof Date ? date.getTime() : Date.parse(date);
    if (Number.isFinite(time) && time > latestTime) {
      latest = date instanceof Date ? date.toISOString() : date;
      latestTime = time;
    }
  }
  return latest;
}

function perMarket(paths: MarketPaths, lastModified: string | undefined, origin: string): SitemapUrl[] {
  return MARKET_LOCALES.flatMap((locale: MarketLocale) => {
    const path = paths[locale];
    if (path === undefined) return [];
    return [{ url: absoluteUrl(path, origin), ...(lastModified ? { lastModified } : {}) }];
  });
}

/**
 * Every URL, in a stable order (homes, then categories, then products, each entry in every market),
 * so a split into files is the same on every request. A home's lastModified is the catalog's newest
 * change (it shows categories and new arrivals).
 */
export function sitemapUrls(source: SitemapSource, origin: string): SitemapUrl[] {
  const catalogChanged = newest([...source.categories, ...source.products].map((e) => e.lastModified));
  const homes = MARKET_LOCALES.map((locale) => ({
    url: absoluteUrl(homePath(locale), origin),
    ...(catalogChanged ? { lastModified: catalogChanged } : {}),
  }));
  return [
    ...homes,
    ...source.categories.flatMap((c) => perMarket(categoryAlternates(c.slugs), c.lastModified, origin)),
    ...source.products.flatMap((p) => perMarket(productAlternates(p.slugs), p.lastModified, origin)),
  ];
}

/** How many URLs `sitemapUrls` yields, without building them. */
export function sitemapUrlCount(source: SitemapSource): number {
  const inMarkets = (slugs: Record<string, string>) => MARKET_LOCALES.filter((locale) => slugs[MARKETS[locale].language]).length;
  return (
    MARKET_LOCALES.length +
    source.categories.reduce((sum, c) => sum + inMarkets(c.slugs), 0) +
    source.products.reduce((sum, p) => sum + inMarkets(p.slugs), 0)
  );
}

/** The ids `generateSitemaps` returns: 0..n-1, at least one file (an empty catalog still has homes). */
export function sitemapIds(urlCount: number, maxPerFile: number = SITEMAP_MAX_URLS): Array<{ id: number }> {
  if (!Number.isSafeInteger(maxPerFile) || maxPerFile < 1) throw new RangeError('maxPerFile must be a positive integer');
  const files = Math.max(1, Math.ceil(Math.max(0, urlCount) / maxPerFile));
  return Array.from({ length: files }, (_, id) => ({ id }));
}

/**
 * The id Next passes to the sitemap function (a string: "0", "1", ...) as a file index, or null
 * when it is not one of the `sitemapIds` for this count.
 */
export function parseSitemapId(id: string | number | undefined, urlCount: number, maxPerFile: number = SITEMAP_MAX_URLS): number | null {
  const text = String(id ?? '');
  if (!/^(0|[1-9]\d{0,8})$/.test(text)) return null;
  const index = Number(text);
  return index < sitemapIds(urlCount, maxPerFile).length ? index : null;
}

/** File `index` of the split: URLs [index * max, (index + 1) * max). */
export function sitemapChunk<T>(urls: T[], index: number, maxPerFile: number = SITEMAP_MAX_URLS): T[] {
  if (!Number.isSafeInteger(index) || index < 0) return [];
  return urls.slice(index * maxPerFile, (index + 1) * maxPerFile);
}

/** The public URL of sitemap file `id`, as Next serves app/sitemaps/sitemap.ts split by `generateSitemaps`. */
function sitemapFileUrl(id: number, origin: string): string {
  return absoluteUrl(`/sitemaps/sitemap/${id}.xml`, origin);
}

/** The index's entries: each file's URL and the newest lastModified among its URLs. */
export function sitemapIndexEntries(urls: SitemapUrl[], origin: string, maxPerFile: number = SITEMAP_MAX_URLS): SitemapIndexEntry[] {
  return sitemapIds(urls.length, maxPerFile).map(({ id }) => {
    const lastModified = newest(sitemapChunk(urls, id, maxPerFile).map((u) => u.lastModified));
    return { url: sitemapFileUrl(id, origin), ...(lastModified ? { lastModified } : {}) };
  });
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

export type SitemapIndexEntry = { url: string; lastModified?: string };

/** A sitemap index (sitemaps.org protocol) listing the split files. */
export function sitemapIndexXml(files: SitemapIndexEntry[]): string {
  const entries = files
    .map((file) => `<sitemap>\n<loc>${escapeXml(file.url)}</loc>\n${file.lastModified ? `<lastmod>${escapeXml(file.lastModified)}</lastmod>\n` : ''}</sitemap>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}
