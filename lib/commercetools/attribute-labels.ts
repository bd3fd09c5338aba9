import 'server-only';
// Labels of facet attribute values (color, size) for keys a page of search results did not show.
// The Frontend API client reads published projections only (no product types), so the label comes
// from a product that carries the value, which also tells a value the catalog has from one it does
// not.
import { ctApi } from './client';
import { collectAttributeLabels } from './mappers/search';
import { ctCall, type CtResult } from './result';
import { FACET_FIELDS } from './search-request';

type Attribute = keyof typeof FACET_FIELDS;

function search(attribute: Attribute, keys: readonly string[]) {
  return ctCall(() =>
    ctApi()
      .products()
      .search()
      .post({ body: { query: { exact: { ...FACET_FIELDS[attribute], values: [...keys] } }, limit: Math.min(100, keys.length * 2), productProjectionParameters: {} } })
      .execute(),
  );
}

/** The label of each key some published product carries; keys no product has are left out. */
export async function labelsOfKeys(attribute: Attribute, keys: readonly string[], language: string): Promise<CtResult<Record<string, string>>> {
  const labels: Record<string, string> = {};
  const collect = (answer: Awaited<ReturnType<typeof search>>) => {
    if (!answer.ok) return answer;
    const projections = answer.value.results.flatMap((r) => (r.productProjection ? [r.productProjection] : []));
    Object.assign(labels, collectAttributeLabels(projections, language)[attribute]);
    return null;
  };
  // One search for all keys usually finds every label; the products it returned may all share a
  // few of them, so each key still missing gets a search of its own.
  const unique = [...new Set(keys)];
  const first = collect(await search(attribute, unique));
  if (first) return first;
  const missing = unique.filter((key) => !Object.hasOwn(labels, key));
  for (const answer of await Promise.all(missing.map((key) => search(attribute, [key])))) {
    const failed = collect(answer);
    if (failed) return failed;
  }
  return { ok: true, value: labels };
}
