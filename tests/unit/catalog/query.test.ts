import { describe, expect, it } from 'vitest';
import { catalogQueryString, DEFAULT_PAGE_SIZE } from '@/lib/catalog/query';
import { parseCatalogQuery } from '@/lib/catalog/query-schema';

function parse(search: string) {
  return parseCatalogQuery(new URLSearchParams(search));
}

describe('catalog query (URL state)', () => {
  it('applies defaults', () => {
    expect(parse('').data).toEqual({ sort: 'relevance', page: 1, limit: DEFAULT_PAGE_SIZE, color: [], size: [], price: [] });
  });

  it('reads repeated and comma-separated facet values', () => {
    const query = parse('color=red&color=blue&size=m,l&price=0-2500&availability=in-stock&sort=price-asc&page=2').data;
    expect(query).toMatchObject({ color: ['red', 'blue'], size: ['m', 'l'], price: ['0-2500'], availability: 'in-stock', sort: 'price-asc', page: 2 });
  });

  it('also accepts Next searchParams records', () => {
    expect(parseCatalogQuery({ color: ['red', 'blue'], q: 'shirt', page: undefined }).data).toMatchObject({ color: ['red', 'blue'], q: 'shirt' });
  });

  it.each([
    ['unknown parameter', 'colour=red', 'colour'],
    ['unknown sort', 'sort=cheapest', 'sort'],
    ['page 0', 'page=0', 'page'],
    ['fractional page', 'page=1.5', 'page'],
    ['limit over 100', 'limit=101', 'limit'],
    ['unknown price bucket', 'price=1-2', 'price.0'],
    ['facet value with markup', 'color=%3Cscript%3E', 'color.0'],
    ['page beyond the 10,000 result window', 'page=500&limit=24', 'page'],
  ])('rejects %s', (_label, search, path) => {
    const result = parse(search);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => (i.code === 'unrecognized_keys' ? i.keys[0] : i.path.join('.')));
    expect(paths).toContain(path);
  });

  it('writes canonical URLs: defaults omitted, values sorted, so equal selections share one URL', () => {
    const query = parse('size=m&color=red&color=blue&sort=relevance&page=1').data!;
    expect(catalogQueryString(query)).toBe('?color=blue&color=red&size=m');
    expect(catalogQueryString({ ...query, page: 3, sort: 'newest' })).toBe('?color=blue&color=red&size=m&sort=newest&page=3');
    expect(catalogQueryString(query, ['color'])).toBe('?size=m');
    expect(catalogQueryString(parse('').data!)).toBe('');
  });

  it('round-trips through its own URL', () => {
    const query = parse('q=linen&color=red&price=2500-5000&availability=in-stock&sort=name-asc&page=2&limit=12').data!;
    expect(parse(catalogQueryString(query).slice(1)).data).toEqual(query);
  });
});
