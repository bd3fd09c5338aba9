// The sitemap files (Next metadata route with generateSitemaps), served at /sitemaps/sitemap/{id}.xml:
// file 0 is every market's home and every category, each further file one id range of products in
// every market with its per-language slug (lib/seo/sitemap.ts). /sitemap.xml
// (app/sitemap.xml/route.ts) is their index: Next cannot serve an index at /sitemap.xml next to a
// split app/sitemap.ts, hence this folder. A failed catalog read throws: a 500, never an empty sitemap.
import type { MetadataRoute } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { requestSiteUrl } from '@/lib/seo/request-origin';
import { newestChange, pagesFileUrls, parseSitemapId, productFileUrls, sitemapIds } from '@/lib/seo/sitemap';
import { loadCategories, loadProductCount, loadProductPart } from '@/lib/seo/sitemap-source';

// Rendered per request from the catalog reads, which Next's data cache keeps for an hour and the
// catalog revalidation tags expire; never frozen into the build.
export const dynamic = 'force-dynamic';

export async function generateSitemaps(): Promise<Array<{ id: number }>> {
  // `next build` asks for the ids to prerender, but nothing here is prerendered, and the build must
  // not depend on the catalog being reachable. Requests get the real list (Next checks the id
  // against it before calling `sitemap`).
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return [{ id: 0 }];
  return sitemapIds(await loadProductCount());
}

export default async function sitemap(props: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const [id, productCount, origin] = await Promise.all([props.id, loadProductCount(), requestSiteUrl()]);
  const index = parseSitemapId(id, productCount);
  if (index === null) throw new Error(`sitemap: no file ${JSON.stringify(id)}`);
  if (index > 0) return productFileUrls(await loadProductPart(index - 1, productCount), origin);
  const categories = await loadCategories();
  // Dated by the newest category change: dating them by products would read every product part.
  return pagesFileUrls(categories, newestChange(categories), origin);
}
