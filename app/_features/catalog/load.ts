import 'server-only';
// Catalog reads for pages, deduplicated per request (the header, the page and its metadata ask for
// the same data). Failures throw: the market's error boundary shows them and keeps the header.
import { cache } from 'react';
import { getCategoryBySlug, getCategoryTree, getProductBySlug } from '@/lib/shop/catalog/catalog';
import type { CatalogResult } from '@/lib/shop/catalog/catalog';
import type { Market } from '@/lib/markets';

export function valueOrThrow<T>(result: CatalogResult<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} unavailable (${result.kind})`);
  return result.value;
}

export const loadCategoryTree = cache((market: Market) => getCategoryTree(market));
export const loadCategory = cache((slug: string, market: Market) => getCategoryBySlug(slug, market));
export const loadProduct = cache((slug: string, market: Market) => getProductBySlug(slug, market));
