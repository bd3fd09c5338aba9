// The sitemap files (Next metadata route with generateSitemaps): every market's home, and every
// category and product in every market with its per-language slug, at most 50,000 URLs per file,
// served at /sitemaps/sitemap/{id}.xml. /sitemap.xml (app/sitemap.xml/route.ts) is their index:
// Next cannot serve an index at /sitemap.xml next to a split app/sitemap.ts, hence this folder.
// A failed catalog read throws, so the answer is a 500, never an empty sitemap.
import type { MetadataRoute } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { requestSiteUrl } from '@/lib/seo/request-origin';
import { parseSitemapId, sitemapChunk, sitemapIds, sitemapUrlCount, sitemapUrls } from '@/lib/seo/sitemap';
import { loadSitemapSource } from '@/lib/seo/sitemap-source';

// Rendered per request from the catalog read, which Next's data cache keeps for an hour and the
// catalog revalidation tags expire; never frozen into the build.
export const dynamic = 'force-dynamic';

export async function generateSitemaps(): Promise<Array<{ id: number }>> {
  // `next build` asks for the ids to prerender, but nothing here is prerendered, and the build must
  // not depend on the catalog being reachable. Requests get the real list (Next checks the id
  // against it before calling `sitemap`).
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return [{ id: 0 }];
  return sitemapIds(sitemapUrlCount(await loadSitemapSource()));
}

export default async function sitemap(props: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const [id, source, origin] = await Promise.all([props.id, loadSitemapSource(), requestSiteUrl()]);
  const urls = sitemapUrls(source, origin);
  const index = parseSitemapId(id, urls.length);
  if (index === null) throw new Error(`sitemap: no file ${JSON.stringify(id)}`);
  return sitemapChunk(urls, index);
}
