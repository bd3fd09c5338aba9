import 'server-only';
// Catalog reads for pages and the products API. The catalog has no shop rules beyond the market
// (which prices, language and availability a shopper sees), so these are the gateway's cached reads
// (lib/commercetools/catalog.ts); pages and Route Handlers reach them only through here.
import { getCategoryBySlug, getProductById, searchProducts } from '@/lib/commercetools/catalog';
import type { CatalogQuery } from '@/lib/catalog/query';
import { catalogQuerySchema } from '@/lib/catalog/query-schema';
import { isMarketLocale, marketFor, type Market, type MarketLocale } from '@/lib/markets';
import type { ProductSummary } from '@/lib/types';
import type { Shopper } from '../context';
import { notFound, valueOr } from '../errors';

export {
  getCategoryBySlug,
  getCategoryTree,
  getProductBySlug,
  getRelatedProducts,
  getSitemapCategories,
  searchProducts,
} from '@/lib/commercetools/catalog';
export { sitemapProductCount, sitemapProducts } from '@/lib/commercetools/sitemap';

/** A read's outcome for pages: the value, or why not (pages choose between 404 and an error page). */
export type { CtResult as CatalogResult } from '@/lib/commercetools/result';

/** The API's result item: the summary without the per-variant image lists. */
function toApiProduct(product: ProductSummary) {
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    image: product.image,
    price: product.price,
    originalPrice: product.originalPrice,
    variants: product.variants.map(({ sku, price, originalPrice, available, attributes }) => ({ sku, price, originalPrice, available, attributes })),
  };
}

/** One product by its id in `locale`'s market (agents name products by id: the same in every market), or null. */
export async function productById(id: string, locale: MarketLocale) {
  return valueOr(await getProductById(id, marketFor(locale)));
}

/** GET /api/products: a catalog query in `locale`'s market, else the shopper's. */
export async function searchCatalog(shopper: Shopper, query: CatalogQuery & { locale?: MarketLocale }) {
  const market = query.locale && isMarketLocale(query.locale) ? marketFor(query.locale) : (await shopper.context()).market;
  let categoryId: string | undefined;
  if (query.category) {
    const category = valueOr(await getCategoryBySlug(query.category, market));
    if (!category) throw notFound();
    categoryId = category.id;
  }
  const result = valueOr(await searchProducts(query, market, { categoryId }));
  return { results: result.results.map(toApiProduct), total: result.total, facets: result.facets };
}

/** How many popular products a search without results offers. */
export const POPULAR_PRODUCT_COUNT = 4;

/**
 * "Popular" products, offered when a search finds nothing. The catalog has no sales ranking (a
 * project with one would keep it as a category, e.g. "bestsellers", and read that here), so
 * popular means what the shop can sell right now, newest first: in stock, sorted by creation date.
 * One definition, so every page that offers popular products offers the same ones.
 */
export async function popularProducts(market: Market) {
  const query = { ...catalogQuerySchema.parse({}), sort: 'newest', availability: 'in-stock', limit: POPULAR_PRODUCT_COUNT } as const;
  return searchProducts(query, market, { facets: false });
}
