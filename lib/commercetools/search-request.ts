// Builds Product Search requests (POST /products/search) from the app's catalog query. Pure, so
// the mapping from URL state to commercetools search is unit-tested without a server.
//
// Faceting follows the documented pattern: `query` holds what defines the result set (text,
// category), `postFilter` the shopper's facet selections, and each facet's own `filter` holds the
// selections of the OTHER facets, so a facet keeps offering its alternatives (disjunctive facets).
import type { ProductSearchRequest, _ProductSearchFacetExpression, _SearchQuery } from '@commercetools/platform-sdk';
import { PRICE_BUCKETS, priceBucket, type CatalogQuery, type Sort } from '@/lib/catalog/query';
import type { Market } from '@/lib/markets';

export type SearchScope = {
  categoryId?: string;
  /** Pages that show no facets (home, related products) skip them and their label look-ups. */
  facets?: boolean;
};

export const FACET_FIELDS = {
  color: { field: 'variants.attributes.color.key', fieldType: 'lenum' },
  size: { field: 'variants.attributes.size.key', fieldType: 'enum' },
} as const;
const PRICE_FIELD = 'variants.prices.centAmount';
const CURRENCY_FIELD = 'variants.prices.currencyCode';
const STOCK_FIELD = 'variants.availability.isOnStock';

/** Typo tolerance of text search: the most the API allows (it lowers it for short words). */
const FUZZY_LEVEL = 2;

type FacetName = 'color' | 'size' | 'price' | 'availability';
type Expression = _SearchQuery;

function and(expressions: Expression[]): Expression | undefined {
  if (expressions.length === 0) return undefined;
  if (expressions.length === 1) return expressions[0];
  return { and: expressions };
}

function currencyFilter(market: Market): Expression {
  return { exact: { field: CURRENCY_FIELD, value: market.currency } };
}

/** The query that defines the result set: full text and category. */
function baseQuery(query: Pick<CatalogQuery, 'q'>, market: Market, scope: SearchScope): Expression | undefined {
  const parts: Expression[] = [];
  const text = query.q?.trim();
  if (text) {
    // Whole words through full text (relevance), any part of the name in any case through a
    // case-insensitive wildcard, so "shir" finds "Oxford Shirt", and misspelt words of the name
    // through Product Search's `fuzzy` ("sweter" finds "Sweater"). The API caps the level by word
    // length (1-2 letters exact, 3-5 one edit, longer two); exact words still score higher.
    const escaped = text.replace(/[*?\\]/g, (c) => `\\${c}`);
    parts.push({
      or: [
        { fullText: { field: 'name', language: market.language, value: text, mustMatch: 'all' } },
        { wildcard: { field: 'name', language: market.language, value: `*${escaped}*`, caseInsensitive: true } },
        { fullText: { field: 'description', language: market.language, value: text, mustMatch: 'all' } },
        { fuzzy: { field: 'name', language: market.language, value: text, level: FUZZY_LEVEL, mustMatch: 'all' } },
      ],
    });
  }
  if (scope.categoryId) parts.push({ exact: { field: 'categoriesSubTree', value: scope.categoryId } });
  return and(parts);
}

/** One facet's selection as a search expression (values of one facet are OR-ed). */
function selectionExpression(name: FacetName, query: CatalogQuery, market: Market): Expression | undefined {
  if (name === 'color' || name === 'size') {
    const values = query[name];
    if (!values.length) return undefined;
    return { exact: { ...FACET_FIELDS[name], values } };
  }
  if (name === 'price') {
    const ranges = query.price
      .map(priceBucket)
      .filter((b) => b !== undefined)
      .map((b) => ({ range: { field: PRICE_FIELD, gte: b.from, ...(b.to !== undefined ? { lt: b.to } : {}) } }));
    if (!ranges.length) return undefined;
    return { and: [currencyFilter(market), ranges.length === 1 ? ranges[0]! : { or: ranges }] };
  }
  return query.availability === 'in-stock' ? { exact: { field: STOCK_FIELD, value: true } } : undefined;
}

const FACET_NAMES: FacetName[] = ['color', 'size', 'price', 'availability'];

function selectionsExcept(except: FacetName | null, query: CatalogQuery, market: Market): Expression | undefined {
  return and(
    FACET_NAMES.filter((n) => n !== except)
      .map((n) => selectionExpression(n, query, market))
      .filter((e): e is Expression => e !== undefined),
  );
}

function facetExpressions(query: CatalogQuery, market: Market): _ProductSearchFacetExpression[] {
  const others = (name: FacetName) => selectionsExcept(name, query, market);
  const filterFor = (name: FacetName) => {
    const filter = others(name);
    return filter ? { filter } : {};
  };
  const withOthers = (own: Expression, name: FacetName) => and([own, ...[others(name)].filter((e) => e !== undefined)])!;
  return [
    { distinct: { name: 'color', ...FACET_FIELDS.color, level: 'products', limit: 50, sort: { by: 'key', order: 'asc' }, ...filterFor('color') } },
    { distinct: { name: 'size', ...FACET_FIELDS.size, level: 'products', limit: 50, sort: { by: 'key', order: 'asc' }, ...filterFor('size') } },
    {
      ranges: {
        name: 'price',
        field: PRICE_FIELD,
        level: 'products',
        ranges: PRICE_BUCKETS.map((b) => ({ key: b.key, from: b.from, ...(b.to !== undefined ? { to: b.to } : {}) })),
        filter: withOthers(currencyFilter(market), 'price'),
      },
    },
    { count: { name: 'availability', level: 'products', filter: withOthers({ exact: { field: STOCK_FIELD, value: true } }, 'availability') } },
  ];
}

function sortExpressions(sort: Sort, market: Market): ProductSearchRequest['sort'] {
  const byId = { field: 'id', order: 'asc' } as const;
  switch (sort) {
    case 'price-asc':
    case 'price-desc':
      return [
        {
          field: PRICE_FIELD,
          order: sort === 'price-asc' ? 'asc' : 'desc',
          mode: sort === 'price-asc' ? 'min' : 'max',
          filter: currencyFilter(market),
        },
        byId,
      ];
    case 'name-asc':
      return [{ field: 'name', language: market.language, order: 'asc' }, byId];
    case 'newest':
      return [{ field: 'createdAt', order: 'desc' }, byId];
    default:
      // The default order: products a shopper can buy first, sold-out ones after (a product is on
      // stock when any variant is: mode max over a boolean), relevance within each group.
      return [{ field: STOCK_FIELD, order: 'desc', mode: 'max' }, { field: 'score', order: 'desc' }, byId];
  }
}

export function buildProductSearchRequest(query: CatalogQuery, market: Market, scope: SearchScope = {}): ProductSearchRequest {
  const base = baseQuery(query, market, scope);
  const postFilter = selectionsExcept(null, query, market);
  return {
    ...(base ? { query: base } : {}),
    ...(postFilter ? { postFilter } : {}),
    sort: sortExpressions(query.sort, market),
    limit: query.limit,
    offset: (query.page - 1) * query.limit,
    markMatchingVariants: true,
    productProjectionParameters: { priceCurrency: market.currency, priceCountry: market.country },
    ...(scope.facets === false ? {} : { facets: facetExpressions(query, market) }),
  };
}
