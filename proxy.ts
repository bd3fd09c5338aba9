// The proxy (Next 16's name for middleware; it runs on Node.js), deliberately thin: security headers,
// a per-request CSP nonce, the request id, and the routing decisions a page cannot make itself:
// - a catalog page asked for as text/markdown is rewritten to its markdown twin (app/markdown/**,
//   lib/http/negotiation.ts);
// - a plain GET of home, a category or a product is answered from the shared HTML cache
//   (app/cached-page, lib/cache/catalog-pages.ts), whose CSP carries script hashes instead of a nonce,
//   or straight from this process's memory while the page is warm there (lib/cache/page-memo.ts);
// - the cache's own render request (the page's URL with the render token) renders the page per request.
// Authorization never depends on it (every Route Handler checks its own rules).
import { NextResponse, type NextRequest } from 'next/server';
import { CACHED_PAGE_ROUTE, isCachedPageRequest, PAGE_BUILD_HEADER, PAGE_RENDER_HEADER, pageRenderToken, sameToken } from '@/lib/cache/catalog-pages';
import { rememberedPage } from '@/lib/cache/page-memo';
import { serverEnv } from '@/lib/env';
import { cachedPageResponse } from '@/lib/http/catalog-page';
import { checkoutCspSources } from '@/lib/payment/commercetools-checkout/hosts';
import { markdownTwin, prefersMarkdown } from '@/lib/http/negotiation';
import { createNonce, documentSecurityHeaders, securityHeaders } from '@/lib/security/headers';

/** The checkout page (`/{locale}/checkout`), the only page that may run a hosted payment UI. */
const CHECKOUT_PAGE = /^\/[^/]+\/checkout\/?$/;

/** Whether this is the HTML cache's own render request (it carries the token only this deployment knows). */
async function isCacheRender(request: NextRequest, production: boolean): Promise<boolean> {
  const presented = request.headers.get(PAGE_RENDER_HEADER);
  return production && presented !== null && sameToken(presented, await pageRenderToken(serverEnv().SESSION_SECRET));
}

export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  // One id per request, for pages too; Route Handlers answer with the same one (lib/http/route.ts).
  // A client's own x-request-id is never trusted: it is replaced here.
  const requestId = crypto.randomUUID();
  const production = process.env.NODE_ENV === 'production';
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const cacheRender = await isCacheRender(request, production);
  const { pathname } = request.nextUrl;
  const paymentSources = CHECKOUT_PAGE.test(pathname) ? checkoutCspSources(process.env) : [];
  // The markdown answer says `Vary: Accept` itself (app/_features/catalog/markdown.ts), and so does a
  // page from the HTML cache (lib/http/catalog-page.ts); pages rendered per request are no-store.
  const twin = request.method === 'GET' || request.method === 'HEAD' ? markdownTwin(pathname) : null;
  const asMarkdown = twin !== null && prefersMarkdown(request.headers.get('accept'));
  const fromPageCache =
    !asMarkdown &&
    !cacheRender &&
    isCachedPageRequest({
      method: request.method,
      pathname,
      search: request.nextUrl.search,
      rsc: request.headers.has('rsc') || request.headers.has('next-router-prefetch'),
      enabled: production && serverEnv().CATALOG_PAGE_CACHE === 'on',
    });
  const options = { scripts: { nonce }, production, https, paymentSources };
  const headers = asMarkdown || pathname.startsWith('/markdown/') ? documentSecurityHeaders(options) : securityHeaders(options);
  // The cached page's CSP lists its script hashes; app/cached-page sets it.
  if (fromPageCache) delete headers['content-security-policy'];

  const forwarded = new Headers(request.headers);
  // Never let a client-supplied internal header reach the app (CVE-2025-29927 class of bypass).
  forwarded.delete('x-middleware-subrequest');
  forwarded.delete(PAGE_RENDER_HEADER);
  // Next reads the nonce from the request's CSP header and stamps it on its own scripts.
  forwarded.set('x-nonce', nonce);
  if (!fromPageCache) forwarded.set('content-security-policy', headers['content-security-policy']!);
  forwarded.set('x-request-id', requestId);

  // Warm in this process's memory (lib/cache/page-memo.ts): answer here, skipping the route handler.
  // Past its time the copy is still answered while one refresh through the route runs (it remembers
  // the new copy). request.url is this server's own address (skipProxyUrlNormalize), never the Host.
  const remembered = fromPageCache ? rememberedPage(pathname) : null;
  if (remembered) {
    if (remembered.refresh) {
      void fetch(new URL(`${CACHED_PAGE_ROUTE}${pathname}`, request.url), { cache: 'no-store' })
        .then((answer) => answer.body?.cancel())
        .catch(() => undefined);
    }
    return cachedPageResponse(remembered.page, { production, https }, { ...headers, 'x-request-id': requestId });
  }

  const rewriteTo = asMarkdown ? `${twin}${request.nextUrl.search}` : fromPageCache ? `${CACHED_PAGE_ROUTE}${pathname}` : null;
  const response = rewriteTo
    ? NextResponse.rewrite(new URL(rewriteTo, request.url), { request: { headers: forwarded } })
    : NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  if (cacheRender) response.headers.set(PAGE_BUILD_HEADER, process.env.STOREFRONT_BUILD_KEY ?? 'dev');
  // API answers set it themselves (the same id, from the forwarded request header).
  if (!pathname.startsWith('/api/')) response.headers.set('x-request-id', requestId);
  return response;
}

export const config = {
  // Everything but Next's immutable build assets (their headers come from next.config.ts).
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
