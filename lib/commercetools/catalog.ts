import 'server-only';
// Catalog reads (server-only): categories, Product Search and product projections, each cached per
// the manifest in lib/cache. Returns app types through the mappers; input reaches commercetools only
// through request bodies and predicate variables.
import type { Category } from '@commercetools/platform-sdk';
import { cached } from '@/lib/cache/cached';
import { CACHE } from '@/lib/cache/manifest';
import { catalogCacheAdmission } from '@/lib/cache/admission';
import { isCommonQuery, normalizeCatalogQuery } from '@/lib/catalog/normalize';
import type { CatalogQuery } from '@/lib/catalog/query';
import type { Market } from '@/lib/markets';
import type { CategoryNode, CategoryView, ProductDetail, ProductSearchResult, ProductSummary } from '@/lib/types';
import { ctApi } from './client';
import { localize, reshapeCategoryTree } from './mappers/category';
import { reshapeProductDetail } from './mappers/product';
import { labelFacets, reshapeSearchResponse, type AttributeLabels } from './mappers/search';
import { ctCall, type CtResult } from './result';
import { attributeDictionary } from './attribute-labels';
import { buildProductSearchRequest, type SearchScope } from './search-request';

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

/** The search as commercetools answers it, reshaped; facet labels are added by the caller (labelFacets). */
async function readProductSearch(query: CatalogQuery, market: Market, scope: SearchScope): Promise<CtResult<ProductSearchResult>> {
  const result = await ctCall(() => ctApi().products().search().post({ body: buildProductSearchRequest(query, market, scope) }).execute());
  if (!result.ok) return result;
  return { ok: true, value: reshapeSearchResponse(result.value, query, market) };
}

const cachedProductSearch = cached('product-search', CACHE.productSearch, readProductSearch);

async function dictionaries(language: string): Promise<CtResult<AttributeLabels>> {
  const [color, size] = await Promise.all([attributeDictionary('color', language), attributeDictionary('size', language)]);
  if (!color.ok) return color;
  if (!size.ok) return size;
  return { ok: true, value: { color: color.value, size: size.value } };
}

/**
 * Product Search for a listing, a search page or GET /api/products. The query is normalised first
 * (lib/catalog/normalize.ts: one cache entry per meaning, unknown filter values dropped); common
 * reads are always cached, the rest within the admission budget (lib/cache/admission.ts).
 */
export async function searchProducts(query: CatalogQuery, market: Market, scope: SearchScope = {}): Promise<CtResult<ProductSearchResult>> {
  const labels = await dictionaries(market.language);
  if (!labels.ok) return labels;
  const normalized = normalizeCatalogQuery(query, { color: Object.keys(labels.value.color), size: Object.keys(labels.value.size) });
  const cacheable = isCommonQuery(normalized) || catalogCacheAdmission().admit(JSON.stringify([normalized, market.locale, scope]));
  const result = await (cacheable ? cachedProductSearch : readProductSearch)(normalized, market, scope);
  return result.ok ? { ok: true, value: labelFacets(result.value, labels.value) } : result;
}

/** The published product matching one predicate, prices selected for the market. */
async function oneProjection(where: string, vars: Record<string, string>, market: Market): Promise<CtResult<ProductDetail | null>> {
  const result = await ctCall(() =>
    ctApi()
      .productProjections()
      .get({ queryArgs: { where, ...vars, priceCurrency: market.currency, priceCountry: market.country, limit: 1, withTotal: false } })
      .execute(),
  );
  if (!result.ok) return result;
  const projection = result.value.results[0];
  return { ok: true, value: projection ? reshapeProductDetail(projection, market) : null };
}

const productBySlug = cached('product-by-slug', CACHE.product, (slug: string, market: Market) =>
  oneProjection(`slug(${market.language} = :slug)`, { 'var.slug': slug }, market),
);

const productById = cached('product-by-id', CACHE.product, (id: string, market: Market) => oneProjection('id = :id', { 'var.id': id }, market));

/** A published product by its id (the same in every market), prices selected for the market. */
export async function getProductById(id: string, market: Market): Promise<CtResult<ProductDetail | null>> {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) return { ok: true, value: null };
  return productById(id, market);
}

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

/** Every category with its slugs, for the sitemap's first file. */
export async function getSitemapCategories(): Promise<CtResult<Array<{ slugs: Record<string, string>; lastModified: string }>>> {
  const categories = await allCategories();
  if (!categories.ok) return categories;
  return { ok: true, value: categories.value.map((c) => ({ slugs: { ...c.slug }, lastModified: c.lastModifiedAt })) };
}
