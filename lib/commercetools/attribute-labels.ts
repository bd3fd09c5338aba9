import 'server-only';
// Labels of attribute values (colour `navy` -> "Navy"), one dictionary per attribute and language
// for the whole catalog: every key a distinct facet over all products names, each with the label a
// product carries. Facet options, filter chips and query normalisation read it, so a label is never
// missing (a lower-cased key shown as a label) and a key it lacks is not in the catalog. One cache
// entry per attribute and language, whatever shoppers send.
import type { ProductProjection, ProductSearchRequest } from '@commercetools/platform-sdk';
import { cached } from '@/lib/cache/cached';
import { CACHE } from '@/lib/cache/manifest';
import { ctApi } from './client';
import { collectAttributeLabels } from './mappers/search';
import { ctCall, type CtResult } from './result';
import { FACET_FIELDS } from './search-request';

type Attribute = keyof typeof FACET_FIELDS;

/** Product Search's most distinct-facet buckets (200); more than any storefront facet shows. */
const MAX_KEYS = 200;

function search(body: ProductSearchRequest) {
  return ctCall(() => ctApi().products().search().post({ body }).execute());
}

function projectionsOf(results: Array<{ productProjection?: ProductProjection }>): ProductProjection[] {
  return results.flatMap((r) => (r.productProjection ? [r.productProjection] : []));
}

async function readDictionary(attribute: Attribute, language: string): Promise<CtResult<Record<string, string>>> {
  const facet = await search({
    limit: 1,
    facets: [{ distinct: { name: attribute, ...FACET_FIELDS[attribute], level: 'products', limit: MAX_KEYS, sort: { by: 'key', order: 'asc' } } }],
  });
  if (!facet.ok) return facet;
  const buckets = (facet.value.facets as Array<{ name: string; buckets?: Array<{ key: string }> }>).find((f) => f.name === attribute)?.buckets ?? [];
  const keys = buckets.map((b) => b.key);
  if (!keys.length) return { ok: true, value: {} };
  // One search for products carrying any of the keys usually labels them all; a key still without
  // a label (a value on few products among many) gets a search of its own.
  const broad = await search({ query: { exact: { ...FACET_FIELDS[attribute], values: keys } }, limit: 100, productProjectionParameters: {} });
  if (!broad.ok) return broad;
  const labels: Record<string, string> = {};
  const found = collectAttributeLabels(projectionsOf(broad.value.results), language)[attribute];
  for (const key of keys) if (found[key]) labels[key] = found[key];
  const missing = keys.filter((key) => !(key in labels));
  const single = await Promise.all(
    missing.map((key) => search({ query: { exact: { ...FACET_FIELDS[attribute], value: key } }, limit: 1, productProjectionParameters: {} })),
  );
  for (const [index, result] of single.entries()) {
    if (!result.ok) return result;
    const key = missing[index]!;
    labels[key] = collectAttributeLabels(projectionsOf(result.value.results), language)[attribute][key] ?? key;
  }
  return { ok: true, value: labels };
}

/** Every value key of `attribute` in the catalog with its label in `language`. */
export const attributeDictionary = cached('attribute-dictionary', CACHE.attributeLabels, readDictionary);
