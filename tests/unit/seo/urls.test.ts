import { describe, expect, it } from 'vitest';
import { MARKET_LOCALES } from '@/lib/markets';
import { withEnv } from '../../harness/fresh-modules';

const ORIGIN = 'https://shop.example.com';

/** The module under SITE_URL = `siteUrl` (null: unset). */
async function load(siteUrl: string | null = ORIGIN) {
  return withEnv({ SITE_URL: siteUrl ?? undefined }, () => import('@/lib/seo/urls'));
}

describe('page paths', () => {
  it('builds market-prefixed paths with the slug encoded', async () => {
    const urls = await load();
    expect(urls.homePath('en-gb')).toBe('/en-gb');
    expect(urls.productPath('de-de', 'blaues-hemd')).toBe('/de-de/p/blaues-hemd');
    expect(urls.categoryPath('en-us', 'women')).toBe('/en-us/c/women');
    expect(urls.productPath('en-us', 'a b/c')).toBe('/en-us/p/a%20b%2Fc');
    expect(urls.searchPath('en-us')).toBe('/en-us/search');
    expect(urls.searchPath('en-us', '  ')).toBe('/en-us/search');
    expect(urls.searchPath('de-de', 'rot & blau')).toBe('/de-de/search?q=rot+%26+blau');
  });
});

describe('absoluteUrl', () => {
  it('puts paths on SITE_URL', async () => {
    const { absoluteUrl, siteUrl } = await load('https://shop.example.com/');
    expect(siteUrl()).toBe(ORIGIN);
    expect(absoluteUrl('/en-us/p/shirt')).toBe(`${ORIGIN}/en-us/p/shirt`);
    expect(absoluteUrl('en-us')).toBe(`${ORIGIN}/en-us`);
    expect(absoluteUrl('/demo-catalog/shirt.png')).toBe(`${ORIGIN}/demo-catalog/shirt.png`);
  });

  it('keeps absolute http(s) URLs (CDN images) and never lets a path switch hosts', async () => {
    const { absoluteUrl } = await load();
    expect(absoluteUrl('https://images.cdn.example/a.png')).toBe('https://images.cdn.example/a.png');
    expect(absoluteUrl('//evil.example/x')).toBe(`${ORIGIN}/evil.example/x`);
    expect(absoluteUrl('/\\evil.example/x')).toBe(`${ORIGIN}/evil.example/x`);
  });

  it('falls back to http://localhost:3000 without SITE_URL (development)', async () => {
    const { absoluteUrl } = await load(null);
    expect(absoluteUrl('/en-us')).toBe('http://localhost:3000/en-us');
  });
});

describe('alternates', () => {
  const slugs = { en: 'striped-shirt', de: 'gestreiftes-hemd' };

  it('gives a product page in every market with the per-language slug', async () => {
    const { productAlternates, categoryAlternates } = await load();
    expect(productAlternates(slugs)).toEqual({
      'en-us': '/en-us/p/striped-shirt',
      'en-gb': '/en-gb/p/striped-shirt',
      'de-de': '/de-de/p/gestreiftes-hemd',
    });
    expect(categoryAlternates({ en: 'women', de: 'damen' })).toEqual({
      'en-us': '/en-us/c/women',
      'en-gb': '/en-gb/c/women',
      'de-de': '/de-de/c/damen',
    });
  });

  it('declares an absolute canonical, every market as hreflang, and x-default -> en-us', async () => {
    const { alternates, productAlternates } = await load();
    for (const current of MARKET_LOCALES) {
      const result = alternates(productAlternates(slugs), current);
      const expectedCanonical = { 'en-us': '/en-us/p/striped-shirt', 'en-gb': '/en-gb/p/striped-shirt', 'de-de': '/de-de/p/gestreiftes-hemd' }[current];
      expect(result.canonical).toBe(`${ORIGIN}${expectedCanonical}`);
      expect(result.languages).toEqual({
        'en-US': `${ORIGIN}/en-us/p/striped-shirt`,
        'en-GB': `${ORIGIN}/en-gb/p/striped-shirt`,
        'de-DE': `${ORIGIN}/de-de/p/gestreiftes-hemd`,
        'x-default': `${ORIGIN}/en-us/p/striped-shirt`,
      });
    }
  });

  it('leaves out markets whose language has no slug', async () => {
    const { alternates, productAlternates } = await load();
    const paths = productAlternates({ en: 'only-english' });
    expect(paths['de-de']).toBeUndefined();
    const result = alternates(paths, 'en-gb');
    expect(result.canonical).toBe(`${ORIGIN}/en-gb/p/only-english`);
    expect(Object.keys(result.languages ?? {})).toEqual(['en-US', 'en-GB', 'x-default']);
  });

  it('covers home and search in every market, and later listing pages keep their page number', async () => {
    const { alternates, homeAlternates, searchAlternates, categoryAlternates, withPageParam } = await load();
    expect(alternates(homeAlternates(), 'de-de')).toEqual({
      canonical: `${ORIGIN}/de-de`,
      languages: { 'en-US': `${ORIGIN}/en-us`, 'en-GB': `${ORIGIN}/en-gb`, 'de-DE': `${ORIGIN}/de-de`, 'x-default': `${ORIGIN}/en-us` },
    });
    expect(searchAlternates('linen')).toEqual({
      'en-us': '/en-us/search?q=linen',
      'en-gb': '/en-gb/search?q=linen',
      'de-de': '/de-de/search?q=linen',
    });
    const listing = categoryAlternates({ en: 'women', de: 'damen' });
    expect(withPageParam(listing, 1)).toEqual(listing);
    expect(withPageParam(listing, 3)['de-de']).toBe('/de-de/c/damen?page=3');
    expect(withPageParam(searchAlternates('linen'), 2)['en-us']).toBe('/en-us/search?q=linen&page=2');
  });
});
