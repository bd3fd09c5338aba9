// A listing or search page's catalog query from its search params (server side: it parses with the
// zod schema, which client components never load).
import type { CatalogQuery } from '@/lib/catalog/query';
import { catalogQuerySchema, searchParamsRecord } from '@/lib/catalog/query-schema';
import { PAGE_FIXED, PAGE_SIZE } from './catalog-url';

export type PageSearchParams = Record<string, string | string[] | undefined>;

/**
 * A page's catalog query from its search params. Lenient where the API is strict: an unknown or
 * invalid parameter (a tracking tag, a hand-edited `sort`) is dropped instead of failing the page.
 */
export function pageCatalogQuery(params: PageSearchParams, options: { allowQuery?: boolean } = {}): CatalogQuery {
  const record = searchParamsRecord(params);
  for (const key of PAGE_FIXED) delete record[key];
  if (!options.allowQuery) delete record.q;
  for (let attempt = 0; attempt < 20; attempt++) {
    const parsed = catalogQuerySchema.safeParse(record);
    if (parsed.success) return { ...parsed.data, limit: PAGE_SIZE };
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') for (const key of issue.keys) delete record[key];
      else if (typeof issue.path[0] === 'string') delete record[issue.path[0]];
    }
  }
  return { ...catalogQuerySchema.parse({}), limit: PAGE_SIZE };
}
