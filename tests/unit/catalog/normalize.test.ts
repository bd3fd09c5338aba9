// One cache key per meaning (lib/catalog/normalize.ts): equivalent catalog queries normalise to the
// same query, and values the catalog does not have are dropped.
import { describe, expect, it } from 'vitest';
import { isCommonQuery, normalizeCatalogQuery, normalizeSearchText } from '@/lib/catalog/normalize';
import type { CatalogQuery } from '@/lib/catalog/query';

const known = { color: ['navy', 'red', 'Sand'], size: ['s', 'm', 'xl'] };
const base: CatalogQuery = { sort: 'relevance', page: 1, limit: 24, color: [], size: [], price: [] };
const key = (query: CatalogQuery) => JSON.stringify(normalizeCatalogQuery(query, known));

describe('normalizeCatalogQuery', () => {
  it('maps equivalent queries to one key: facet order, duplicates, letter case and spacing of the text', () => {
    const a = { ...base, q: '  Striped   Shirt ', color: ['red', 'navy'], size: ['m', 's', 'm'], price: ['5000-10000', '0-2500'] } as CatalogQuery;
    const b = { ...base, q: 'striped shirt', color: ['NAVY', 'Red'], size: ['s', 'M'], price: ['0-2500', '5000-10000', '0-2500'] } as CatalogQuery;
    expect(key(a)).toBe(key(b));
    expect(normalizeCatalogQuery(a, known)).toMatchObject({ q: 'striped shirt', color: ['navy', 'red'], size: ['m', 's'], price: ['0-2500', '5000-10000'] });
  });

  it("drops values the catalog does not have, and takes the catalog's own spelling of a key", () => {
    const query = normalizeCatalogQuery({ ...base, color: ['nonsense', 'sand'], size: ['xxxl'] }, known);
    expect(query.color).toEqual(['Sand']);
    expect(query.size).toEqual([]);
  });

  it('leaves no empty text and no API locale in the key', () => {
    const query = normalizeCatalogQuery({ ...base, q: '   ', locale: 'de-de' } as CatalogQuery, known);
    expect('q' in query).toBe(false);
    expect('locale' in query).toBe(false);
    expect(normalizeSearchText('  A\tB  ')).toBe('a b');
  });

  it('calls only unfiltered first pages common (always cached)', () => {
    expect(isCommonQuery(base)).toBe(true);
    expect(isCommonQuery({ ...base, page: 6 })).toBe(false);
    expect(isCommonQuery({ ...base, q: 'shirt' })).toBe(false);
    expect(isCommonQuery({ ...base, color: ['red'] })).toBe(false);
  });
});
