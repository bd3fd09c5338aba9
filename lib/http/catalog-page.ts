import 'server-only';
// The answer of a catalog page from the shared HTML cache (lib/cache/page-cache.ts). middleware.ts
// sets the other security headers; the CSP is set here because only the cached render knows its
// script hashes.
import { type PageRender } from '@/lib/cache/page-cache';
import { contentSecurityPolicy } from '@/lib/security/headers';

/**
 * Browsers revalidate every time (max-age=0); a CDN keeps a copy for a minute and may serve it stale
 * for ten while it refreshes, so a tag expiry reaches shoppers within about a minute.
 */
export const CATALOG_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600';
/** The same URL answers markdown (Accept) and Next's RSC payloads (these headers): caches must keep them apart. */
const VARY = 'Accept, RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch';

export function catalogPageResponse(render: PageRender, options: { production: boolean; https: boolean }): Response {
  if (!render.ok) {
    const headers = new Headers(render.headers);
    headers.set('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    return new Response(render.body, { status: render.status, headers });
  }
  return new Response(render.html, {
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': CATALOG_PAGE_CACHE_CONTROL,
      vary: VARY,
      'content-security-policy': contentSecurityPolicy({ scripts: { hashes: render.hashes }, ...options }),
    },
  });
}
