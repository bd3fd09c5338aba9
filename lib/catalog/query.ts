// The catalog query: what a listing, a search page and GET /api/products share. Parsed from URL
// search params with one strict schema (query-schema.ts, server side), and written back to URLs
// with the same names here, so a selection is shareable and the back button restores it. This
// file stays free of zod: client components (facets, sort) build URLs with it.
export type { CatalogQuery } from './query-schema';
import type { CatalogQuery } from './query-schema';

export const SORTS = ['relevance', 'price-asc', 'price-desc', 'name-asc', 'newest'] as const;
export type Sort = (typeof SORTS)[number];

export const DEFAULT_PAGE_SIZE = 24;
export const MAX_PAGE_SIZE = 100;
/** Product Search pages by offset; commercetools caps offset + limit at 10,000. */
export const MAX_RESULT_WINDOW = 10_000;

/**
 * Price buckets in minor units, the same thresholds in every currency (the shopper reads them in
 * the market's currency). Keys are `from-to` with an open end written as `from-`.
 */
export const PRICE_BUCKETS = [
  { key: '0-2500', from: 0, to: 2500 },
  { key: '2500-5000', from: 2500, to: 5000 },
  { key: '5000-10000', from: 5000, to: 10000 },
  { key: '10000-20000', from: 10000, to: 20000 },
  { key: '20000-', from: 20000, to: undefined },
] as const;
export type PriceBucketKey = (typeof PRICE_BUCKETS)[number]['key'];
export const PRICE_KEYS = PRICE_BUCKETS.map((b) => b.key) as [PriceBucketKey, ...PriceBucketKey[]];

/** The URL search string for a query; defaults are left out so URLs stay short and canonical. */
export function catalogQueryString(query: Partial<CatalogQuery>, omit: Array<keyof CatalogQuery> = []): string {
  const params = new URLSearchParams();
  const skip = new Set(omit);
  if (query.q && !skip.has('q')) params.set('q', query.q);
  if (query.category && !skip.has('category')) params.set('category', query.category);
  for (const key of ['color', 'size', 'price'] as const) {
    if (skip.has(key)) continue;
    for (const value of [...(query[key] ?? [])].sort()) params.append(key, value);
  }
  if (query.availability && !skip.has('availability')) params.set('availability', query.availability);
  if (query.sort && query.sort !== 'relevance' && !skip.has('sort')) params.set('sort', query.sort);
  if (query.limit && query.limit !== DEFAULT_PAGE_SIZE && !skip.has('limit')) params.set('limit', String(query.limit));
  if (query.page && query.page > 1 && !skip.has('page')) params.set('page', String(query.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function priceBucket(key: string) {
  return PRICE_BUCKETS.find((bucket) => bucket.key === key);
}
