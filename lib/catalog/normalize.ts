// One canonical form per catalog query, so equivalent requests share one cache entry and no
// request can add entries for values the catalog does not have (docs/caching.md):
// - the search text trimmed, whitespace collapsed and lower-cased (Product Search's full-text match
//   ignores case);
// - colour and size keys matched case-insensitively against the catalog's own keys, unknown ones
//   dropped (an unknown value filters nothing and shows no chip), each list de-duplicated and sorted;
// - price buckets de-duplicated and sorted; the API's `locale` is not part of a query.
import type { CatalogQuery } from './query';
import { PRICE_KEYS } from './query';

/** The catalog's value keys per attribute (from the attribute dictionaries). */
export type KnownKeys = Record<'color' | 'size', readonly string[]>;

function canonicalKeys(values: readonly string[], known: readonly string[]): string[] {
  const byLowerCase = new Map(known.map((key) => [key.toLowerCase(), key]));
  const kept = values.map((value) => byLowerCase.get(value.toLowerCase())).filter((key): key is string => key !== undefined);
  return [...new Set(kept)].sort();
}

export function normalizeSearchText(q: string | undefined): string | undefined {
  const text = q?.trim().replace(/\s+/g, ' ').toLowerCase();
  return text ? text : undefined;
}

export function normalizeCatalogQuery(query: CatalogQuery, known: KnownKeys): CatalogQuery {
  const text = normalizeSearchText(query.q);
  const normalized: CatalogQuery & { locale?: string } = {
    ...query,
    q: text,
    color: canonicalKeys(query.color, known.color),
    size: canonicalKeys(query.size, known.size),
    price: PRICE_KEYS.filter((key) => query.price.includes(key)),
  };
  delete normalized.locale;
  if (normalized.q === undefined) delete normalized.q;
  return normalized;
}

/**
 * A query every visitor of a category or the home asks (no search text, no filter, the first
 * pages): always worth caching. Everything else is admitted to the cache within a budget
 * (lib/cache/admission.ts).
 */
export function isCommonQuery(query: CatalogQuery): boolean {
  return !query.q && !query.color.length && !query.size.length && !query.price.length && !query.availability && query.page <= 5;
}
