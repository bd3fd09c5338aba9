// URLs of listing and search pages: the URL is the only state of a catalog page (filters, sort,
// page), so every control is a link or navigates to one of these. Pure, so the server builds the
// links and the facet and sort controls apply the same changes to their optimistic query.
import { catalogQueryString, type CatalogQuery } from '@/lib/catalog/query';

/** Products per listing and search page (divides evenly into 2, 3 and 4 columns). */
export const PAGE_SIZE = 12;

export type FacetName = 'color' | 'size' | 'price' | 'availability';

/** Parameters pages fix themselves: page size, market (the path) and category (the slug). */
export const PAGE_FIXED = ['limit', 'locale', 'category'] as const;
const URL_OMIT: Array<keyof CatalogQuery> = [...PAGE_FIXED];

export function catalogHref(basePath: string, query: Partial<CatalogQuery>): string {
  return `${basePath}${catalogQueryString(query, URL_OMIT)}`;
}

/** The query with one facet value switched on or off; any change of filters starts at page 1. */
export function toggleFacet(query: CatalogQuery, facet: FacetName, key: string): CatalogQuery {
  if (facet === 'availability') {
    return { ...query, page: 1, availability: query.availability === key ? undefined : 'in-stock' };
  }
  const current: readonly string[] = query[facet];
  const next = current.includes(key) ? current.filter((value) => value !== key) : [...current, key];
  return { ...query, page: 1, [facet]: next } as CatalogQuery;
}

export function hasFilters(query: CatalogQuery): boolean {
  return query.color.length > 0 || query.size.length > 0 || query.price.length > 0 || query.availability !== undefined;
}

/** Keeps the search text and the sort, drops every filter. */
export function clearFilters(query: CatalogQuery): CatalogQuery {
  return { ...query, page: 1, color: [], size: [], price: [], availability: undefined };
}

export function withSort(query: CatalogQuery, sort: CatalogQuery['sort']): CatalogQuery {
  return { ...query, sort, page: 1 };
}

export function withPage(query: CatalogQuery, page: number): CatalogQuery {
  return { ...query, page };
}

export function totalPages(total: number, limit: number): number {
  return Math.max(1, Math.ceil(total / limit));
}

/** Page numbers to show, with gaps: 1 … 4 5 6 … 10. Always the first, last, current and its neighbours. */
export function pageItems(current: number, pages: number): Array<number | 'gap'> {
  const shown = new Set([1, pages, current - 1, current, current + 1].filter((p) => p >= 1 && p <= pages));
  // Fill a gap of exactly one page: "1 … 3" would hide a single page behind an ellipsis.
  const sorted = [...shown].sort((a, b) => a - b);
  const items: Array<number | 'gap'> = [];
  for (const [i, page] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous !== undefined && page - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) items.push('gap');
    items.push(page);
  }
  return items;
}
