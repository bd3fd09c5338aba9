// GET /api/products against the seeded local backend, checked against the demo catalog's data.
import type { ProductDraft } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import * as productsRoute from '@/app/api/products/route';
import { apiRequest, routeContext } from '../../../harness/requests';
import { COLORS } from '../../../../scripts/local-backend/seed/data/colors';
import { attributeKey, catalog, categoryBySlug, priceIn, productsInCategory, topLevelCategories, variantsOf } from '../../../harness/demo-expectations';

type ApiProduct = {
  id: string;
  slug: string;
  name: string;
  price: { centAmount: number; currencyCode: string } | null;
  originalPrice: { centAmount: number; currencyCode: string } | null;
  variants: Array<{
    sku: string;
    price: { centAmount: number; currencyCode: string } | null;
    originalPrice: { centAmount: number; currencyCode: string } | null;
    available: boolean;
    attributes: Record<string, { key: string; label: string }>;
  }>;
};
type ApiResult = { results: ApiProduct[]; total: number; facets: Array<{ name: string; buckets: Array<{ key: string; label: string; count: number; selected: boolean }> }> };

async function get(search: string): Promise<{ status: number; body: ApiResult & { error?: { code: string; fields?: Record<string, string[]> } } }> {
  const response = await productsRoute.GET(apiRequest(`/api/products${search}`), routeContext());
  return { status: response.status, body: await response.json() };
}

const women = topLevelCategories[0]!;
const womenProducts = productsInCategory(women);

describe('GET /api/products', () => {
  it('lists a top-level category with its subcategories, exactly the contract shape', async () => {
    const { status, body } = await get(`?category=${women.slug.en}&limit=100`);
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['facets', 'results', 'total']);
    expect(body.total).toBe(womenProducts.length);
    expect(body.results.map((p) => p.slug).sort()).toEqual(womenProducts.map((p) => p.slug.en).sort());
    const first = body.results[0]!;
    expect(Object.keys(first).sort()).toEqual(['id', 'image', 'name', 'originalPrice', 'price', 'slug', 'variants']);
    expect(Object.keys(first.variants[0]!).sort()).toEqual(['attributes', 'available', 'originalPrice', 'price', 'sku']);
  });

  it('default sort: products with no variant on stock come after every other product', async () => {
    const { body } = await get(`?category=${women.slug.en}&limit=100`);
    const soldOut = body.results.map((p) => p.variants.every((v) => !v.available));
    const first = soldOut.indexOf(true);
    expect(first, 'the category has a sold-out product').toBeGreaterThan(0);
    expect(soldOut.slice(first).every(Boolean)).toBe(true);
    // Another sort keeps its own order (here by name), sold-out products wherever their name puts them.
    const byName = (await get(`?category=${women.slug.en}&limit=100&sort=name-asc`)).body.results.map((p) => p.name);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('a product on sale: the price is the discounted amount, originalPrice the price before the product discount', async () => {
    const product = catalog.products.find((p) => variantsOf(p).some((v) => v.prices?.some((price) => price.discounted)))!;
    const { body } = await get(`?q=${encodeURIComponent(product.name.en!)}&limit=100&locale=en-gb`);
    const item = body.results.find((p) => p.slug === product.slug.en)!;
    for (const variant of variantsOf(product)) {
      const price = variant.prices!.find((p) => p.value.currencyCode === 'GBP')!;
      const shown = item.variants.find((v) => v.sku === variant.sku)!;
      expect(shown.price?.centAmount).toBe(price.discounted!.value.centAmount);
      expect(shown.originalPrice?.centAmount).toBe(price.value.centAmount);
    }
    expect(item.originalPrice!.centAmount).toBeGreaterThan(item.price!.centAmount);
    // Products without a discount have nothing to strike through.
    const regular = (await get(`?category=${women.slug.en}&limit=100`)).body.results;
    expect(regular.every((p) => p.originalPrice === null && p.variants.every((v) => v.originalPrice === null))).toBe(true);
  });

  it('pages through every product to the last page', async () => {
    const limit = 5;
    const first = await get(`?category=${women.slug.en}&limit=${limit}&sort=name-asc`);
    const pages = Math.ceil(first.body.total / limit);
    const seen: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const { body } = await get(`?category=${women.slug.en}&limit=${limit}&sort=name-asc&page=${page}`);
      expect(body.results.length).toBe(page < pages ? limit : first.body.total - limit * (pages - 1));
      seen.push(...body.results.map((p) => p.id));
    }
    expect(new Set(seen).size).toBe(womenProducts.length);
    const past = await get(`?category=${women.slug.en}&limit=${limit}&page=${pages + 1}`);
    expect(past.body.results).toEqual([]);
  });

  it('finds a product by a lower-case part of its name, in English and in German', async () => {
    const product = catalog.products[7]!;
    const englishPart = product.name.en!.split(' ').at(-1)!.slice(0, 4).toLowerCase();
    const en = await get(`?q=${encodeURIComponent(englishPart)}&limit=100`);
    expect(en.body.results.map((p) => p.slug)).toContain(product.slug.en);
    const germanPart = product.name.de!.slice(1, 6).toLowerCase();
    const de = await get(`?q=${encodeURIComponent(germanPart)}&locale=de-de&limit=100`);
    expect(de.body.results.map((p) => p.slug)).toContain(product.slug.de);
    expect(de.body.results.find((p) => p.slug === product.slug.de)!.name).toBe(product.name.de);
  });

  it('prices every result in the market currency, per price selection', async () => {
    for (const [locale, currency, country] of [['en-us', 'USD', 'US'], ['en-gb', 'GBP', 'GB'], ['de-de', 'EUR', 'DE']] as const) {
      const slug = locale === 'de-de' ? women.slug.de : women.slug.en;
      const { body } = await get(`?category=${slug}&locale=${locale}&limit=100`);
      expect(body.results.length).toBe(womenProducts.length);
      for (const product of body.results) {
        const source = catalog.products.find((p) => p.slug.en === product.slug || p.slug.de === product.slug)!;
        for (const variant of product.variants) {
          const expected = priceIn(variantsOf(source).find((v) => v.sku === variant.sku)!, currency, country);
          expect(variant.price).toEqual({ centAmount: expected, currencyCode: currency, fractionDigits: 2 });
        }
      }
    }
  });

  it('counts products (not variants) per colour, and filters by colour', async () => {
    const { body } = await get(`?category=${women.slug.en}&limit=100`);
    const colors = body.facets.find((f) => f.name === 'color')!;
    for (const bucket of colors.buckets) {
      const expected = womenProducts.filter((p) => variantsOf(p).some((v) => attributeKey(v, 'color') === bucket.key)).length;
      expect([bucket.key, bucket.count]).toEqual([bucket.key, expected]);
      expect(bucket.label).not.toBe('');
    }
    const pick = colors.buckets[0]!;
    const filtered = await get(`?category=${women.slug.en}&limit=100&color=${pick.key}`);
    expect(filtered.body.total).toBe(pick.count);
    for (const product of filtered.body.results) expect(product.variants.some((v) => v.attributes.color?.key === pick.key)).toBe(true);
    // The colour facet still offers the other colours (its own selection does not narrow it).
    const colorsAfter = filtered.body.facets.find((f) => f.name === 'color')!;
    expect(colorsAfter.buckets.map((b) => b.key)).toEqual(colors.buckets.map((b) => b.key));
    expect(colorsAfter.buckets.find((b) => b.key === pick.key)!.selected).toBe(true);
  });

  it('labels a selected colour that the other filters leave without products, with its label', async () => {
    // A colour and a size that no product of the catalog combines: the colour facet, narrowed by the
    // size, has no bucket of its own for the colour.
    const colorsOf = (p: ProductDraft) => new Set(variantsOf(p).map((v) => attributeKey(v, 'color')));
    const sizesOf = (p: ProductDraft) => new Set(variantsOf(p).map((v) => attributeKey(v, 'size')));
    const pair = COLORS.flatMap((color) =>
      [...new Set(catalog.products.flatMap((p) => [...sizesOf(p)]))].map((size) => ({ color, size })),
    ).find(({ color, size }) => catalog.products.some((p) => colorsOf(p).has(color.key)) && !catalog.products.some((p) => colorsOf(p).has(color.key) && sizesOf(p).has(size)));
    expect(pair).toBeDefined();
    for (const [locale, label] of [['en-gb', pair!.color.en], ['de-de', pair!.color.de]] as const) {
      const { body } = await get(`?limit=1&locale=${locale}&color=${pair!.color.key}&size=${pair!.size}`);
      expect(body.total).toBe(0);
      const bucket = body.facets.find((f) => f.name === 'color')!.buckets.find((b) => b.key === pair!.color.key);
      expect(bucket).toEqual({ key: pair!.color.key, label, count: 0, selected: true });
    }
  });

  it('ignores a colour or size value the catalog does not define: no filter, no bucket', async () => {
    const all = await get(`?category=${women.slug.en}&limit=1`);
    const unknown = await get(`?category=${women.slug.en}&limit=1&color=nonsense&size=no-such-size`);
    expect(unknown.status).toBe(200);
    expect(unknown.body.total).toBe(all.body.total);
    expect(unknown.body.total).toBeGreaterThan(0);
    const keys = unknown.body.facets.flatMap((f) => f.buckets.filter((b) => b.selected).map((b) => `${f.name}:${b.key}`));
    expect(keys).toEqual([]);
  });

  it('sorts by price both ways in the market currency', async () => {
    const asc = (await get(`?category=${women.slug.en}&limit=100&sort=price-asc&locale=en-gb`)).body.results;
    const lowest = (p: ApiProduct) => Math.min(...p.variants.map((v) => v.price!.centAmount));
    const highest = (p: ApiProduct) => Math.max(...p.variants.map((v) => v.price!.centAmount));
    expect(asc.length).toBe(womenProducts.length);
    expect(asc.map(lowest)).toEqual([...asc.map(lowest)].sort((a, b) => a - b));
    const desc = (await get(`?category=${women.slug.en}&limit=100&sort=price-desc&locale=en-gb`)).body.results;
    expect(desc.length).toBe(womenProducts.length);
    expect(desc.map(highest)).toEqual([...desc.map(highest)].sort((a, b) => b - a));
  });

  it('filters by availability and price range', async () => {
    const inStock = await get('?limit=100&availability=in-stock');
    const soldOut = catalog.products.filter((p) => variantsOf(p).every((v) => catalog.inventory.find((i) => i.sku === v.sku)?.quantityOnStock === 0));
    expect(soldOut.length).toBeGreaterThan(0);
    expect(inStock.body.total).toBe(catalog.products.length - soldOut.length);
    const cheap = await get('?limit=100&price=0-2500&locale=en-us');
    // The price filter is on `variants.prices.centAmount`: the price's value (before a product discount).
    const listPrice = (v: ReturnType<typeof variantsOf>[number]) => v.prices?.find((p) => p.value.currencyCode === 'USD' && p.country === 'US')?.value.centAmount;
    const expected = catalog.products.filter((p) => variantsOf(p).some((v) => (listPrice(v) ?? Infinity) < 2500));
    expect(cheap.body.total).toBe(expected.length);
  });

  it('answers 404 for an unknown category and 400 for bad parameters', async () => {
    expect((await get('?category=no-such-category')).status).toBe(404);
    const bad = await get('?sort=cheapest&colour=red');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error!.fields!).sort()).toEqual(['colour', 'sort']);
    expect((await get('?locale=fr-fr')).status).toBe(400);
  });

  it.each(['__proto__', 'constructor', 'toString'])('answers a query parameter named %s (listed or not) with a 400 naming it', async (key) => {
    for (const search of [`?${key}=a`, `?${key}=a,b&${key}=c`]) {
      const bad = await get(search);
      expect(bad.status, search).toBe(400);
      expect(bad.body.error?.fields?.[key], search).toBeDefined();
    }
  });

  it('uses the German category slug in the German market', async () => {
    const sub = categoryBySlug(catalog.categories.find((c) => c.parent)!.slug.en!);
    const { status, body } = await get(`?category=${sub.slug.de}&locale=de-de`);
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(0);
    expect(body.total).toBe(productsInCategory(sub).length);
  });
});
