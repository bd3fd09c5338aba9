import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { JsonLd, JsonLdScript } from '@/app/_ui/json-ld';
import { breadcrumbJsonLd, decimalAmount, productJsonLd, serializeJsonLd, type JsonLdObject } from '@/lib/seo/json-ld';
import { MARKETS } from '@/lib/markets';
import type { ProductDetail, ProductVariantView } from '@/lib/types';
import { TEST_SITE_URL } from '../../harness/integration-env';

vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-nonce': 'nonce-123' }) }));

const variant: ProductVariantView = {
  sku: 'SHIRT-BLU-M',
  price: { centAmount: 4999, currencyCode: 'USD', fractionDigits: 2 },
  originalPrice: null,
  available: true,
  attributes: { color: { key: 'blue', label: 'Blue' } },
  images: [{ url: '/demo-catalog/shirt-blue.png', alt: 'Shirt in blue', width: 800, height: 800 }],
};

const product: ProductDetail = {
  id: 'p-1',
  slug: 'striped-shirt',
  name: 'Striped Shirt',
  description: 'A striped shirt.',
  image: { url: 'https://cdn.example/shirt.png', alt: 'Shirt', width: 800, height: 800 },
  price: variant.price,
  originalPrice: null,
  variants: [variant],
  slugs: { en: 'striped-shirt', de: 'gestreiftes-hemd' },
  categoryIds: [],
  createdAt: '2026-01-01T00:00:00.000Z',
};

const URL_ = `${TEST_SITE_URL}/en-us/p/striped-shirt`;

describe('decimalAmount', () => {
  it.each([
    [4999, 2, '49.99'],
    [5, 2, '0.05'],
    [100, 2, '1.00'],
    [0, 2, '0.00'],
    [1500, 0, '1500'],
    [0, 0, '0'],
    [1234, 1, '123.4'],
    [7, 1, '0.7'],
    [12345, 3, '12.345'],
    [5, 3, '0.005'],
    [-250, 2, '-2.50'],
    [Number.MAX_SAFE_INTEGER, 2, '90071992547409.91'],
  ])('%i with %i fraction digits -> %s', (centAmount, fractionDigits, expected) => {
    expect(decimalAmount({ centAmount, fractionDigits })).toBe(expected);
  });

  it('refuses amounts it cannot represent exactly', () => {
    expect(() => decimalAmount({ centAmount: 1.5, fractionDigits: 2 })).toThrow(RangeError);
    expect(() => decimalAmount({ centAmount: 100, fractionDigits: -1 })).toThrow(RangeError);
  });
});

describe('productJsonLd', () => {
  it('describes the variant with an Offer in the market currency', () => {
    expect(productJsonLd(product, variant, MARKETS['en-us'], URL_)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Striped Shirt',
      description: 'A striped shirt.',
      image: [`${TEST_SITE_URL}/demo-catalog/shirt-blue.png`, 'https://cdn.example/shirt.png'],
      sku: 'SHIRT-BLU-M',
      url: URL_,
      offers: {
        '@type': 'Offer',
        price: '49.99',
        priceCurrency: 'USD',
        availability: 'https://schema.org/InStock',
        itemCondition: 'https://schema.org/NewCondition',
        url: URL_,
      },
    });
  });

  it('marks a sold-out variant OutOfStock', () => {
    const soldOut = { ...variant, available: false };
    expect(productJsonLd(product, soldOut, MARKETS['en-us'], URL_).offers).toMatchObject({ availability: 'https://schema.org/OutOfStock' });
  });

  it('formats prices of currencies with 0 and 3 fraction digits', () => {
    const jpy = { ...variant, price: { centAmount: 1500, currencyCode: 'JPY', fractionDigits: 0 } };
    expect(productJsonLd(product, jpy, { currency: 'JPY' }, URL_).offers).toMatchObject({ price: '1500', priceCurrency: 'JPY' });
    const kwd = { ...variant, price: { centAmount: 12345, currencyCode: 'KWD', fractionDigits: 3 } };
    expect(productJsonLd(product, kwd, { currency: 'KWD' }, URL_).offers).toMatchObject({ price: '12.345', priceCurrency: 'KWD' });
  });

  it('has no Offer without a price in the market (never another currency)', () => {
    const unpriced = { ...variant, price: null };
    expect(productJsonLd(product, unpriced, MARKETS['en-us'], URL_)).not.toHaveProperty('offers');
    expect(productJsonLd(product, variant, MARKETS['de-de'], URL_)).not.toHaveProperty('offers');
  });

  it('leaves out an empty description and missing images', () => {
    const bare = { ...product, description: ' ', image: null };
    const ld = productJsonLd(bare, { ...variant, images: [] }, MARKETS['en-us'], URL_);
    expect(ld).not.toHaveProperty('description');
    expect(ld).not.toHaveProperty('image');
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the items from 1, root first', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', url: `${TEST_SITE_URL}/en-us` },
        { name: 'Women', url: `${TEST_SITE_URL}/en-us/c/women` },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${TEST_SITE_URL}/en-us` },
        { '@type': 'ListItem', position: 2, name: 'Women', item: `${TEST_SITE_URL}/en-us/c/women` },
      ],
    });
  });
});

describe('JSON-LD in HTML', () => {
  const hostile = { ...product, name: 'Shirt</script><script>alert(1)</script><!-- & more' };

  it('escapes <, > and & so catalog text cannot close the script element, and parses back unchanged', () => {
    const data = productJsonLd(hostile, variant, MARKETS['en-us'], URL_);
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain('Shirt\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('escapes the JavaScript line separators too', () => {
    expect(serializeJsonLd({ name: 'a\u2028b\u2029c' })).toBe('{"name":"a\\u2028b\\u2029c"}');
  });

  it('renders one application/ld+json script whose content is the data', () => {
    const data: JsonLdObject[] = [productJsonLd(hostile, variant, MARKETS['en-us'], URL_), breadcrumbJsonLd([{ name: 'Home', url: URL_ }])];
    const html = renderToStaticMarkup(createElement(JsonLdScript, { data, nonce: 'n0nce' }));
    expect(html.startsWith('<script type="application/ld+json" nonce="n0nce">')).toBe(true);
    expect(html.match(/<\/script>/gi)).toHaveLength(1);
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    const content = html.slice(html.indexOf('>') + 1, html.lastIndexOf('</script>'));
    expect(JSON.parse(content)).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('JsonLd carries the request CSP nonce', async () => {
    const element = await JsonLd({ data: { '@type': 'Thing' } });
    expect(renderToStaticMarkup(element)).toBe('<script type="application/ld+json" nonce="nonce-123">{"@type":"Thing"}</script>');
  });
});
