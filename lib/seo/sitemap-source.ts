import 'server-only';
// The sitemap's catalog reads. A failure throws: a 500 makes crawlers retry later, whereas an empty
// or partial sitemap would be believed.
import { getSitemapCategories, sitemapProductCount, sitemapProducts } from '@/lib/shop/catalog/catalog';
import type { CatalogResult } from '@/lib/shop/catalog/catalog';
import { idRange, productPartCount, type SitemapEntry } from './sitemap';

function valueOrThrow<T>(result: CatalogResult<T>): T {
  if (!result.ok) throw new Error(`sitemap: catalog read failed (${result.kind}, status ${result.status})`);
  return result.value;
}

export async function loadProductCount(): Promise<number> {
  return valueOrThrow(await sitemapProductCount());
}

export async function loadCategories(): Promise<SitemapEntry[]> {
  return valueOrThrow(await getSitemapCategories());
}

/** Product part `part` (0-based) of a catalog of `productCount` products. */
export async function loadProductPart(part: number, productCount: number): Promise<SitemapEntry[]> {
  const range = idRange(part, productPartCount(productCount));
  return valueOrThrow(await sitemapProducts(range.from, range.to));
}
