// The sitemap's split (lib/seo/sitemap.ts): homes and categories in file 0, products by id range in
// the files after it, every id in exactly one range, no file near the protocol's limit.
import { describe, expect, it } from 'vitest';
import {
  idRange,
  newestChange,
  pagesFileUrls,
  parseSitemapId,
  PRODUCTS_PER_FILE,
  productFileUrls,
  productPartCount,
  SITEMAP_MAX_URLS,
  sitemapIds,
  sitemapIndexEntries,
  sitemapIndexXml,
  type SitemapEntry,
} from '@/lib/seo/sitemap';

const ORIGIN = 'https://shop.example.com';

const categories: SitemapEntry[] = [{ slugs: { en: 'women', de: 'damen' }, lastModified: '2026-01-02T00:00:00.000Z' }];
const products: SitemapEntry[] = [
  { slugs: { en: 'striped-shirt', de: 'gestreiftes-hemd' }, lastModified: '2026-03-01T00:00:00.000Z' },
  { slugs: { en: 'english-only' }, lastModified: '2026-02-01T00:00:00.000Z' },
];

describe('sitemap files', () => {
  it('file 0: every market home dated by the newest change, then each category in every market', () => {
    expect(pagesFileUrls(categories, newestChange([...categories, ...products]), ORIGIN)).toEqual([
      { url: `${ORIGIN}/en-us`, lastModified: '2026-03-01T00:00:00.000Z' },
      { url: `${ORIGIN}/en-gb`, lastModified: '2026-03-01T00:00:00.000Z' },
      { url: `${ORIGIN}/de-de`, lastModified: '2026-03-01T00:00:00.000Z' },
      { url: `${ORIGIN}/en-us/c/women`, lastModified: '2026-01-02T00:00:00.000Z' },
      { url: `${ORIGIN}/en-gb/c/women`, lastModified: '2026-01-02T00:00:00.000Z' },
      { url: `${ORIGIN}/de-de/c/damen`, lastModified: '2026-01-02T00:00:00.000Z' },
    ]);
  });

  it('a product file: each product in every market whose language has a slug', () => {
    expect(productFileUrls(products, ORIGIN)).toEqual([
      { url: `${ORIGIN}/en-us/p/striped-shirt`, lastModified: '2026-03-01T00:00:00.000Z' },
      { url: `${ORIGIN}/en-gb/p/striped-shirt`, lastModified: '2026-03-01T00:00:00.000Z' },
      { url: `${ORIGIN}/de-de/p/gestreiftes-hemd`, lastModified: '2026-03-01T00:00:00.000Z' },
      { url: `${ORIGIN}/en-us/p/english-only`, lastModified: '2026-02-01T00:00:00.000Z' },
      { url: `${ORIGIN}/en-gb/p/english-only`, lastModified: '2026-02-01T00:00:00.000Z' },
    ]);
  });
});

describe('splitting products by id', () => {
  it(`one file for homes and categories, then one per ${PRODUCTS_PER_FILE} products, each far below ${SITEMAP_MAX_URLS} URLs`, () => {
    expect(PRODUCTS_PER_FILE * 3).toBeLessThan(SITEMAP_MAX_URLS);
    expect(sitemapIds(0)).toEqual([{ id: 0 }]);
    expect(sitemapIds(1)).toEqual([{ id: 0 }, { id: 1 }]);
    expect(sitemapIds(PRODUCTS_PER_FILE)).toHaveLength(2);
    expect(sitemapIds(PRODUCTS_PER_FILE + 1)).toHaveLength(3);
    expect(productPartCount(100_000)).toBe(20);
  });

  it('the id ranges cover every UUID exactly once, in order, with about equal shares', () => {
    for (const parts of [1, 2, 3, 20, 256]) {
      const ranges = Array.from({ length: parts }, (_, k) => idRange(k, parts));
      expect(ranges[0]!.from).toBeUndefined();
      expect(ranges.at(-1)!.to).toBeUndefined();
      for (let k = 1; k < parts; k++) expect(ranges[k]!.from).toBe(ranges[k - 1]!.to);
    }
    const ids = Array.from({ length: 20_000 }, () => crypto.randomUUID());
    const ranges = Array.from({ length: 20 }, (_, k) => idRange(k, 20));
    const counts = ranges.map((r) => ids.filter((id) => (!r.from || id >= r.from) && (!r.to || id < r.to)).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(ids.length);
    // 1,000 expected per range; random UUIDs stay well within +-25 %.
    for (const count of counts) expect(Math.abs(count - 1000)).toBeLessThan(250);
  });

  it('accepts only the ids of existing files, as Next passes them (strings)', () => {
    expect(parseSitemapId('0', 0)).toBe(0);
    expect(parseSitemapId(0, 3)).toBe(0);
    expect(parseSitemapId('1', 0)).toBeNull();
    expect(parseSitemapId('1', 3)).toBe(1);
    expect(parseSitemapId('20', 100_000)).toBe(20);
    expect(parseSitemapId('21', 100_000)).toBeNull();
    for (const bad of [undefined, '', '-1', '01', '1.5', '0.xml', 'abc', ' 0']) expect(parseSitemapId(bad, 1_000_000)).toBeNull();
  });

  it('the index lists every file, reading nothing but the count', () => {
    expect(sitemapIndexEntries(12_000, ORIGIN).map((e) => e.url)).toEqual([0, 1, 2, 3].map((id) => `${ORIGIN}/sitemaps/sitemap/${id}.xml`));
  });
});

describe('sitemapIndexXml', () => {
  it('writes a sitemaps.org index with escaped locations', () => {
    const xml = sitemapIndexXml([
      { url: `${ORIGIN}/sitemaps/sitemap/0.xml`, lastModified: '2026-03-01T00:00:00.000Z' },
      { url: `${ORIGIN}/x?a=1&b=2` },
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '<sitemap>',
        `<loc>${ORIGIN}/sitemaps/sitemap/0.xml</loc>`,
        '<lastmod>2026-03-01T00:00:00.000Z</lastmod>',
        '</sitemap>',
        '<sitemap>',
        `<loc>${ORIGIN}/x?a=1&#38;b=2</loc>`,
        '</sitemap>',
        '</sitemapindex>',
        '',
      ].join('\n'),
    );
  });
});
