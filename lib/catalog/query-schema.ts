// The one strict schema for the catalog query (URL search params of pages and GET /api/products).
// Server side only in practice: client components write URLs with query.ts, which has no zod.
import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_RESULT_WINDOW, PRICE_KEYS, SORTS } from './query';

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

const LIST_PARAMS = new Set(['color', 'size', 'price']);

/** URLSearchParams (or Next's searchParams object) -> a plain record zod can parse. */
export function searchParamsRecord(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  // Keyed by input: a Map, so `__proto__` or `constructor` are just unknown keys (400), never the prototype.
  const record = new Map<string, string | string[]>();
  const entries =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : Array.isArray(v) ? v.map((x) => [k, x] as const) : [[k, v] as const]));
  for (const [key, value] of entries) {
    if (value === '') continue;
    if (LIST_PARAMS.has(key)) {
      const existing = record.get(key);
      record.set(key, [...(Array.isArray(existing) ? existing : []), ...value.split(',').filter(Boolean)]);
    } else {
      record.set(key, value);
    }
  }
  return Object.fromEntries(record);
}

export function parseCatalogQuery(params: Parameters<typeof searchParamsRecord>[0]) {
  return catalogQuerySchema.safeParse(searchParamsRecord(params));
}
