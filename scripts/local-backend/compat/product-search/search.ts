// POST /{projectKey}/products/search: the Product Search API.
//
// Request (ProductSearchRequest): query, postFilter, facets, sort, limit (default 20, max 100),
// offset (max 10000), markMatchingVariants, productProjectionParameters. Response
// (ProductPagedSearchResponse): {total, offset, limit, facets, results: [{id, matchingVariants?,
// productProjection?}]}. Only published Products (their current data) are searched.
//
// Order of work as documented: `query` selects the Products; facets are computed on them; then
// `postFilter` narrows the results (not the facets); then sorting and paging.
import type { ProductSearchMatchingVariants, ProductSearchResult } from '@commercetools/platform-sdk';
import { errors } from '../errors';
import { jsonResponse } from '../http';
import type { ProjectRoute } from '../project-route';
import type { Upstream } from '../upstream';
import { type IndexedProduct, type SearchCatalog, loadCatalog } from './catalog';
import { computeFacets, parseFacets } from './facets';
import { PRODUCT } from './fields';
import { priceSelectorOf } from './price-selection';
import { buildProjection, expandProjection } from './projection';
import { type ProductMatch, type QueryNode, matchProduct, parseQuery } from './query';
import { parseSort, sortResults } from './sort';

const MAX_LIMIT = 100;
const MAX_OFFSET = 10_000;

const REQUEST_FIELDS = ['query', 'postFilter', 'facets', 'sort', 'limit', 'offset', 'markMatchingVariants', 'productProjectionParameters'];
const PROJECTION_FIELDS = [
  'expand',
  'staged',
  'priceCurrency',
  'priceCountry',
  'priceCustomerGroup',
  'priceCustomerGroupAssignments',
  'priceChannel',
  'localeProjection',
  'storeProjection',
];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function integerIn(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw errors.invalidInput(`'${name}' must be an integer from 0 to ${max}.`);
  }
  return value;
}

function optionalString(params: Record<string, unknown>, name: string): string | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw errors.invalidInput(`'productProjectionParameters.${name}' must be a string.`);
  return value;
}

function stringList(params: Record<string, unknown>, name: string): string[] | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((v) => typeof v === 'string')) {
    throw errors.invalidInput(`'productProjectionParameters.${name}' must be an array of strings.`);
  }
  return list as string[];
}

type ProjectionParams = {
  staged: boolean;
  expand: string[];
  localeProjection?: string[];
  selector: ReturnType<typeof priceSelectorOf>;
};

function parseProjectionParams(value: unknown): ProjectionParams | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) throw errors.invalidInput("'productProjectionParameters' must be an object.");
  for (const prop of Object.keys(value)) {
    if (!PROJECTION_FIELDS.includes(prop)) throw errors.invalidInput(`Unknown property '${prop}' in 'productProjectionParameters'.`);
  }
  if (value.staged !== undefined && typeof value.staged !== 'boolean') {
    throw errors.invalidInput("'productProjectionParameters.staged' must be a boolean.");
  }
  return {
    staged: value.staged === true,
    expand: stringList(value, 'expand') ?? [],
    localeProjection: stringList(value, 'localeProjection'),
    selector: priceSelectorOf({
      priceCurrency: optionalString(value, 'priceCurrency'),
      priceCountry: optionalString(value, 'priceCountry'),
      priceCustomerGroup: optionalString(value, 'priceCustomerGroup'),
      priceCustomerGroupAssignments: stringList(value, 'priceCustomerGroupAssignments'),
      priceChannel: optionalString(value, 'priceChannel'),
    }),
  };
}

type Hit = { product: IndexedProduct; score: number; match: ProductMatch; post?: ProductMatch };

function matchingVariantsOf(hit: Hit, query: QueryNode | undefined, postFilter: QueryNode | undefined): ProductSearchMatchingVariants {
  const variantLevel = [query, postFilter].filter((n): n is QueryNode => n !== undefined && n.level > PRODUCT);
  // Without expressions on Variant fields every Variant matches: allMatched, no list.
  if (variantLevel.length === 0) return { allMatched: true, matchedVariants: [] };
  const ids = new Set(
    hit.product.variants
      .map((v) => v.id)
      .filter((id) => (query?.level ?? PRODUCT) === PRODUCT || hit.match.variantIds.has(id))
      .filter((id) => (postFilter?.level ?? PRODUCT) === PRODUCT || (hit.post?.variantIds.has(id) ?? false)),
  );
  return {
    allMatched: false,
    matchedVariants: hit.product.variants.filter((v) => ids.has(v.id)).map((v) => ({ id: v.id, sku: v.sku })),
  };
}

export async function productSearch(body: Record<string, unknown>, upstream: Upstream): Promise<unknown> {
  for (const prop of Object.keys(body)) {
    if (!REQUEST_FIELDS.includes(prop)) throw errors.invalidInput(`Unknown property '${prop}' in the search request.`);
  }
  const limit = integerIn(body.limit, 'limit', 20, MAX_LIMIT);
  const offset = integerIn(body.offset, 'offset', 0, MAX_OFFSET);
  if (body.markMatchingVariants !== undefined && typeof body.markMatchingVariants !== 'boolean') {
    throw errors.invalidInput("'markMatchingVariants' must be a boolean.");
  }
  const query = body.query === undefined ? undefined : parseQuery(body.query, 'query');
  const postFilter = body.postFilter === undefined ? undefined : parseQuery(body.postFilter, 'postFilter', { scoring: false });
  const facets = parseFacets(body.facets);
  const sort = parseSort(body.sort);
  const projectionParams = parseProjectionParams(body.productProjectionParameters);

  const catalog: SearchCatalog = await loadCatalog(upstream);

  const queried: Hit[] = [];
  for (const product of catalog.products) {
    const match = query ? matchProduct(query, product) : { score: 0, variantIds: new Set(product.variants.map((v) => v.id)) };
    if (match) queried.push({ product, score: match.score, match });
  }
  const facetResults = computeFacets(
    facets,
    queried.map((h) => h.product),
    catalog.products,
  );

  const results: Hit[] = [];
  for (const hit of queried) {
    if (!postFilter) {
      results.push(hit);
      continue;
    }
    const post = matchProduct(postFilter, hit.product);
    if (post) results.push({ ...hit, post });
  }

  const page = sortResults(results, sort).slice(offset, offset + limit);
  const pageResults: ProductSearchResult[] = [];
  for (const hit of page) {
    let productProjection;
    if (projectionParams) {
      const built = buildProjection(hit.product.product, {
        staged: projectionParams.staged,
        priceSelector: projectionParams.selector,
        localeProjection: projectionParams.localeProjection,
        availabilityBySku: catalog.availabilityBySku,
        attributeInfo: hit.product.attributes,
      });
      productProjection = await expandProjection(upstream, built, projectionParams.expand);
    }
    pageResults.push({
      id: hit.product.id,
      ...(body.markMatchingVariants === true ? { matchingVariants: matchingVariantsOf(hit, query, postFilter) } : {}),
      ...(productProjection ? { productProjection } : {}),
    });
  }

  return { total: results.length, offset, limit, facets: facetResults, results: pageResults };
}

export const productSearchRoute: ProjectRoute = {
  name: 'product search',
  matches: (req) =>
    req.method === 'POST' && req.storeKey === undefined && req.segments.length === 2 && req.segments[0] === 'products' && req.segments[1] === 'search',
  async handle(req, ctx) {
    return jsonResponse(200, await productSearch(req.body ?? {}, ctx.upstream));
  },
};
