import { describe, expect, it } from 'vitest';
import {
  parseSitemapId,
  SITEMAP_MAX_URLS,
  sitemapChunk,
  sitemapIds,
  sitemapIndexEntries,
  sitemapIndexXml,
  sitemapUrlCount,
  sitemapUrls,
  type SitemapSource,
} from '@/lib/seo/sitemap';

const ORIGIN = 'https://shop.example.com';

const source: SitemapSource = {
  categories: [{ slugs: { en: 'women', de: 'damen' }, lastModified: '2026-01-02T00:00:00.000Z' }],
  products: [
    { slugs: { en: 'striped-shirt', de: 'gestreiftes-hemd' }, lastModified: '2026-03-01T00:00:00.000Z' },
    { slugs: { en: 'english-only' }, lastModified: '2026-02-01T00:00:00.000Z' },
  ],
};

describe('sitemapUrls', () => {
  it('lists every market home, then each category and product in every market with its language slug', () => {
    expect(sitemapUrls(source, ORIGIN)).toEqual([
      { url: `${ORIGIN}/en-us`, lastModified: '2026-03-01T00:00:00.000Z' },
      { url: `${ORIGIN}/en-gb`, lastModified: '2026-03-01T00:00:00.000Z' },
      { url: `${ORIGIN}/de-de`, lastModified: '2026-03-01T00:00:00.000Z' },
      { url: `${ORIGIN}/en-us/c/women`, lastModified: '2026-01-02T00:00:00.000Z' },
      { url: `${ORIGIN}/en-gb/c/women`, lastModified: '2026-01-02T00:00:00.000Z' },
      { url: `${ORIGIN}/de-de/c/damen`, lastModified: '2026-01-02T00:00:00.000Z' },
      { url: `${ORIGIN}/en-us/p/striped-shirt`, lastModified: '2026-03-01T00:00:00.000Z' },
      { url: `${ORIGIN}/en-gb/p/striped-shirt`, lastModified: '2026-03-01T00:00:00.000Z' },
      { url: `${ORIGIN}/de-de/p/gestreiftes-hemd`, lastModified: '2026-03-01T00:00:00.000Z' },
      { url: `${ORIGIN}/en-us/p/english-only`, lastModified: '2026-02-01T00:00:00.000Z' },
      { url: `${ORIGIN}/en-gb/p/english-only`, lastModified: '2026-02-01T00:00:00.000Z' },
    ]);
  });

  it('counts exactly the URLs it builds', () => {
    expect(sitemapUrlCount(source)).toBe(sitemapUrls(source, ORIGIN).length);
    expect(sitemapUrlCount({ categories: [], products: [] })).toBe(3);
  });
});

describe('splitting into files', () => {
  it('uses one file up to 50,000 URLs and another for each further 50,000', () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    expect(sitemapIds(0)).toEqual([{ id: 0 }]);
    expect(sitemapIds(3)).toEqual([{ id: 0 }]);
    expect(sitemapIds(50_000)).toEqual([{ id: 0 }]);
    expect(sitemapIds(50_001)).toEqual([{ id: 0 }, { id: 1 }]);
    expect(sitemapIds(150_000)).toEqual([{ id: 0 }, { id: 1 }, { id: 2 }]);
    expect(sitemapIds(150_001)).toHaveLength(4);
    expect(() => sitemapIds(10, 0)).toThrow(RangeError);
  });

  it('splits a large catalog into complete, disjoint files of at most 50,000 URLs', () => {
    const products = Array.from({ length: 40_000 }, (_, i) => ({
      slugs: { en: `product-${i}`, de: `produkt-${i}` },
      lastModified: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    }));
    const big: SitemapSource = { categories: source.categories, products };
    const urls = sitemapUrls(big, ORIGIN);
    expect(urls).toHaveLength(3 + 3 + 120_000);
    expect(sitemapUrlCount(big)).toBe(urls.length);

    const ids = sitemapIds(urls.length);
    expect(ids.map((i) => i.id)).toEqual([0, 1, 2]);
    const files = ids.map(({ id }) => sitemapChunk(urls, id));
    expect(files.map((f) => f.length)).toEqual([50_000, 50_000, 20_006]);
    const joined = files.flat().map((u) => u.url);
    expect(joined).toEqual(urls.map((u) => u.url));
    expect(new Set(joined).size).toBe(urls.length);

    // The index names each file with the newest change among its URLs.
    const index = sitemapIndexEntries(urls, ORIGIN);
    expect(index.map((e) => e.url)).toEqual([0, 1, 2].map((id) => `${ORIGIN}/sitemaps/sitemap/${id}.xml`));
    expect(index[2]!.lastModified).toBe(products[products.length - 1]!.lastModified);
    expect(index[0]!.lastModified).toBe(files[0]!.map((u) => String(u.lastModified)).sort().at(-1));
  });

  it('splits with any file size the same way', () => {
    const urls = sitemapUrls(source, ORIGIN);
    const ids = sitemapIds(urls.length, 4);
    expect(ids).toHaveLength(3);
    expect(ids.map(({ id }) => sitemapChunk(urls, id, 4).length)).toEqual([4, 4, 3]);
    expect(sitemapChunk(urls, 3, 4)).toEqual([]);
    expect(sitemapChunk(urls, -1, 4)).toEqual([]);
  });

  it("accepts only the ids of existing files, as Next passes them (strings)", () => {
    expect(parseSitemapId('0', 3)).toBe(0);
    expect(parseSitemapId(0, 3)).toBe(0);
    expect(parseSitemapId('1', 3)).toBeNull();
    expect(parseSitemapId('1', 50_001)).toBe(1);
    expect(parseSitemapId('2', 100_000)).toBeNull();
    for (const bad of [undefined, '', '-1', '01', '1.5', '0.xml', 'abc', ' 0']) expect(parseSitemapId(bad, 1_000_000)).toBeNull();
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
