// /sitemap.xml: the sitemap index, listing the files app/sitemaps/sitemap.ts serves (homes and
// categories, then one file per id range of products). It reads only the product count. A failed
// catalog read throws: a 500, never an empty index.
import { requestSiteUrl } from '@/lib/seo/request-origin';
import { sitemapIndexEntries, sitemapIndexXml } from '@/lib/seo/sitemap';
import { loadProductCount } from '@/lib/seo/sitemap-source';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const [productCount, origin] = await Promise.all([loadProductCount(), requestSiteUrl()]);
  return new Response(sitemapIndexXml(sitemapIndexEntries(productCount, origin)), {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=0, must-revalidate' },
  });
}
