import 'server-only';
// Catalog reads (server-only). Returns app types through the mappers.
import type { Market } from '@/lib/markets';
import type { CategoryNode } from '@/lib/types';
import { ctApi } from './client';
import { reshapeCategoryTree } from './mappers/category';
import { ctCall, type CtResult } from './result';

/** The storefront has far fewer categories than this; one page keeps it one request. */
const CATEGORY_PAGE_LIMIT = 500;

export async function getCategoryTree(market: Market): Promise<CtResult<CategoryNode[]>> {
  const result = await ctCall(() =>
    ctApi()
      .categories()
      .get({ queryArgs: { limit: CATEGORY_PAGE_LIMIT, sort: 'orderHint asc' } })
      .execute(),
  );
  if (!result.ok) return result;
  return { ok: true, value: reshapeCategoryTree(result.value.results, market.language) };
}
