import 'server-only';
// Labels of facet attribute values (color, size) for keys a page of search results did not show.
// The Frontend API client reads published projections only (no product types), so the label comes
// from one product that carries the value: one search per key, which also tells a value the catalog
// has from one it does not.
import { ctApi } from './client';
import { collectAttributeLabels } from './mappers/search';
import { ctCall, type CtResult } from './result';
import { FACET_FIELDS } from './search-request';

type Attribute = keyof typeof FACET_FIELDS;

/** The label of each key some published product carries; keys no product has are left out. */
export async function labelsOfKeys(attribute: Attribute, keys: readonly string[], language: string): Promise<CtResult<Record<string, string>>> {
  const answers = await Promise.all(
    [...new Set(keys)].map((key) =>
      ctCall(() =>
        ctApi()
          .products()
          .search()
          .post({ body: { query: { exact: { ...FACET_FIELDS[attribute], value: key } }, limit: 1, productProjectionParameters: {} } })
          .execute(),
      ),
    ),
  );
  const labels: Record<string, string> = {};
  for (const answer of answers) {
    if (!answer.ok) return answer;
    const projections = answer.value.results.flatMap((r) => (r.productProjection ? [r.productProjection] : []));
    Object.assign(labels, collectAttributeLabels(projections, language)[attribute]);
  }
  return { ok: true, value: labels };
}
