// The catalog query: what a listing, a search page and GET /api/products share. Parsed from URL
// search params with one strict schema, and written back to URLs with the same names, so a
// selection is shareable and the back button restores it.
import { z } from 'zod';

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
const PRICE_KEYS = PRICE_BUCKETS.map((b) => b.key) as [PriceBucketKey, ...PriceBucketKey[]];

const facetValue = z.string().regex(/^[a-z0-9][a-z0-9-]{0,49}$/i, 'is not a valid value');
const list = <T extends z.ZodType>(item: T) => z.array(item).max(20);

export const catalogQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    category: z.string().regex(/^[A-Za-z0-9_-]{2,256}$/, 'is not a category slug').optional(),
    sort: z.enum(SORTS).default('relevance'),
    page: z.coerce.number().int().min(1).default(1),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
    color: list(facetValue).default([]),
    size: list(facetValue).default([]),
    price: list(z.enum(PRICE_KEYS)).default([]),
    availability: z.enum(['in-stock']).optional(),
    /** Market override for API callers; pages take the market from the path. */
    locale: z.string().optional(),
  })
  .strict()
  .refine((query) => (query.page - 1) * query.limit + query.limit <= MAX_RESULT_WINDOW, {
    message: `page * limit must not exceed ${MAX_RESULT_WINDOW}`,
    path: ['page'],
  });

export type CatalogQuery = z.output<typeof catalogQuerySchema>;
export type FacetSelections = Pick<CatalogQuery, 'color' | 'size' | 'price' | 'availability'>;

const LIST_PARAMS = new Set(['color', 'size', 'price']);

/** URLSearchParams (or Next's searchParams object) -> a plain record zod can parse. */
export function searchParamsRecord(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  const entries =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : Array.isArray(v) ? v.map((x) => [k, x] as const) : [[k, v] as const]));
  for (const [key, value] of entries) {
    if (value === '') continue;
    if (LIST_PARAMS.has(key)) {
      const existing = record[key];
      record[key] = [...(Array.isArray(existing) ? existing : []), ...value.split(',').filter(Boolean)];
    } else {
      record[key] = value;
    }
  }
  return record;
}

export function parseCatalogQuery(params: Parameters<typeof searchParamsRecord>[0]) {
  return catalogQuerySchema.safeParse(searchParamsRecord(params));
}

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
