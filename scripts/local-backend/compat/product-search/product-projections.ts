// GET /{projectKey}/product-projections (query), /product-projections/{id} and
// /product-projections/key={key} with the real API's price selection (priceCurrency, priceCountry,
// priceCustomerGroup, priceCustomerGroupAssignments, priceChannel), Variant `availability` and
// `localeProjection`. Without `staged=true` only published Products exist here (404 otherwise).
//
// The query endpoint stays the mock's (predicates with `var.*` variables, sort, paging, expand);
// this route only takes the price selection and projection parameters off the forwarded request
// and applies them to the page the mock answers. Get by id and by key (which the mock does not
// serve) are answered here from the stored Product.
import type { Product, ProductProjection, ProductType } from '@commercetools/platform-sdk';
import { CtError, errors } from '../errors';
import { jsonResponse } from '../http';
import type { ProjectRequest, ProjectRoute } from '../project-route';
import type { Upstream } from '../upstream';
import { type AttributeInfo, availabilityBySku, fieldTypeOf } from './catalog';
import { priceSelectorOf } from './price-selection';
import { idQueryPage } from './id-query';
import { buildProjection, decorateProjection, expandProjection } from './projection';

const PROJECTION_PARAMS = [
  'priceCurrency',
  'priceCountry',
  'priceCustomerGroup',
  'priceCustomerGroupAssignments',
  'priceChannel',
  'localeProjection',
];

const NOT_A_RESOURCE = new Set(['search', 'suggest']);

function single(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  return value === null ? undefined : value;
}

function optionsOf(query: URLSearchParams) {
  const localeProjection = query.getAll('localeProjection');
  return {
    priceSelector: priceSelectorOf({
      priceCurrency: single(query, 'priceCurrency'),
      priceCountry: single(query, 'priceCountry'),
      priceCustomerGroup: single(query, 'priceCustomerGroup'),
      priceCustomerGroupAssignments: query.getAll('priceCustomerGroupAssignments'),
      priceChannel: single(query, 'priceChannel'),
    }),
    localeProjection: localeProjection.length > 0 ? localeProjection : undefined,
  };
}

async function decorationData(upstream: Upstream) {
  const [inventory, productTypes] = await Promise.all([upstream.all('inventory-entry'), upstream.all('product-type')]);
  const attributeInfo = new Map<string, Map<string, AttributeInfo>>(
    (productTypes as ProductType[]).map((t) => [
      t.id,
      new Map((t.attributes ?? []).map((a) => [a.name, { fieldType: fieldTypeOf(a.type), isSearchable: a.isSearchable !== false }])),
    ]),
  );
  return { availabilityBySku: availabilityBySku(inventory), attributeInfo };
}

function isStaged(query: URLSearchParams): boolean {
  return query.get('staged') === 'true';
}

async function queryProjections(req: ProjectRequest, upstream: Upstream, forward: (r: ProjectRequest) => Promise<{ status: number; rawJson?: string }>) {
  const options = optionsOf(req.query);
  if (!isStaged(req.query)) {
    const page = idQueryPage(req.query, await upstream.publishedProducts(), (name) => PROJECTION_PARAMS.includes(name));
    if (page) {
      const data = await decorationData(upstream);
      const results = page.results.map((product) =>
        buildProjection(product, {
          ...options,
          staged: false,
          availabilityBySku: data.availabilityBySku,
          attributeInfo: data.attributeInfo.get(product.productType.id) ?? new Map(),
        }),
      );
      return jsonResponse(200, { ...page, results });
    }
  }
  const forwardedQuery = new URLSearchParams();
  for (const [name, value] of req.query) if (!PROJECTION_PARAMS.includes(name)) forwardedQuery.append(name, value);
  const search = forwardedQuery.toString();
  const answer = await forward({ ...req, url: `${req.path}${search ? `?${search}` : ''}` });
  const page = JSON.parse(answer.rawJson ?? '{}') as { results?: ProductProjection[] };
  const data = await decorationData(upstream);
  for (const projection of page.results ?? []) {
    decorateProjection(projection, {
      ...options,
      availabilityBySku: data.availabilityBySku,
      attributeInfo: data.attributeInfo.get(projection.productType.id) ?? new Map(),
    });
  }
  return jsonResponse(answer.status, page);
}

async function getProjection(req: ProjectRequest, upstream: Upstream, idOrKey: string) {
  const options = optionsOf(req.query);
  const byKey = idOrKey.startsWith('key=');
  const product = (byKey
    ? await upstream.getByKey('product', idOrKey.slice('key='.length))
    : await upstream.get('product', idOrKey)) as Product | null;
  const staged = isStaged(req.query);
  if (!product || (!staged && !product.masterData.published)) {
    if (!byKey) throw errors.resourceNotFound(idOrKey);
    throw new CtError(404, [
      { code: 'ResourceNotFound', message: `The Resource with key '${idOrKey.slice('key='.length)}' was not found.` },
    ]);
  }
  if (req.method === 'HEAD') return { status: 200 };
  const data = await decorationData(upstream);
  const projection = buildProjection(product, {
    ...options,
    staged,
    availabilityBySku: data.availabilityBySku,
    attributeInfo: data.attributeInfo.get(product.productType.id) ?? new Map(),
  });
  return jsonResponse(200, await expandProjection(upstream, projection, req.query.getAll('expand')));
}

export const productProjectionsRoute: ProjectRoute = {
  name: 'product projections with price selection',
  matches: (req) =>
    req.storeKey === undefined &&
    req.segments[0] === 'product-projections' &&
    ((req.method === 'GET' && req.segments.length === 1) ||
      ((req.method === 'GET' || req.method === 'HEAD') && req.segments.length === 2 && !NOT_A_RESOURCE.has(req.segments[1] as string))),
  async handle(req, ctx) {
    if (req.segments.length === 1) return queryProjections(req, ctx.upstream, ctx.forward);
    return getProjection(req, ctx.upstream, req.segments[1] as string);
  },
};
