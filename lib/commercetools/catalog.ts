import 'server-only';
// Catalog reads (server-only): categories, Product Search and product projections, each cached per
// the manifest in lib/cache. Returns app types through the mappers; input reaches commercetools only
// through request bodies and predicate variables.
import type { Category, ProductProjection } from '@commercetools/platform-sdk';
import { cached } from '@/lib/cache/cached';
import { CACHE } from '@/lib/cache/manifest';
import type { CatalogQuery } from '@/lib/catalog/query';
import type { Market } from '@/lib/markets';
import type { CategoryNode, CategoryView, ProductDetail, ProductSearchResult, ProductSummary } from '@/lib/types';
import { labelsOfKeys } from './attribute-labels';
import { ctApi } from './client';
import { localize, reshapeCategoryTree } from './mappers/category';
import { reshapeProductDetail } from './mappers/product';
import { collectAttributeLabels, reshapeSearchResponse, type AttributeLabels } from './mappers/search';
import { ctCall, type CtResult } from './result';
import { buildProductSearchRequest, type SearchScope } from './search-request';

const ATTRIBUTES = ['color', 'size'] as const;

const PAGE = 500;

/** Every category, in pages of 500 (one request for any storefront-sized tree). */
const allCategories = cached('categories', CACHE.categoryTree, async (): Promise<CtResult<Category[]>> => {
  const categories: Category[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await ctCall(() =>
      ctApi().categories().get({ queryArgs: { limit: PAGE, offset, sort: ['orderHint asc', 'id asc'] } }).execute(),
    );
    if (!page.ok) return page;
    categories.push(...page.value.results);
    if (page.value.results.length < PAGE) return { ok: true, value: categories };
  }
});

export async function getCategoryTree(market: Market): Promise<CtResult<CategoryNode[]>> {
  const result = await allCategories();
  if (!result.ok) return result;
  return { ok: true, value: reshapeCategoryTree(result.value, market.language) };
}

/** A category by its slug in the market's language, with ancestors and children; null if unknown. */
export async function getCategoryBySlug(slug: string, market: Market): Promise<CtResult<CategoryView | null>> {
  const result = await allCategories();
  if (!result.ok) return result;
  const categories = result.value;
  const category = categories.find((c) => c.slug[market.language] === slug);
  if (!category) return { ok: true, value: null };
  const byId = new Map(categories.map((c) => [c.id, c]));
  const children = reshapeCategoryTree(categories, market.language);
  const findNode = (nodes: CategoryNode[]): CategoryNode | undefined =>
    nodes.map((n) => (n.id === category.id ? n : findNode(n.children))).find(Boolean);
  const ancestors = category.ancestors
    .map((ref) => byId.get(ref.id))
    .filter((c): c is Category => c !== undefined)
    .map((c) => ({ id: c.id, slug: localize(c.slug, market.language), name: localize(c.name, market.language) }));
  return {
    ok: true,
    value: {
      id: category.id,
      slug: localize(category.slug, market.language),
      name: localize(category.name, market.language),
      description: localize(category.description, market.language),
      children: findNode(children)?.children ?? [],
      ancestors,
      slugs: { ...category.slug },
    },
  };
}

const productSearch = cached(
  'product-search',
  CACHE.productSearch,
  async (query: CatalogQuery, market: Market, scope: SearchScope): Promise<CtResult<ProductSearchResult>> => {
    // Selected values first: one the catalog does not have (a stale or typed URL) filters nothing
    // and gets no bucket, so no chip.
    const labels: AttributeLabels = { color: {}, size: {} };
    for (const attribute of ATTRIBUTES) {
      if (!query[attribute].length) continue;
      const selected = await labelsOfKeys(attribute, query[attribute], market.language);
      if (!selected.ok) return selected;
      Object.assign(labels[attribute], selected.value);
    }
    const known: CatalogQuery = {
      ...query,
      color: query.color.filter((key) => Object.hasOwn(labels.color, key)),
      size: query.size.filter((key) => Object.hasOwn(labels.size, key)),
    };
    const result = await ctCall(() =>
      ctApi().products().search().post({ body: buildProductSearchRequest(known, market, scope) }).execute(),
    );
    if (!result.ok) return result;
    const response = result.value;
    const projections = response.results.flatMap((r) => (r.productProjection ? [r.productProjection] : []));
    const shown = collectAttributeLabels(projections, market.language);
    for (const attribute of scope.facets === false ? [] : ATTRIBUTES) {
      Object.assign(labels[attribute], shown[attribute]);
      const facet = (response.facets as Array<{ name: string; buckets?: Array<{ key: string }> }>).find((f) => f.name === attribute);
      const missing = (facet?.buckets ?? []).map((b) => b.key).filter((key) => !Object.hasOwn(labels[attribute], key));
      if (!missing.length) continue;
      const extra = await labelsOfKeys(attribute, missing, market.language);
      if (extra.ok) Object.assign(labels[attribute], extra.value);
    }
    return { ok: true, value: reshapeSearchResponse(response, known, market, labels) };
  },
);

/** Product Search for a listing, a search page or GET /api/products. */
export async function searchProducts(query: CatalogQuery, market: Market, scope: SearchScope = {}) {
  return productSearch(query, market, scope);
}

const productBySlug = cached(
  'product-by-slug',
  CACHE.product,
  async (slug: string, market: Market): Promise<CtResult<ProductDetail | null>> => {
    const result = await ctCall(() =>
      ctApi()
        .productProjections()
        .get({
          queryArgs: {
            where: `slug(${market.language} = :slug)`,
            'var.slug': slug,
            priceCurrency: market.currency,
            priceCountry: market.country,
            limit: 1,
            withTotal: false,
          },
        })
        .execute(),
    );
    if (!result.ok) return result;
    const projection = result.value.results[0];
    return { ok: true, value: projection ? reshapeProductDetail(projection, market) : null };
  },
);

/** A published product by its slug in the market's language, prices selected for the market. */
export async function getProductBySlug(slug: string, market: Market): Promise<CtResult<ProductDetail | null>> {
  // commercetools slugs are [A-Za-z0-9_-]{2,256}; anything else cannot match and is not worth a request.
  if (!/^[A-Za-z0-9_-]{2,256}$/.test(slug)) return { ok: true, value: null };
  return productBySlug(slug, market);
}

/** Other products from the product's first category. */
export async function getRelatedProducts(product: ProductDetail, market: Market, limit = 4): Promise<CtResult<ProductSummary[]>> {
  const categoryId = product.categoryIds[0];
  if (!categoryId) return { ok: true, value: [] };
  const result = await searchProducts(
    { sort: 'relevance', page: 1, limit: limit + 1, color: [], size: [], price: [] },
    market,
    { categoryId, facets: false },
  );
  if (!result.ok) return result;
  return { ok: true, value: result.value.results.filter((p) => p.id !== product.id).slice(0, limit) };
}

export type SitemapEntry = { slugs: Record<string, string>; lastModified: string };

/** Every published product and every category, with slugs in all market languages. */
export const getSitemapEntries = cached(
  'sitemap',
  CACHE.sitemap,
  async (): Promise<CtResult<{ products: SitemapEntry[]; categories: SitemapEntry[] }>> => {
    const categories = await allCategories();
    if (!categories.ok) return categories;
    const products: SitemapEntry[] = [];
    let lastId: string | undefined;
    // Keyset pagination by id: no offset limit, whatever the catalog size.
    for (;;) {
      const after = lastId;
      const page = await ctCall(() =>
        ctApi()
          .productProjections()
          .get({
            queryArgs: {
              ...(after ? { where: 'id > :lastId', 'var.lastId': after } : {}),
              sort: 'id asc',
              limit: PAGE,
              withTotal: false,
            },
          })
          .execute(),
      );
      if (!page.ok) return page;
      const results: ProductProjection[] = page.value.results;
      products.push(...results.map((p) => ({ slugs: { ...p.slug }, lastModified: p.lastModifiedAt })));
      if (results.length < PAGE) break;
      lastId = results[results.length - 1]!.id;
    }
    return {
      ok: true,
      value: {
        products,
        categories: categories.value.map((c) => ({ slugs: { ...c.slug }, lastModified: c.lastModifiedAt })),
      },
    };
  },
);

