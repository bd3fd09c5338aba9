import { describe, expect, it } from 'vitest';
import {
  catalogHref,
  clearFilters,
  hasFilters,
  pageItems,
  PAGE_SIZE,
  toggleFacet,
  totalPages,
  withPage,
  withSort,
} from '@/app/_features/catalog/catalog-url';
import { pageCatalogQuery } from '@/app/_features/catalog/page-catalog-query';

describe('pageCatalogQuery', () => {
  it('parses filters, sort and page, with the page size fixed', () => {
    const query = pageCatalogQuery({ color: ['navy', 'black'], size: 'm', sort: 'price-asc', page: '2', price: '0-2500' });
    expect(query).toMatchObject({ color: ['navy', 'black'], size: ['m'], sort: 'price-asc', page: 2, price: ['0-2500'], limit: PAGE_SIZE });
  });

  it('drops invalid or unknown parameters instead of failing the page', () => {
    const query = pageCatalogQuery({ sort: 'cheapest', page: '-3', color: '<script>', utm_source: 'mail', limit: '100', price: '1-2' });
    expect(query).toMatchObject({ sort: 'relevance', page: 1, color: [], price: [], limit: PAGE_SIZE });
    expect(query).not.toHaveProperty('utm_source');
  });

  it('keeps valid parameters next to invalid ones', () => {
    expect(pageCatalogQuery({ sort: 'nope', color: 'navy' })).toMatchObject({ sort: 'relevance', color: ['navy'] });
  });

  it('takes the search text only where the page allows it, and never the market or category', () => {
    expect(pageCatalogQuery({ q: 'shirt' }).q).toBeUndefined();
    expect(pageCatalogQuery({ q: ' shirt ' }, { allowQuery: true }).q).toBe('shirt');
    expect(pageCatalogQuery({ locale: 'de-de', category: 'men' })).not.toMatchObject({ locale: 'de-de' });
    expect(pageCatalogQuery({ locale: 'de-de', category: 'men' }).category).toBeUndefined();
  });

  it('caps the page at the search window', () => {
    expect(pageCatalogQuery({ page: '100000' }).page).toBe(1);
  });
});

describe('catalog URLs', () => {
  const base = pageCatalogQuery({});

  it('writes canonical URLs without defaults, the page size or the market', () => {
    expect(catalogHref('/en-us/c/women', base)).toBe('/en-us/c/women');
    expect(catalogHref('/en-us/c/women', { ...base, color: ['red', 'navy'], sort: 'newest', page: 3 })).toBe(
      '/en-us/c/women?color=navy&color=red&sort=newest&page=3',
    );
  });

  it('toggles facet values and starts again at page 1', () => {
    const onPage3 = withPage(base, 3);
    const withNavy = toggleFacet(onPage3, 'color', 'navy');
    expect(withNavy).toMatchObject({ color: ['navy'], page: 1 });
    expect(toggleFacet(withNavy, 'color', 'navy').color).toEqual([]);
    expect(toggleFacet(base, 'availability', 'in-stock').availability).toBe('in-stock');
    expect(toggleFacet(toggleFacet(base, 'availability', 'in-stock'), 'availability', 'in-stock').availability).toBeUndefined();
    expect(toggleFacet(base, 'price', '0-2500').price).toEqual(['0-2500']);
  });

  it('clears filters but keeps the search text and the sort', () => {
    const busy = { ...base, q: 'tee', sort: 'name-asc' as const, color: ['navy'], size: ['m'], price: ['0-2500' as const], availability: 'in-stock' as const, page: 2 };
    expect(hasFilters(busy)).toBe(true);
    const cleared = clearFilters(busy);
    expect(hasFilters(cleared)).toBe(false);
    expect(cleared).toMatchObject({ q: 'tee', sort: 'name-asc', page: 1 });
  });

  it('a new sort starts at page 1', () => {
    expect(withSort(withPage(base, 4), 'price-desc')).toMatchObject({ sort: 'price-desc', page: 1 });
  });
});

describe('pagination', () => {
  it('counts pages', () => {
    expect(totalPages(0, 12)).toBe(1);
    expect(totalPages(12, 12)).toBe(1);
    expect(totalPages(13, 12)).toBe(2);
  });

  it('lists every page when there are few', () => {
    expect(pageItems(1, 1)).toEqual([1]);
    expect(pageItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows first, last, current and neighbours with gaps, never hiding a single page', () => {
    expect(pageItems(1, 10)).toEqual([1, 2, 'gap', 10]);
    expect(pageItems(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10]);
    expect(pageItems(3, 10)).toEqual([1, 2, 3, 4, 'gap', 10]);
    expect(pageItems(10, 10)).toEqual([1, 'gap', 9, 10]);
  });

  it('makes every page reachable by following the links', () => {
    for (const pages of [1, 2, 7, 40]) {
      const reached = new Set([1]);
      const queue = [1];
      while (queue.length) {
        const page = queue.shift()!;
        for (const item of pageItems(page, pages)) {
          if (item !== 'gap' && !reached.has(item)) {
            reached.add(item);
            queue.push(item);
          }
        }
      }
      expect(reached.size).toBe(pages);
    }
  });
});
