// Edge middleware, deliberately thin: security headers, a per-request CSP nonce and the request id,
// nothing else.
// Authorization never depends on it (every Route Handler checks its own rules).
import { NextResponse, type NextRequest } from 'next/server';
import { checkoutCspSources } from '@/lib/payment/commercetools-checkout/hosts';
import { createNonce, securityHeaders } from '@/lib/security/headers';

/** The checkout page (`/{locale}/checkout`), the only page that may run a hosted payment UI. */
const CHECKOUT_PAGE = /^\/[^/]+\/checkout\/?$/;

export function middleware(request: NextRequest) {
  const nonce = createNonce();
  // One id per request, for pages too; Route Handlers answer with the same one (lib/http/route.ts).
  // A client's own x-request-id is never trusted: it is replaced here.
  const requestId = crypto.randomUUID();
  const production = process.env.NODE_ENV === 'production';
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const paymentSources = CHECKOUT_PAGE.test(request.nextUrl.pathname) ? checkoutCspSources(process.env) : [];
  const headers = securityHeaders({ nonce, production, https, paymentSources });

  const forwarded = new Headers(request.headers);
  // Never let a client-supplied internal header reach the app (CVE-2025-29927 class of bypass).
  forwarded.delete('x-middleware-subrequest');
  // Next reads the nonce from the request's CSP header and stamps it on its own scripts.
  forwarded.set('x-nonce', nonce);
  forwarded.set('content-security-policy', headers['content-security-policy']!);
  forwarded.set('x-request-id', requestId);

  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  // API answers set it themselves (the same id, from the forwarded request header).
  if (!request.nextUrl.pathname.startsWith('/api/')) response.headers.set('x-request-id', requestId);
  return response;
}

export const config = {
  // Everything but Next's immutable build assets (their headers come from next.config.ts).
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
