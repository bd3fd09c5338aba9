// Product Search facets, postFilter, sorting and paging against the demo catalog, over HTTP:
// facets reflect `query` only (postFilter narrows the results, never the facet counts), distinct
// facets count Products or Variants by `level`, ranges and count facets, sort by price (per
// currency through a sort filter), by name per language, by createdAt, several criteria, and paging
// to the last page with `total`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoProduct, type SearchBackend, demoProducts, keysOf, startSearchBackend } from './product-search-support';
import type { Json } from './support';

let s: SearchBackend;
const catalog = demoProducts();
let womenId: string;

beforeAll(async () => {
  s = await startSearchBackend();
  womenId = await s.categoryId('women');
});
afterAll(async () => {
  await s.backend.close();
});

const women = () => catalog.filter((p) => p.topCategory === 'women');
const womenQuery = () => ({ exact: { field: 'categoriesSubTree', value: womenId } });
const colorFacet = (extra: Record<string, unknown> = {}) => ({
  distinct: { name: 'color', field: 'variants.attributes.color', fieldType: 'lenum', limit: 50, ...extra },
});

/** Expected distinct buckets, as {key: count}. */
function countBy(products: readonly DemoProduct[], unitValues: (p: DemoProduct) => string[][]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of products) {
    for (const values of unitValues(p)) for (const value of new Set(values)) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

const asRecord = (buckets: Array<{ key: string; count: number }>) => Object.fromEntries(buckets.map((b) => [b.key, b.count]));

function minPrice(p: DemoProduct, currency: string): number {
  return Math.min(...p.variants.flatMap((v) => v.prices.filter((pr) => pr.currency === currency).map((pr) => pr.centAmount)));
}
function maxPrice(p: DemoProduct, currency: string): number {
  return Math.max(...p.variants.flatMap((v) => v.prices.filter((pr) => pr.currency === currency).map((pr) => pr.centAmount)));
}

describe('facets and postFilter', () => {
  it('distinct facet with level products counts Products, with level variants counts Variants', async () => {
    const response = await s.search({
      query: womenQuery(),
      limit: 0,
      facets: [colorFacet(), colorFacet({ name: 'colorVariants', level: 'variants' })],
    });
    expect(response.status).toBe(200);
    const [products, variants] = response.body.facets;
    expect(products.name).toBe('color');
    expect(asRecord(products.buckets)).toEqual(countBy(women(), (p) => [p.variants.map((v) => v.color)]));
    expect(variants.name).toBe('colorVariants');
    expect(asRecord(variants.buckets)).toEqual(countBy(women(), (p) => p.variants.map((v) => [v.color])));
    // The two levels really differ for this catalog.
    expect(asRecord(variants.buckets)).not.toEqual(asRecord(products.buckets));
    // Buckets by count, descending.
    const counts = products.buckets.map((b: Json) => b.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('postFilter narrows the results but not the facets', async () => {
    const facets = [colorFacet(), { count: { name: 'products' } }];
    const without = await s.search({ query: womenQuery(), facets, limit: 100 });
    const withPost = await s.search({
      query: womenQuery(),
      facets,
      postFilter: { exact: { field: 'variants.attributes.color', fieldType: 'lenum', value: 'navy' } },
      limit: 100,
    });
    expect(withPost.status).toBe(200);
    expect(withPost.body.facets).toEqual(without.body.facets);
    const navy = women().filter((p) => p.variants.some((v) => v.color === 'navy'));
    expect(withPost.body.total).toBe(navy.length);
    expect(withPost.body.results.map((r: Json) => s.keyOf(r.id)).sort()).toEqual(keysOf(navy));
    expect(without.body.total).toBe(women().length);
    expect(navy.length).toBeLessThan(women().length);
    expect(withPost.body.facets[1]).toEqual({ name: 'products', value: women().length });
  });

  it('facets come back in request order with the documented shapes', async () => {
    const response = await s.search({
      limit: 0,
      facets: [
        { count: { name: 'a' } },
        { distinct: { name: 'b', field: 'variants.attributes.size', fieldType: 'enum', limit: 3 } },
        { ranges: { name: 'c', field: 'variants.prices.centAmount', ranges: [{ to: 1000 }] } },
      ],
    });
    expect(response.body.facets.map((f: Json) => f.name)).toEqual(['a', 'b', 'c']);
    expect(Object.keys(response.body.facets[0]).sort()).toEqual(['name', 'value']);
    expect(Object.keys(response.body.facets[1]).sort()).toEqual(['buckets', 'name']);
    expect(response.body.facets[1].buckets).toHaveLength(3);
  });

  it('ranges facet counts Products per price bucket (from inclusive, to exclusive), with keys', async () => {
    const ranges = [
      { to: 3000, key: 'under-30' },
      { from: 3000, to: 10000, key: '30-100' },
      { from: 10000, key: '100-up' },
    ];
    const response = await s.search({
      limit: 0,
      facets: [
        {
          ranges: {
            name: 'price',
            field: 'variants.prices.centAmount',
            ranges,
            filter: { exact: { field: 'variants.prices.currencyCode', value: 'USD' } },
          },
        },
      ],
    });
    const inRange = (p: DemoProduct, from: number | undefined, to: number | undefined) =>
      p.variants.some((v) => v.prices.some((pr) => pr.currency === 'USD' && (from === undefined || pr.centAmount >= from) && (to === undefined || pr.centAmount < to)));
    expect(response.body.facets[0]).toEqual({
      name: 'price',
      buckets: ranges.map((r) => ({ key: r.key, count: catalog.filter((p) => inRange(p, r.from, r.to)).length })),
    });
  });

  it('count facet counts Products or Variants, with a filter', async () => {
    const response = await s.search({
      query: womenQuery(),
      limit: 0,
      facets: [
        { count: { name: 'products' } },
        { count: { name: 'variants', level: 'variants' } },
        { count: { name: 'inStockVariants', level: 'variants', filter: { exact: { field: 'variants.availability.isOnStock', value: true } } } },
        { count: { name: 'inStockProducts', filter: { exact: { field: 'variants.availability.isOnStock', value: true } } } },
      ],
    });
    const variants = women().flatMap((p) => p.variants);
    expect(response.body.facets).toEqual([
      { name: 'products', value: women().length },
      { name: 'variants', value: variants.length },
      { name: 'inStockVariants', value: variants.filter((v) => v.onStock).length },
      { name: 'inStockProducts', value: women().filter((p) => p.variants.some((v) => v.onStock)).length },
    ]);
  });

  it('distinct facet options: includes, sort by key, limit, missing, scope all', async () => {
    const response = await s.search({
      query: womenQuery(),
      limit: 0,
      facets: [
        colorFacet({ name: 'included', includes: ['navy', 'black', 'not-a-color'] }),
        colorFacet({ name: 'byKey', sort: { by: 'key', order: 'asc' }, limit: 3 }),
        colorFacet({ name: 'all', scope: 'all' }),
        { distinct: { name: 'noKey', field: 'variants.key', missing: 'none', limit: 1 } },
      ],
    });
    const [included, byKey, all] = response.body.facets;
    const expected = countBy(women(), (p) => [p.variants.map((v) => v.color)]);
    expect(asRecord(included.buckets)).toEqual({ navy: expected.navy, black: expected.black });
    const keys = Object.keys(expected).sort();
    expect(byKey.buckets.map((b: Json) => b.key)).toEqual(keys.slice(0, 3));
    expect(asRecord(all.buckets)).toEqual(countBy(catalog, (p) => [p.variants.map((v) => v.color)]));
    expect(response.body.facets[3].buckets).toHaveLength(1);
  });

  it('a facet on an unknown field is 400', async () => {
    const response = await s.search({ facets: [{ distinct: { name: 'x', field: 'colour' } }] });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].code).toBe('InvalidInput');
  });
});

describe('sorting', () => {
  const priceSort = (order: 'asc' | 'desc', currency: string, country: string) => ({
    sort: [
      {
        field: 'variants.prices.centAmount',
        order,
        mode: order === 'asc' ? 'min' : 'max',
        filter: {
          and: [
            { exact: { field: 'variants.prices.currencyCode', value: currency } },
            { exact: { field: 'variants.prices.country', value: country } },
          ],
        },
      },
    ],
    productProjectionParameters: { priceCurrency: currency, priceCountry: country },
    limit: 100,
  });

  it.each([
    ['USD', 'US'],
    ['EUR', 'DE'],
    ['GBP', 'GB'],
  ])('by price in %s both ways, with the selected prices in that currency', async (currency, country) => {
    const asc = await s.search(priceSort('asc', currency, country));
    expect(asc.status).toBe(200);
    const ascMins = asc.body.results.map((r: Json) => minPrice(catalog.find((p) => p.key === s.keyOf(r.id)) as DemoProduct, currency));
    expect(ascMins).toEqual([...ascMins].sort((a, b) => a - b));
    expect(ascMins[0]).toBeLessThan(ascMins[ascMins.length - 1]);
    for (const r of asc.body.results as Json[]) {
      expect(r.productProjection.masterVariant.price.value.currencyCode).toBe(currency);
      expect(r.productProjection.masterVariant.price.country).toBe(country);
    }
    const desc = await s.search(priceSort('desc', currency, country));
    const descMaxes = desc.body.results.map((r: Json) => maxPrice(catalog.find((p) => p.key === s.keyOf(r.id)) as DemoProduct, currency));
    expect(descMaxes).toEqual([...descMaxes].sort((a, b) => b - a));
  });

  it('by name per language', async () => {
    const en = await s.searchKeys({ sort: [{ field: 'name', language: 'en', order: 'asc' }] });
    const de = await s.searchKeys({ sort: [{ field: 'name', language: 'de', order: 'asc' }] });
    const collate = (lang: 'en' | 'de') =>
      [...catalog]
        .sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang, { sensitivity: 'base' }))
        .map((p) => p.key);
    expect(en.keys).toEqual(collate('en'));
    expect(de.keys).toEqual(collate('de'));
    expect(en.keys).not.toEqual(de.keys);
    const desc = await s.searchKeys({ sort: [{ field: 'name', language: 'en', order: 'desc' }] });
    expect(desc.keys).toEqual([...collate('en')].reverse());
  });

  it('by createdAt both ways', async () => {
    const projections = await s.api('GET', '/product-projections?limit=500');
    const createdAt = new Map<string, string>(projections.body.results.map((p: Json) => [p.key, p.createdAt]));
    for (const order of ['asc', 'desc'] as const) {
      const result = await s.searchKeys({ sort: [{ field: 'createdAt', order }] });
      const times = result.keys.map((k) => Date.parse(createdAt.get(k) as string));
      expect(times).toEqual([...times].sort((a, b) => (order === 'asc' ? a - b : b - a)));
      expect(result.keys).toHaveLength(catalog.length);
    }
  });

  it('by several criteria: productType, then key descending', async () => {
    const typeIds = new Map<string, string>();
    for (const type of new Set(catalog.map((p) => p.productType))) typeIds.set(type, await s.productTypeId(type));
    const result = await s.searchKeys({ sort: [{ field: 'productType', order: 'asc' }, { field: 'key', order: 'desc' }] });
    const expected = [...catalog]
      .sort((a, b) => {
        const ta = typeIds.get(a.productType) as string;
        const tb = typeIds.get(b.productType) as string;
        return ta < tb ? -1 : ta > tb ? 1 : a.key < b.key ? 1 : a.key > b.key ? -1 : 0;
      })
      .map((p) => p.key);
    expect(result.keys).toEqual(expected);
  });

  it('by score: full-text relevance first, ties in a stable order', async () => {
    const body = { query: { fullText: { field: 'description', language: 'en', value: 'cotton' } } };
    const first = await s.searchKeys(body);
    const second = await s.searchKeys({ ...body, sort: [{ field: 'score', order: 'desc' }] });
    expect(second.keys).toEqual(first.keys);
    expect(first.total).toBeGreaterThan(1);
  });
});

describe('paging', () => {
  it('walks to the last page with limit and offset; total counts all matches', async () => {
    const sort = [{ field: 'key', order: 'asc' }];
    const first = await s.search({ sort });
    expect(first.body.limit).toBe(20);
    expect(first.body.offset).toBe(0);
    expect(first.body.results).toHaveLength(20);
    expect(first.body.total).toBe(catalog.length);

    const seen: string[] = [];
    const pageSize = 15;
    for (let offset = 0; offset < catalog.length; offset += pageSize) {
      const page = await s.search({ sort, limit: pageSize, offset });
      expect(page.body.total).toBe(catalog.length);
      expect(page.body.offset).toBe(offset);
      seen.push(...page.body.results.map((r: Json) => s.keyOf(r.id)));
    }
    expect(seen).toEqual(keysOf(catalog));
    const lastOffset = Math.floor((catalog.length - 1) / pageSize) * pageSize;
    const last = await s.search({ sort, limit: pageSize, offset: lastOffset });
    expect(last.body.results).toHaveLength(catalog.length - lastOffset);
    const beyond = await s.search({ sort, limit: pageSize, offset: catalog.length });
    expect(beyond.body.results).toEqual([]);
    expect(beyond.body.total).toBe(catalog.length);
  });

  it('productProjection only with productProjectionParameters, with availability', async () => {
    const plain = await s.search({ limit: 1 });
    expect(plain.body.results[0]).toEqual({ id: plain.body.results[0].id });
    const withProjection = await s.search({ limit: 1, productProjectionParameters: {} });
    const projection = withProjection.body.results[0].productProjection;
    expect(projection.id).toBe(withProjection.body.results[0].id);
    expect(projection.masterVariant.price).toBeUndefined();
    expect(typeof projection.masterVariant.availability.isOnStock).toBe('boolean');
    const localized = await s.search({ limit: 1, productProjectionParameters: { localeProjection: ['de'], expand: ['productType'] } });
    const p = localized.body.results[0].productProjection;
    expect(Object.keys(p.name)).toEqual(['de']);
    expect(p.productType.obj.key).toBeDefined();
  });
});
