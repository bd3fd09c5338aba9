import type { MetadataRoute } from 'next';
import { requestSiteUrl } from '@/lib/seo/request-origin';
import { robotsRules } from '@/lib/seo/robots';

// Per request: the origin comes from the runtime env, never frozen into the build.
export const dynamic = 'force-dynamic';

export default async function robots(): Promise<MetadataRoute.Robots> {
  return robotsRules(await requestSiteUrl());
}
