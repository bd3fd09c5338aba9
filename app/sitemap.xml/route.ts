// /sitemap.xml: the sitemap index, listing the files app/sitemaps/sitemap.ts serves (one per 50,000
// URLs) with each file's newest change. A failed catalog read throws: a 500, never an empty index.
import { requestSiteUrl } from '@/lib/seo/request-origin';
import { sitemapIndexEntries, sitemapIndexXml, sitemapUrls } from '@/lib/seo/sitemap';
import { loadSitemapSource } from '@/lib/seo/sitemap-source';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const [source, origin] = await Promise.all([loadSitemapSource(), requestSiteUrl()]);
  return new Response(sitemapIndexXml(sitemapIndexEntries(sitemapUrls(source, origin), origin)), {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=0, must-revalidate' },
  });
}
