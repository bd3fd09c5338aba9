// The answer of a catalog page from the shared HTML cache (lib/cache/page-cache.ts), built in one
// place for both paths that give it: app/cached-page, and proxy.ts when the page is still in
// this process's memory (lib/cache/page-memo.ts). proxy.ts sets the other security headers; the
// CSP is set here because only the cached render knows its script hashes. Edge-safe.
import type { PageRender } from '@/lib/cache/page-cache';
import type { MemoPage } from '@/lib/cache/page-memo';
import { contentSecurityPolicy } from '@/lib/security/headers';

/**
 * Browsers revalidate every time (max-age=0); a CDN keeps a copy for a minute and may serve it stale
 * for ten while it refreshes, so a tag expiry reaches shoppers within about a minute.
 */
const CATALOG_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600';
/**
 * The same URL answers markdown (Accept), Next's RSC payloads (the Next-Router headers) and the cache's
 * own render request (X-Storefront-Page-Render): caches must keep them apart.
 */
const VARY = 'Accept, RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch, X-Storefront-Page-Render';

type AnswerOptions = { production: boolean; https: boolean };

/** A page from the cache: shared, CDN-cacheable, its scripts allowed by hash. */
export function cachedPageResponse(page: MemoPage, options: AnswerOptions, extra: Record<string, string> = {}): Response {
  return new Response(page.html, {
    status: 200,
    headers: {
      ...extra,
      'content-type': 'text/html; charset=utf-8',
      'cache-control': CATALOG_PAGE_CACHE_CONTROL,
      vary: VARY,
      'content-security-policy': contentSecurityPolicy({ scripts: { hashes: page.hashes }, ...options }),
      // The render's preloads (its font): a browser, or a CDN's 103 Early Hints, fetches them at once.
      ...(page.link ? { link: page.link } : {}),
    },
  });
}

/** Any render: from the cache when it could be kept, else as rendered (its nonce CSP), never stored. */
export function catalogPageResponse(render: PageRender, options: AnswerOptions): Response {
  if (render.ok) return cachedPageResponse(render, options);
  const headers = new Headers(render.headers);
  headers.set('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
  return new Response(render.body, { status: render.status, headers });
}
