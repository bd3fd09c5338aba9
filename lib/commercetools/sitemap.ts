import 'server-only';
// The sitemap's product reads: how many published products there are, and one id range of them
// (lib/seo/sitemap.ts splits the id space). Each is one small cache entry; no read pages the whole
// catalog.
import type { ProductProjection } from '@commercetools/platform-sdk';
import { cached } from '@/lib/cache/cached';
import { CACHE } from '@/lib/cache/manifest';
import { ctApi } from './client';
import { ctCall, type CtResult } from './result';

const PAGE = 500;

export type SitemapProduct = { slugs: Record<string, string>; lastModified: string };

/** The number of published products (one query with the total, no results). */
export const sitemapProductCount = cached('sitemap-product-count', CACHE.sitemap, async (): Promise<CtResult<number>> => {
  const result = await ctCall(() => ctApi().productProjections().get({ queryArgs: { sort: 'id asc', limit: 1, withTotal: true } }).execute());
  return result.ok ? { ok: true, value: result.value.total ?? result.value.count } : result;
});

/** The published products with ids in [from, to), by id, paged by id (no offset limit). */
export const sitemapProducts = cached(
  'sitemap-products',
  CACHE.sitemap,
  async (from: string | undefined, to: string | undefined): Promise<CtResult<SitemapProduct[]>> => {
    const products: SitemapProduct[] = [];
    let after: string | undefined;
    for (;;) {
      const conditions = [...(from ? ['id >= :from'] : []), ...(to ? ['id < :to'] : []), ...(after ? ['id > :after'] : [])];
      const vars = { ...(from ? { 'var.from': from } : {}), ...(to ? { 'var.to': to } : {}), ...(after ? { 'var.after': after } : {}) };
      const page = await ctCall(() =>
        ctApi()
          .productProjections()
          .get({ queryArgs: { ...(conditions.length ? { where: conditions.join(' and ') } : {}), ...vars, sort: 'id asc', limit: PAGE, withTotal: false } })
          .execute(),
      );
      if (!page.ok) return page;
      const results: ProductProjection[] = page.value.results;
      products.push(...results.map((p) => ({ slugs: { ...p.slug }, lastModified: p.lastModifiedAt })));
      if (results.length < PAGE) return { ok: true, value: products };
      after = results[results.length - 1]!.id;
    }
  },
);
