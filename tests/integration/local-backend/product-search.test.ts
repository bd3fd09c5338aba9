// Product Search query expressions against the demo catalog, over HTTP: full text as the real API
// tokenizes it (whole words, any case, English and German), parts of words through fullTextPrefix
// and wildcard, exact/prefix/range/exists filters, categoriesSubTree, Variant and Price conditions
// that must hold on the same Variant / Price, matching variants, and 400s for bad queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoProduct, type SearchBackend, demoProducts, keysOf, startSearchBackend, words } from './product-search-support';
import type { Json } from './support';

let s: SearchBackend;
const catalog = demoProducts();

beforeAll(async () => {
  s = await startSearchBackend();
});
afterAll(async () => {
  await s.backend.close();
});

const byName = (en: string): DemoProduct => {
  const product = catalog.find((p) => p.name.en === en);
  if (!product) throw new Error(`demo catalog has no product named ${en}`);
  return product;
};

const sorted = (keys: string[]) => [...keys].sort();

describe('fullText', () => {
  it('finds whole words of the English name in any case', async () => {
    const tee = byName('Essential Crew Tee');
    const lower = await s.searchKeys({ query: { fullText: { field: 'name', language: 'en', value: 'crew tee' } } });
    expect(lower.keys).toEqual([tee.key]);
    const upper = await s.searchKeys({ query: { fullText: { field: 'name', language: 'en', value: 'ESSENTIAL CREW' } } });
    expect(upper.keys).toEqual([tee.key]);
  });

  it('finds German words in the German name, umlauts and case folded', async () => {
    const breton = byName('Breton Striped Top');
    const result = await s.searchKeys({ query: { fullText: { field: 'name', language: 'de', value: 'streifenshirt' } } });
    expect(result.keys).toEqual([breton.key]);
    const slip = byName('Satin Slip Dress');
    const umlaut = await s.searchKeys({ query: { fullText: { field: 'name', language: 'de', value: 'TRÄGERKLEID' } } });
    expect(umlaut.keys).toEqual([slip.key]);
    // The German text is not searched in English.
    const wrongLanguage = await s.searchKeys({ query: { fullText: { field: 'name', language: 'en', value: 'streifenshirt' } } });
    expect(wrongLanguage.total).toBe(0);
  });

  it('matches whole tokens only: part of a word is no full-text match', async () => {
    const partial = await s.searchKeys({ query: { fullText: { field: 'name', language: 'en', value: 'essent' } } });
    expect(partial.total).toBe(0);
  });

  it('mustMatch all (default) needs every word, any needs one', async () => {
    const expectedAny = catalog.filter((p) => words(p.name.en).some((w) => w === 'linen' || w === 'tee'));
    const all = await s.searchKeys({ query: { fullText: { field: 'name', language: 'en', value: 'linen tee' } } });
    expect(all.total).toBe(0);
    const any = await s.searchKeys({ query: { fullText: { field: 'name', language: 'en', value: 'linen tee', mustMatch: 'any' } } });
    expect(sorted(any.keys)).toEqual(keysOf(expectedAny));
    expect(expectedAny.length).toBeGreaterThan(2);
  });

  it('ranks matches in the name above matches only in the description', async () => {
    const inName = catalog.filter((p) => words(p.name.en).includes('cotton'));
    const onlyInDescription = catalog.filter((p) => !words(p.name.en).includes('cotton') && words(p.description.en).includes('cotton'));
    expect(inName.length).toBeGreaterThan(0);
    expect(onlyInDescription.length).toBeGreaterThan(0);
    const result = await s.searchKeys({
      query: {
        or: [
          { fullText: { field: 'name', language: 'en', value: 'cotton' } },
          { fullText: { field: 'description', language: 'en', value: 'cotton' } },
        ],
      },
    });
    expect(sorted(result.keys)).toEqual(keysOf([...inName, ...onlyInDescription]));
    expect(sorted(result.keys.slice(0, inName.length))).toEqual(keysOf(inName));
  });
});

describe('parts of words: fullTextPrefix and wildcard', () => {
  it('fullTextPrefix takes the last word as the beginning of a word', async () => {
    const tee = byName('Essential Crew Tee');
    const expected = catalog.filter((p) => words(p.name.en).some((w) => w.startsWith('cre')));
    const typed = await s.searchKeys({ query: { fullTextPrefix: { field: 'name', language: 'en', value: 'Cre' } } });
    expect(sorted(typed.keys)).toEqual(keysOf(expected));
    const two = await s.searchKeys({ query: { fullTextPrefix: { field: 'name', language: 'en', value: 'essential cr' } } });
    expect(two.keys).toEqual([tee.key]);
    const german = byName('Speckled Stoneware Mug');
    const de = await s.searchKeys({ query: { fullTextPrefix: { field: 'name', language: 'de', value: 'steinzeug' } } });
    expect(de.keys).toEqual([german.key]);
  });

  it('wildcard with caseInsensitive finds any part of the name in any case', async () => {
    const expected = catalog.filter((p) => p.name.en.toLowerCase().includes('rew'));
    const result = await s.searchKeys({ query: { wildcard: { field: 'name', language: 'en', value: '*REW*', caseInsensitive: true } } });
    expect(sorted(result.keys)).toEqual(keysOf(expected));
    expect(expected.length).toBeGreaterThan(1);
    const mug = byName('Speckled Stoneware Mug');
    const de = await s.searchKeys({ query: { wildcard: { field: 'name', language: 'de', value: '*zeugbech*', caseInsensitive: true } } });
    expect(de.keys).toEqual([mug.key]);
  });

  it('a backslash escapes * and ? in a wildcard', async () => {
    expect((await s.searchKeys({ query: { wildcard: { field: 'name', language: 'en', value: '\\*', caseInsensitive: true } } })).total).toBe(0);
    expect((await s.searchKeys({ query: { wildcard: { field: 'name', language: 'en', value: '*\\?*' } } })).total).toBe(0);
    const tee = byName('Essential Crew Tee');
    expect((await s.searchKeys({ query: { wildcard: { field: 'name', language: 'en', value: 'Essential Crew T\\ee' } } })).keys).toEqual([tee.key]);
  });

  it('wildcard and prefix are case-sensitive unless caseInsensitive is set', async () => {
    const tee = byName('Essential Crew Tee');
    expect((await s.searchKeys({ query: { wildcard: { field: 'name', language: 'en', value: '*crew tee' } } })).total).toBe(0);
    expect((await s.searchKeys({ query: { wildcard: { field: 'name', language: 'en', value: '*Crew Tee' } } })).keys).toEqual([tee.key]);
    expect((await s.searchKeys({ query: { prefix: { field: 'name', language: 'en', value: 'essential' } } })).total).toBe(0);
    const prefix = await s.searchKeys({ query: { prefix: { field: 'name', language: 'en', value: 'essential', caseInsensitive: true } } });
    expect(prefix.keys).toEqual([tee.key]);
  });
});

describe('exact, prefix, range, exists', () => {
  it('exact on key with value and with values', async () => {
    const [a, b] = catalog as [DemoProduct, DemoProduct];
    expect((await s.searchKeys({ query: { exact: { field: 'key', value: a.key } } })).keys).toEqual([a.key]);
    const both = await s.searchKeys({ query: { exact: { field: 'key', values: [a.key, b.key, 'no-such-key'] } } });
    expect(sorted(both.keys)).toEqual(keysOf([a, b]));
  });

  it('exact on variants.sku is case-sensitive unless caseInsensitive', async () => {
    const product = catalog[3] as DemoProduct;
    const sku = (product.variants[1] ?? product.variants[0])!.sku;
    expect((await s.searchKeys({ query: { exact: { field: 'variants.sku', value: sku.toLowerCase() } } })).total).toBe(0);
    const found = await s.searchKeys({ query: { exact: { field: 'variants.sku', value: sku.toLowerCase(), caseInsensitive: true } } });
    expect(found.keys).toEqual([product.key]);
  });

  it('prefix on variants.sku and on the localized slug', async () => {
    const expected = catalog.filter((p) => p.variants.some((v) => v.sku.startsWith('WTP-')));
    const sku = await s.searchKeys({ query: { prefix: { field: 'variants.sku', value: 'WTP-' } } });
    expect(sorted(sku.keys)).toEqual(keysOf(expected));
    const slugExpected = catalog.filter((p) => p.slug.de.startsWith('kinder-'));
    const slug = await s.searchKeys({ query: { prefix: { field: 'slug', language: 'de', value: 'kinder-' } } });
    expect(sorted(slug.keys)).toEqual(keysOf(slugExpected));
    expect(slugExpected.length).toBeGreaterThan(0);
  });

  it('range on the price of one currency: the currency and the amount hold for the same Price', async () => {
    const samePrice = catalog.filter((p) =>
      p.variants.some((v) => v.prices.some((pr) => pr.currency === 'EUR' && pr.centAmount < 2000)),
    );
    const anyPrice = catalog.filter(
      (p) => p.variants.some((v) => v.prices.some((pr) => pr.currency === 'EUR')) && p.variants.some((v) => v.prices.some((pr) => pr.centAmount < 2000)),
    );
    // The catalog distinguishes the two readings (GBP prices are lower than EUR ones).
    expect(keysOf(anyPrice)).not.toEqual(keysOf(samePrice));
    const result = await s.searchKeys({
      query: {
        and: [
          { exact: { field: 'variants.prices.currencyCode', value: 'EUR' } },
          { range: { field: 'variants.prices.centAmount', lt: 2000 } },
        ],
      },
    });
    expect(sorted(result.keys)).toEqual(keysOf(samePrice));
  });

  it('range with gte and lte bounds (inclusive)', async () => {
    const expected = catalog.filter((p) =>
      p.variants.some((v) => v.prices.some((pr) => pr.currency === 'USD' && pr.centAmount >= 4500 && pr.centAmount <= 6500)),
    );
    const result = await s.searchKeys({
      query: {
        filter: [
          { exact: { field: 'variants.prices.currencyCode', value: 'USD' } },
          { range: { field: 'variants.prices.centAmount', gte: 4500, lte: 6500 } },
        ],
      },
    });
    expect(sorted(result.keys)).toEqual(keysOf(expected));
  });

  it('range on createdAt (DateTime)', async () => {
    const all = await s.api('GET', '/product-projections?limit=500&sort=createdAt asc');
    const createdAt: string[] = all.body.results.map((p: Json) => p.createdAt);
    const pivot = createdAt[30] as string;
    const expected = all.body.results.filter((p: Json) => p.createdAt >= pivot).map((p: Json) => p.key);
    const result = await s.searchKeys({ query: { range: { field: 'createdAt', gte: pivot } } });
    expect(sorted(result.keys)).toEqual(sorted(expected));
    expect(result.total).toBeLessThan(catalog.length);
  });

  it('exists on a localized field and on a price field no Price has', async () => {
    expect((await s.searchKeys({ query: { exists: { field: 'description', language: 'de' } } })).total).toBe(catalog.length);
    expect((await s.searchKeys({ query: { exists: { field: 'variants.prices.validFrom' } } })).total).toBe(0);
  });

  it('availability: isOnStock and availableQuantity', async () => {
    const soldOut = catalog.filter((p) => p.variants.every((v) => !v.onStock));
    expect(soldOut.length).toBeGreaterThan(0);
    const inStock = await s.searchKeys({ query: { exact: { field: 'variants.availability.isOnStock', value: true } } });
    expect(sorted(inStock.keys)).toEqual(keysOf(catalog.filter((p) => p.variants.some((v) => v.onStock))));
    const plenty = await s.searchKeys({ query: { range: { field: 'variants.availability.availableQuantity', gte: 60 } } });
    expect(sorted(plenty.keys)).toEqual(keysOf(catalog.filter((p) => p.variants.some((v) => v.quantity >= 60))));
  });
});

describe('attributes', () => {
  it('enum and lenum attributes match their key; lenum labels per language', async () => {
    const navy = catalog.filter((p) => p.variants.some((v) => v.color === 'navy'));
    const byKey = await s.searchKeys({ query: { exact: { field: 'variants.attributes.color', fieldType: 'lenum', value: 'navy' } } });
    expect(sorted(byKey.keys)).toEqual(keysOf(navy));
    const byLabel = await s.searchKeys({
      query: { exact: { field: 'variants.attributes.color.label', fieldType: 'lenum', language: 'de', value: 'Marineblau' } },
    });
    expect(sorted(byLabel.keys)).toEqual(keysOf(navy));
    const xl = catalog.filter((p) => p.variants.some((v) => v.size === 'xl'));
    const size = await s.searchKeys({ query: { exact: { field: 'variants.attributes.size', fieldType: 'enum', value: 'xl' } } });
    expect(sorted(size.keys)).toEqual(keysOf(xl));
  });

  it('an Attribute searched with another type than its definition matches nothing', async () => {
    const result = await s.searchKeys({ query: { exact: { field: 'variants.attributes.color', fieldType: 'enum', value: 'navy' } } });
    expect(result.total).toBe(0);
  });
});

describe('categories', () => {
  it('categoriesSubTree of a top-level category finds the products of its subcategories', async () => {
    const women = await s.categoryId('women');
    const expected = catalog.filter((p) => p.topCategory === 'women');
    expect(expected.every((p) => p.category !== 'women')).toBe(true);
    const subtree = await s.searchKeys({ query: { exact: { field: 'categoriesSubTree', value: women } } });
    expect(sorted(subtree.keys)).toEqual(keysOf(expected));
    // `categories` are the directly assigned ones only.
    expect((await s.searchKeys({ query: { exact: { field: 'categories', value: women } } })).total).toBe(0);
    const tops = await s.categoryId('women-tops');
    const direct = await s.searchKeys({ query: { exact: { field: 'categories', value: tops } } });
    expect(sorted(direct.keys)).toEqual(keysOf(catalog.filter((p) => p.category === 'women-tops')));
  });

  it('not excludes, productType filters', async () => {
    const women = await s.categoryId('women');
    const others = await s.searchKeys({ query: { not: [{ exact: { field: 'categoriesSubTree', value: women } }] } });
    expect(sorted(others.keys)).toEqual(keysOf(catalog.filter((p) => p.topCategory !== 'women')));
    const type = catalog[0]!.productType;
    const typed = await s.searchKeys({ query: { exact: { field: 'productType', value: await s.productTypeId(type) } } });
    expect(sorted(typed.keys)).toEqual(keysOf(catalog.filter((p) => p.productType === type)));
  });
});

describe('Variant conditions', () => {
  const blackAndSoldOut = () => catalog.filter((p) => p.variants.some((v) => v.color === 'black' && !v.onStock));

  it('the conditions of an and hold on one and the same Variant', async () => {
    const anyVariants = catalog.filter((p) => p.variants.some((v) => v.color === 'black') && p.variants.some((v) => !v.onStock));
    expect(keysOf(anyVariants)).not.toEqual(keysOf(blackAndSoldOut()));
    const result = await s.searchKeys({
      query: {
        and: [
          { exact: { field: 'variants.attributes.color', fieldType: 'lenum', value: 'black' } },
          { exact: { field: 'variants.availability.isOnStock', value: false } },
        ],
      },
    });
    expect(sorted(result.keys)).toEqual(keysOf(blackAndSoldOut()));
  });

  it('markMatchingVariants lists the matching Variants', async () => {
    const result = await s.searchKeys({
      markMatchingVariants: true,
      query: {
        filter: [
          { exact: { field: 'variants.attributes.color', fieldType: 'lenum', value: 'black' } },
          { exact: { field: 'variants.availability.isOnStock', value: false } },
        ],
      },
    });
    for (const r of result.body.results as Json[]) {
      const product = catalog.find((p) => p.key === s.keyOf(r.id)) as DemoProduct;
      const expected = product.variants.filter((v) => v.color === 'black' && !v.onStock).map((v) => v.sku);
      expect(r.matchingVariants.allMatched).toBe(false);
      expect(r.matchingVariants.matchedVariants.map((m: Json) => m.sku)).toEqual(expected);
      expect(r.matchingVariants.matchedVariants.every((m: Json) => typeof m.id === 'number')).toBe(true);
    }
    expect(result.total).toBe(blackAndSoldOut().length);
  });

  it('without Variant conditions all Variants match', async () => {
    const result = await s.searchKeys({ markMatchingVariants: true, query: { exact: { field: 'key', value: catalog[0]!.key } } });
    expect(result.body.results[0].matchingVariants).toEqual({ allMatched: true, matchedVariants: [] });
    const plain = await s.searchKeys({ query: { exact: { field: 'key', value: catalog[0]!.key } } });
    expect(plain.body.results[0]).toEqual({ id: s.idOf(catalog[0]!.key) });
  });
});

describe('invalid queries are 400 InvalidInput, never 500', () => {
  const bad: Array<[string, unknown]> = [
    ['unknown field', { query: { exact: { field: 'variants.colour', value: 'x' } } }],
    ['unknown expression', { query: { contains: { field: 'name', language: 'en', value: 'x' } } }],
    ['two expressions in one object', { query: { exact: { field: 'key', value: 'a' }, prefix: { field: 'key', value: 'a' } } }],
    ['localized field without language', { query: { fullText: { field: 'name', value: 'tee' } } }],
    ['attribute without fieldType', { query: { exact: { field: 'variants.attributes.color', value: 'navy' } } }],
    ['range on a text field', { query: { range: { field: 'key', gte: 'a' } } }],
    ['range without bounds', { query: { range: { field: 'variants.prices.centAmount' } } }],
    ['wrong value type', { query: { exact: { field: 'variants.prices.centAmount', value: 'cheap' } } }],
    ['and with one expression', { query: { and: [{ exact: { field: 'key', value: 'a' } }] } }],
    ['empty or', { query: { or: [] } }],
    ['compound inside filter', { query: { filter: [{ or: [{ exact: { field: 'key', value: 'a' } }, { exact: { field: 'key', value: 'b' } }] }] } }],
    ['unknown property', { query: { exact: { field: 'key', value: 'a', caseInsenstive: true } } }],
    ['unknown request field', { query: { exact: { field: 'key', value: 'a' } }, filter: [] }],
    ['limit above 100', { limit: 101 }],
    ['offset above 10000', { offset: 10_001 }],
    ['sort without order', { sort: [{ field: 'createdAt' }] }],
    ['sort on an unknown field', { sort: [{ field: 'price', order: 'asc' }] }],
    ['value longer than 256 characters', { query: { fullText: { field: 'name', language: 'en', value: 'x'.repeat(257) } } }],
    ['price country without currency', { productProjectionParameters: { priceCountry: 'DE' } }],
  ];
  it.each(bad)('%s', async (_name, body) => {
    const response = await s.search(body);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].code).toBe('InvalidInput');
    expect(typeof response.body.message).toBe('string');
  });

  it('more than 50 expressions', async () => {
    const many = Array.from({ length: 51 }, (_, i) => ({ exact: { field: 'key', value: `k${i}` } }));
    const response = await s.search({ query: { or: many } });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].code).toBe('InvalidInput');
  });
});
