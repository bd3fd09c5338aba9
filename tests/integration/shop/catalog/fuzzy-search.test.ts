// Typo-tolerant search through the domain (lib/shop/catalog -> gateway -> the real SDK over HTTP
// -> the local backend's Product Search `fuzzy`): a misspelt word finds the product, an exact word
// still ranks its products first, very short words are never fuzzy, and a search without results
// has popular products to offer (in stock, newest first).
import { describe, expect, it } from 'vitest';
import { catalogQuerySchema } from '@/lib/catalog/query-schema';
import { marketFor } from '@/lib/markets';
import { POPULAR_PRODUCT_COUNT, popularProducts, searchProducts } from '@/lib/shop/catalog/catalog';
import type { ProductSearchResult } from '@/lib/types';
import { catalog, variantsOf } from '../../../harness/demo-expectations';

const us = marketFor('en-us');
const de = marketFor('de-de');

async function search(q: string, market = us): Promise<ProductSearchResult> {
  const result = await searchProducts({ ...catalogQuerySchema.parse({}), q, limit: 100 }, market, { facets: false });
  if (!result.ok) throw new Error(`search failed: ${result.kind}`);
  return result.value;
}
const names = (result: ProductSearchResult) => result.results.map((p) => p.name);
const demoName = (en: string) => catalog.products.find((p) => p.name.en === en)!;

describe('typo-tolerant product search', () => {
  it('finds a product by a misspelt word of its name (one and two edits, transposition, any case)', async () => {
    expect(names(await search('cardigen'))).toContain('Chunky Cable Cardigan');
    expect(names(await search('Espadrile'))).toContain('Canvas Espadrille');
    expect(names(await search('crdigan'))).toContain('Chunky Cable Cardigan');
    // Two edits in a word longer than five letters.
    expect(names(await search('espedrile'))).toContain('Canvas Espadrille');
    // Every word must match, each within its own distance.
    expect(names(await search('chunky cardigen'))).toEqual(['Chunky Cable Cardigan']);
  });

  it('is typo tolerant in the market language too', async () => {
    const dress = demoName('Knitted Jumper Dress');
    expect(names(await search('Strickklied', de))).toContain(dress.name.de);
  });

  it('keeps the documented distance per word length: no match beyond it', async () => {
    // Five letters allow one edit: "jeens" finds jeans, "jeeng" (two edits) does not.
    expect(names(await search('jeens'))).toEqual(expect.arrayContaining(['Selvedge Straight Jeans', 'Kids Pull-On Jeans']));
    expect((await search('jeeng')).total).toBe(0);
    // Words of one or two letters must be exact.
    expect((await search('zx')).total).toBe(0);
  });

  it('ranks exact matches above fuzzy ones', async () => {
    // "cap" is one edit away from "cup" and "camp": those products are found, after the cap.
    const result = names(await search('cap'));
    expect(result[0]).toBe('Washed Cotton Cap');
    expect(result).toEqual(expect.arrayContaining(['Porcelain Espresso Cup', 'Linen Camp Collar Shirt']));
    // An exact multi-word name is the first result, ahead of everything that only nearly matches.
    expect(names(await search('Suede Chelsea Boot'))[0]).toBe('Suede Chelsea Boot');
  });

  it('offers popular products (in stock, newest first) when a search finds nothing', async () => {
    expect((await search('xylophonezzz')).total).toBe(0);
    const popular = await popularProducts(us);
    if (!popular.ok) throw new Error('popular products failed');
    const list = popular.value.results;
    expect(list).toHaveLength(POPULAR_PRODUCT_COUNT);
    // Each has a variant on stock.
    for (const product of list) expect(product.variants.some((v) => v.available), product.name).toBe(true);
    // The same products as the newest in-stock listing.
    const newest = await searchProducts({ ...catalogQuerySchema.parse({}), sort: 'newest', availability: 'in-stock', limit: POPULAR_PRODUCT_COUNT }, us);
    expect(newest.ok && newest.value.results.map((p) => p.id)).toEqual(list.map((p) => p.id));
    // A sold-out product of the demo catalog is never among them.
    const soldOut = catalog.products.filter((p) => variantsOf(p).length > 0 && catalog.inventory.filter((e) => variantsOf(p).some((v) => v.sku === e.sku)).every((e) => e.quantityOnStock === 0));
    for (const product of soldOut) expect(list.map((p) => p.slug)).not.toContain(product.slug.en);
  });
});
