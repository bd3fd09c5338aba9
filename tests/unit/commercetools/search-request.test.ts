import { describe, expect, it } from 'vitest';
import type { CatalogQuery } from '@/lib/catalog/query';
import { parseCatalogQuery } from '@/lib/catalog/query-schema';
import { buildProductSearchRequest } from '@/lib/commercetools/search-request';
import { MARKETS } from '@/lib/markets';

const query = (search: string): CatalogQuery => parseCatalogQuery(new URLSearchParams(search)).data!;
const gb = MARKETS['en-gb'];
const de = MARKETS['de-de'];

type Facet = { distinct?: { name: string; filter?: unknown }; ranges?: { name: string; filter?: unknown }; count?: { name: string; filter?: unknown } };
const facet = (request: ReturnType<typeof buildProductSearchRequest>, name: string) => {
  const f = (request.facets as Facet[]).find((x) => (x.distinct ?? x.ranges ?? x.count)?.name === name)!;
  return (f.distinct ?? f.ranges ?? f.count)!;
};

describe('Product Search request', () => {
  it('selects prices for the market and pages by offset', () => {
    const request = buildProductSearchRequest(query('page=3&limit=10'), gb);
    expect(request.productProjectionParameters).toEqual({ priceCurrency: 'GBP', priceCountry: 'GB' });
    expect(request).toMatchObject({ limit: 10, offset: 20, markMatchingVariants: true });
    expect(request.query).toBeUndefined();
    expect(request.postFilter).toBeUndefined();
  });

  it('searches text in the market language, whole words, any part of the name and misspelt words of the name', () => {
    const request = buildProductSearchRequest(query('q=Shir*'), de, { categoryId: 'cat-1' });
    expect(request.query).toEqual({
      and: [
        {
          or: [
            { fullText: { field: 'name', language: 'de', value: 'Shir*', mustMatch: 'all' } },
            { wildcard: { field: 'name', language: 'de', value: '*Shir\\**', caseInsensitive: true } },
            { fullText: { field: 'description', language: 'de', value: 'Shir*', mustMatch: 'all' } },
            { fuzzy: { field: 'name', language: 'de', value: 'Shir*', level: 2, mustMatch: 'all' } },
          ],
        },
        { exact: { field: 'categoriesSubTree', value: 'cat-1' } },
      ],
    });
  });

  it('puts selections in postFilter and each facet filters by the OTHER selections only', () => {
    const request = buildProductSearchRequest(query('color=red&color=blue&size=m'), gb);
    const colorSelection = { exact: { field: 'variants.attributes.color.key', fieldType: 'lenum', values: ['red', 'blue'] } };
    const sizeSelection = { exact: { field: 'variants.attributes.size.key', fieldType: 'enum', values: ['m'] } };
    expect(request.postFilter).toEqual({ and: [colorSelection, sizeSelection] });
    expect(facet(request, 'color').filter).toEqual(sizeSelection);
    expect(facet(request, 'size').filter).toEqual(colorSelection);
    expect(facet(request, 'availability').filter).toEqual({
      and: [{ exact: { field: 'variants.availability.isOnStock', value: true } }, { and: [colorSelection, sizeSelection] }],
    });
  });

  it('filters and facets prices in the market currency', () => {
    const request = buildProductSearchRequest(query('price=0-2500&price=20000-'), de);
    const currency = { exact: { field: 'variants.prices.currencyCode', value: 'EUR' } };
    expect(request.postFilter).toEqual({
      and: [
        currency,
        { or: [{ range: { field: 'variants.prices.centAmount', gte: 0, lt: 2500 } }, { range: { field: 'variants.prices.centAmount', gte: 20000 } }] },
      ],
    });
    expect(facet(request, 'price').filter).toEqual(currency);
  });

  it.each([
    // The default sort: sold-out products after available ones, then relevance.
    ['relevance', [{ field: 'variants.availability.isOnStock', order: 'desc', mode: 'max' }, { field: 'score', order: 'desc' }]],
    ['name-asc', [{ field: 'name', language: 'en', order: 'asc' }]],
    ['newest', [{ field: 'createdAt', order: 'desc' }]],
    ['price-asc', [{ field: 'variants.prices.centAmount', order: 'asc', mode: 'min', filter: { exact: { field: 'variants.prices.currencyCode', value: 'GBP' } } }]],
    ['price-desc', [{ field: 'variants.prices.centAmount', order: 'desc', mode: 'max', filter: { exact: { field: 'variants.prices.currencyCode', value: 'GBP' } } }]],
  ])('sorts by %s with a stable tie-break', (sort, expected) => {
    expect(buildProductSearchRequest(query(`sort=${sort}`), gb).sort).toEqual([...expected, { field: 'id', order: 'asc' }]);
  });
});

describe('searches without facets', () => {
  it('asks for no facets when the page shows none', () => {
    expect(buildProductSearchRequest(query(''), gb, { facets: false }).facets).toBeUndefined();
    expect(buildProductSearchRequest(query(''), gb).facets).toHaveLength(4);
  });
});
