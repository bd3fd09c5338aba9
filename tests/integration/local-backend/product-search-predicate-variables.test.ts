// Query predicates with input passed as predicate variables (`where=slug(en = :slug)&var.slug=...`),
// how the storefront looks up product and category pages, against the demo catalog: per language,
// lists (`in :slugs`), hostile input that stays a value, a missing variable (400), and price
// selection on the product found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoProduct, type SearchBackend, demoProducts, startSearchBackend } from './product-search-support';
import type { Json } from './support';

let s: SearchBackend;
const catalog = demoProducts();

beforeAll(async () => {
  s = await startSearchBackend();
});
afterAll(async () => {
  await s.backend.close();
});

function query(where: string, vars: Record<string, string | string[]>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ where, ...extra });
  for (const [name, value] of Object.entries(vars)) for (const v of [value].flat()) params.append(`var.${name}`, v);
  return params.toString();
}

describe('predicate variables', () => {
  const product = catalog[7] as DemoProduct;

  it('finds a product projection by English and by German slug', async () => {
    for (const language of ['en', 'de'] as const) {
      const response = await s.api('GET', `/product-projections?${query(`slug(${language} = :slug)`, { slug: product.slug[language] })}`);
      expect(response.status).toBe(200);
      expect(response.body.results.map((p: Json) => p.key)).toEqual([product.key]);
    }
    // The German slug is not an English one.
    const crossed = await s.api('GET', `/product-projections?${query('slug(en = :slug)', { slug: product.slug.de })}`);
    expect(crossed.body.total).toBe(0);
  });

  it('finds a category by German slug', async () => {
    const response = await s.api('GET', `/categories?${query('slug(de = :slug)', { slug: 'damen-oberteile' })}`);
    expect(response.status).toBe(200);
    expect(response.body.results.map((c: Json) => c.key)).toEqual(['women-tops']);
  });

  it('a repeated variable is a list for `in`', async () => {
    const two = catalog.slice(0, 2);
    const response = await s.api('GET', `/product-projections?${query('slug(en in :slugs)', { slugs: two.map((p) => p.slug.en) })}`);
    expect(response.body.results.map((p: Json) => p.key).sort()).toEqual(two.map((p) => p.key).sort());
  });

  it('input in a variable stays a value, even when it looks like a predicate', async () => {
    const hostile = `${product.slug.en}") or slug(en is defined) or key = ("x`;
    const response = await s.api('GET', `/product-projections?${query('slug(en = :slug)', { slug: hostile })}`);
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(0);
  });

  it('a variable the predicate names but the request lacks is 400', async () => {
    const response = await s.api('GET', `/product-projections?${query('slug(en = :slug)', {})}`);
    expect(response.status).toBe(400);
    expect(typeof response.body.message).toBe('string');
  });

  it('combines with price selection', async () => {
    const response = await s.api(
      'GET',
      `/product-projections?${query('slug(en = :slug)', { slug: product.slug.en }, { priceCurrency: 'GBP', priceCountry: 'GB' })}`,
    );
    const variant = response.body.results[0].masterVariant;
    const expected = product.variants[0]!.prices.find((p) => p.currency === 'GBP' && p.country === 'GB');
    expect(variant.price.value).toMatchObject({ currencyCode: 'GBP', centAmount: expected?.centAmount });
  });
});
