import { describe, expect, it } from 'vitest';
import { categoryMetadata, formatPrice, homeMetadata, notFoundMetadata, productMetadata, searchMetadata, truncateDescription } from '@/lib/seo/metadata';
import type { CategoryView, ProductDetail, ProductVariantView } from '@/lib/types';
import { TEST_SITE_URL as ORIGIN } from '../../harness/integration-env';

const blue: ProductVariantView = {
  sku: 'SHIRT-BLU',
  price: { centAmount: 4999, currencyCode: 'EUR', fractionDigits: 2 },
  originalPrice: null,
  available: true,
  attributes: {},
  images: [{ url: '/demo-catalog/shirt-blue.png', alt: 'Hemd in Blau', width: 800, height: 600 }],
};
const red: ProductVariantView = { ...blue, sku: 'SHIRT-RED', price: { centAmount: 3995, currencyCode: 'EUR', fractionDigits: 2 }, images: [] };

const product: ProductDetail = {
  id: 'p-1',
  slug: 'gestreiftes-hemd',
  name: 'Gestreiftes Hemd',
  description: 'Ein gestreiftes Hemd.',
  image: { url: '/demo-catalog/shirt.png', alt: 'Hemd', width: 800, height: 800 },
  price: red.price,
  originalPrice: null,
  variants: [blue, red],
  slugs: { en: 'striped-shirt', de: 'gestreiftes-hemd' },
  categoryIds: [],
  createdAt: '2026-01-01T00:00:00.000Z',
};

const category: CategoryView = {
  id: 'c-1',
  slug: 'women',
  name: 'Women',
  description: 'Clothing for women.',
  children: [],
  ancestors: [],
  slugs: { en: 'women', de: 'damen' },
};

const languages = (paths: Record<string, string>) => Object.fromEntries(Object.entries(paths).map(([k, v]) => [k, `${ORIGIN}${v}`]));

describe('product metadata', () => {
  it('titles with the shown variant price, canonical without variant parameters, hreflang per language slug', async () => {
    const metadata = await productMetadata(product, 'de-de', blue);
    expect(metadata.title).toBe('Gestreiftes Hemd – 49,99\u00a0€');
    expect(metadata.description).toBe('Ein gestreiftes Hemd.');
    expect(metadata.alternates).toEqual({
      canonical: `${ORIGIN}/de-de/p/gestreiftes-hemd`,
      languages: languages({
        'en-US': '/en-us/p/striped-shirt',
        'en-GB': '/en-gb/p/striped-shirt',
        'de-DE': '/de-de/p/gestreiftes-hemd',
        'x-default': '/en-us/p/striped-shirt',
      }),
    });
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      siteName: 'Demo Store',
      locale: 'de_DE',
      alternateLocale: ['en_US', 'en_GB'],
      url: `${ORIGIN}/de-de/p/gestreiftes-hemd`,
      title: 'Gestreiftes Hemd – 49,99\u00a0€',
      images: [{ url: `${ORIGIN}/demo-catalog/shirt-blue.png`, width: 800, height: 600, alt: 'Hemd in Blau' }],
    });
    expect(metadata.robots).toBeUndefined();
  });

  it('says "from" the lowest price when no variant is chosen and prices differ; falls back to the product image', async () => {
    const metadata = await productMetadata(product, 'de-de');
    expect(metadata.title).toBe('Gestreiftes Hemd – ab 39,95\u00a0€');
    expect(metadata.openGraph).toMatchObject({ images: [{ url: `${ORIGIN}/demo-catalog/shirt.png` }] });
    const en = await productMetadata({ ...product, name: 'Striped Shirt' }, 'en-us');
    expect(en.title).toBe('Striped Shirt – from €39.95');
  });

  it('has no price in the title when the market has none, and a description even without one', async () => {
    const metadata = await productMetadata({ ...product, description: '' }, 'en-us', { ...red, price: null });
    expect(metadata.title).toBe('Gestreiftes Hemd');
    expect(metadata.description).toBe('Gestreiftes Hemd');
  });
});

describe('category, home, search and not-found metadata', () => {
  it('category: name and description, canonical per page', async () => {
    const metadata = await categoryMetadata(category, 'en-gb');
    expect(metadata.title).toBe('Women');
    expect(metadata.description).toBe('Clothing for women.');
    expect(metadata.alternates?.canonical).toBe(`${ORIGIN}/en-gb/c/women`);
    expect(metadata.alternates?.languages).toMatchObject({ 'de-DE': `${ORIGIN}/de-de/c/damen` });
    expect((await categoryMetadata(category, 'de-de', { page: 2 })).alternates?.canonical).toBe(`${ORIGIN}/de-de/c/damen?page=2`);
    expect((await categoryMetadata({ ...category, description: '' }, 'en-us')).description).toMatch(/commercetools storefront starter/);
  });

  it('category: its picture (a catalog image) as the absolute Open Graph image; none without one', async () => {
    const image = { url: '/demo-catalog/dress.png', alt: 'Dress', width: 800, height: 800 };
    const metadata = await categoryMetadata(category, 'en-gb', { image });
    expect(metadata.openGraph).toMatchObject({ images: [{ url: `${ORIGIN}/demo-catalog/dress.png`, width: 800, height: 800, alt: 'Dress' }] });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' });
    expect((await categoryMetadata(category, 'en-gb')).openGraph).not.toHaveProperty('images');
  });

  it('home: the store name as the whole title', async () => {
    const metadata = await homeMetadata('de-de');
    expect(metadata.title).toEqual({ absolute: 'Demo Store' });
    expect(metadata.description).toMatch(/^Ein Storefront-Starter/);
    expect(metadata.alternates?.canonical).toBe(`${ORIGIN}/de-de`);
    expect(metadata.alternates?.languages).toMatchObject({ 'x-default': `${ORIGIN}/en-us` });
  });

  it('search: noindex but follow, titled with the query', async () => {
    const metadata = await searchMetadata('en-us', ' linen ');
    expect(metadata.title).toBe('Search: linen');
    expect(metadata.robots).toEqual({ index: false, follow: true });
    expect(metadata.alternates?.canonical).toBe(`${ORIGIN}/en-us/search?q=linen`);
    expect((await searchMetadata('de-de')).title).toBe('Suche');
  });

  it('not found: noindex, no canonical', async () => {
    const metadata = await notFoundMetadata('en-us');
    expect(metadata.robots).toEqual({ index: false, follow: true });
    expect(metadata.alternates).toBeUndefined();
  });
});

describe('helpers', () => {
  it('truncates descriptions at a word boundary', () => {
    expect(truncateDescription('  short \n text ')).toBe('short text');
    const long = 'word '.repeat(60);
    const cut = truncateDescription(long);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith('word…')).toBe(true);
  });

  it('formats prices with the currency fraction digits in the market locale', () => {
    expect(formatPrice({ centAmount: 4999, currencyCode: 'USD', fractionDigits: 2 }, 'en-us')).toBe('$49.99');
    expect(formatPrice({ centAmount: 4000, currencyCode: 'GBP', fractionDigits: 2 }, 'en-gb')).toBe('£40.00');
    expect(formatPrice({ centAmount: 1500, currencyCode: 'JPY', fractionDigits: 0 }, 'en-us')).toBe('¥1,500');
  });
});
