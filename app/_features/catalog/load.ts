import 'server-only';
// Catalog reads for pages, deduplicated per request (the header, the page and its metadata ask for
// the same data). Failures throw: the market's error boundary shows them and keeps the header.
import { cache } from 'react';
import { getCategoryBySlug, getCategoryTree, getProductBySlug, searchProducts } from '@/lib/shop/catalog/catalog';
import { catalogQuerySchema } from '@/lib/catalog/query-schema';
import type { Sort } from '@/lib/catalog/query';
import type { CatalogResult } from '@/lib/shop/catalog/catalog';
import type { Market } from '@/lib/markets';
import type { ProductImage, ProductSummary } from '@/lib/types';

export function valueOrThrow<T>(result: CatalogResult<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} unavailable (${result.kind})`);
  return result.value;
}

export const loadCategoryTree = cache((market: Market) => getCategoryTree(market));
export const loadCategory = cache((slug: string, market: Market) => getCategoryBySlug(slug, market));
export const loadProduct = cache((slug: string, market: Market) => getProductBySlug(slug, market));

/**
 * A merchandised row: the first `limit` products of a category (or of the whole catalog) in a sort
 * order, without facets. Empty on failure: a row is an extra, the page stands without it.
 */
export const loadProductRow = cache(async (market: Market, sort: Sort, limit: number, categoryId?: string): Promise<ProductSummary[]> => {
  const query = { ...catalogQuerySchema.parse({ sort }), limit };
  const result = await searchProducts(query, market, { categoryId, facets: false });
  return result.ok ? result.value.results : [];
});

/** A category's picture: its first product's under the default order (available products first). */
export async function loadCategoryImage(market: Market, categoryId: string): Promise<ProductImage | null> {
  return (await loadProductRow(market, 'relevance', 1, categoryId))[0]?.image ?? null;
}
