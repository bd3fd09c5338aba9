// Pure mapping from a Product Search response to the app's search result with facets.
import type { ProductPagedSearchResponse, ProductProjection } from '@commercetools/platform-sdk';
import { PRICE_BUCKETS, type CatalogQuery } from '@/lib/catalog/query';
import type { Market } from '@/lib/markets';
import type { FacetBucket, FacetResult, ProductSearchResult, ProductSummary } from '@/lib/types';
import { reshapeProductSummary, reshapeVariant } from './product';
import { localize } from './category';

/** Labels per attribute and value key, e.g. labels.color.navy = 'Navy'. */
export type AttributeLabels = Record<'color' | 'size', Record<string, string>>;

/** Collects the labels of every variant attribute value the projections carry. */
export function collectAttributeLabels(projections: ProductProjection[], language: string): AttributeLabels {
  const labels: AttributeLabels = { color: {}, size: {} };
  for (const projection of projections) {
    const name = localize(projection.name, language);
    for (const variant of [projection.masterVariant, ...projection.variants]) {
      const view = reshapeVariant(variant, language, name);
      for (const attribute of ['color', 'size'] as const) {
        const value = view.attributes[attribute];
        if (value) labels[attribute][value.key] = value.label;
      }
    }
  }
  return labels;
}

type Buckets = { name: string; buckets?: Array<{ key: string; count: number }>; value?: number };

function bucketsOf(response: ProductPagedSearchResponse, name: string): Buckets | undefined {
  return (response.facets as Buckets[]).find((facet) => facet.name === name);
}

function reshapeFacets(response: ProductPagedSearchResponse, query: CatalogQuery): FacetResult[] {
  const attributeFacet = (name: 'color' | 'size'): FacetResult => {
    const returned = (bucketsOf(response, name)?.buckets ?? []).filter((b) => b.count > 0 || query[name].includes(b.key));
    // A selected value no product matches together with the other filters still shows (as 0), so it can be removed.
    const absent = query[name].filter((key) => !returned.some((b) => b.key === key)).map((key) => ({ key, count: 0 }));
    return {
      name,
      buckets: [...returned, ...absent].map<FacetBucket>((b) => ({
        key: b.key,
        label: b.key,
        count: b.count,
        selected: query[name].includes(b.key),
      })),
    };
  };
  const priceCounts = new Map((bucketsOf(response, 'price')?.buckets ?? []).map((b) => [b.key, b.count]));
  return [
    attributeFacet('color'),
    attributeFacet('size'),
    {
      name: 'price',
      buckets: PRICE_BUCKETS.map((b) => ({
        key: b.key,
        label: b.key,
        count: priceCounts.get(b.key) ?? 0,
        selected: query.price.includes(b.key),
      })).filter((b) => b.count > 0 || b.selected),
    },
    {
      name: 'availability',
      buckets: [
        {
          key: 'in-stock',
          label: 'in-stock',
          count: bucketsOf(response, 'availability')?.value ?? 0,
          selected: query.availability === 'in-stock',
        },
      ],
    },
  ];
}

export function reshapeSearchResponse(
  response: ProductPagedSearchResponse,
  query: CatalogQuery,
  market: Market,
): ProductSearchResult {
  const results: ProductSummary[] = response.results
    .filter((r) => r.productProjection)
    .map((r) => {
      const matching = r.matchingVariants && !r.matchingVariants.allMatched
        ? new Set(r.matchingVariants.matchedVariants.map((v) => v.sku).filter((s): s is string => Boolean(s)))
        : undefined;
      return reshapeProductSummary(r.productProjection!, market, matching);
    });
  // A search that asked for no facets gets none back (rather than empty buckets).
  const facets = response.facets.length ? reshapeFacets(response, query) : [];
  return { results, total: response.total, page: query.page, limit: query.limit, facets, applied: { color: query.color, size: query.size } };
}

/** Colour and size buckets with the catalog's labels (the attribute dictionaries); a key without one keeps the key. */
export function labelFacets(result: ProductSearchResult, labels: AttributeLabels): ProductSearchResult {
  const facets = result.facets.map((facet) =>
    facet.name === 'color' || facet.name === 'size'
      ? { ...facet, buckets: facet.buckets.map((b) => ({ ...b, label: labels[facet.name as 'color' | 'size'][b.key] ?? b.key })) }
      : facet,
  );
  return { ...result, facets };
}
