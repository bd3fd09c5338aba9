// Edge middleware, deliberately thin: security headers, a per-request CSP nonce, the request id, and
// the one routing decision a page cannot make itself: a catalog page asked for as text/markdown is
// rewritten to its markdown twin (app/markdown/**, lib/http/negotiation.ts).
// Authorization never depends on it (every Route Handler checks its own rules).
import { NextResponse, type NextRequest } from 'next/server';
import { checkoutCspSources } from '@/lib/payment/commercetools-checkout/hosts';
import { markdownTwin, prefersMarkdown } from '@/lib/http/negotiation';
import { createNonce, documentSecurityHeaders, securityHeaders } from '@/lib/security/headers';

/** The checkout page (`/{locale}/checkout`), the only page that may run a hosted payment UI. */
const CHECKOUT_PAGE = /^\/[^/]+\/checkout\/?$/;

export function middleware(request: NextRequest) {
  const nonce = createNonce();
  // One id per request, for pages too; Route Handlers answer with the same one (lib/http/route.ts).
  // A client's own x-request-id is never trusted: it is replaced here.
  const requestId = crypto.randomUUID();
  const production = process.env.NODE_ENV === 'production';
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const { pathname } = request.nextUrl;
  const paymentSources = CHECKOUT_PAGE.test(pathname) ? checkoutCspSources(process.env) : [];
  // The markdown answer says `Vary: Accept` itself (app/_features/catalog/markdown.ts). Next sets
  // Vary on rendered pages itself, so the HTML cannot say it; those pages are dynamic (no-store).
  const twin = request.method === 'GET' || request.method === 'HEAD' ? markdownTwin(pathname) : null;
  const asMarkdown = twin !== null && prefersMarkdown(request.headers.get('accept'));
  const options = { nonce, production, https, paymentSources };
  const headers = asMarkdown || pathname.startsWith('/markdown/') ? documentSecurityHeaders(options) : securityHeaders(options);

  const forwarded = new Headers(request.headers);
  // Never let a client-supplied internal header reach the app (CVE-2025-29927 class of bypass).
  forwarded.delete('x-middleware-subrequest');
  // Next reads the nonce from the request's CSP header and stamps it on its own scripts.
  forwarded.set('x-nonce', nonce);
  forwarded.set('content-security-policy', headers['content-security-policy']!);
  forwarded.set('x-request-id', requestId);

  const response = asMarkdown
    ? NextResponse.rewrite(new URL(`${twin}${request.nextUrl.search}`, request.url), { request: { headers: forwarded } })
    : NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  // API answers set it themselves (the same id, from the forwarded request header).
  if (!pathname.startsWith('/api/')) response.headers.set('x-request-id', requestId);
  return response;
}

export const config = {
  // Everything but Next's immutable build assets (their headers come from next.config.ts).
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
