import 'server-only';
// The sitemap's catalog read. A failure throws: a 500 makes crawlers retry later, whereas an empty
// or partial sitemap would be believed.
import { getSitemapEntries } from '@/lib/shop/catalog/catalog';
import type { SitemapSource } from './sitemap';

export async function loadSitemapSource(): Promise<SitemapSource> {
  const result = await getSitemapEntries();
  if (!result.ok) throw new Error(`sitemap: catalog read failed (${result.kind}, status ${result.status})`);
  return result.value;
}
