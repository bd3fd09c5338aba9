// Security headers and the Content Security Policy, as pure functions so tests can check them
// without a server. middleware.ts applies them to every response.

export type HeaderOptions = {
  /**
   * What lets the page's own scripts run: a fresh nonce per request (pages rendered per request), or
   * the SHA-256 hashes of exactly the scripts of a cached catalog page (lib/security/hashed-scripts.ts,
   * docs/adr/0012-cacheable-catalog-html-with-hashed-scripts.md). Never both, never neither.
   */
  scripts: { nonce: string } | { hashes: readonly string[] };
  production: boolean;
  https: boolean;
  /**
   * Origins of a hosted payment UI (commercetools Checkout, lib/payment/commercetools-checkout/hosts.ts),
   * admitted on the checkout page only. Its script is loaded by the SDK in our nonce'd bundle, so
   * 'strict-dynamic' already trusts it; the host list is for browsers without CSP3 and for the
   * styles, images, fonts, calls and frames the Checkout app needs.
   */
  paymentSources?: readonly string[];
};

export function contentSecurityPolicy({ scripts, production, https, paymentSources = [] }: HeaderOptions): string {
  const extra = paymentSources.length ? ` ${paymentSources.join(' ')}` : '';
  const allowed = 'nonce' in scripts ? `'nonce-${scripts.nonce}'` : scripts.hashes.map((hash) => `'${hash}'`).join(' ');
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce'd (or hashed) bootstrap load its chunks; nothing else runs.
    `script-src 'self' ${allowed} 'strict-dynamic'${extra}${production ? '' : " 'unsafe-eval'"}`,
    // Inline style attributes (e.g. next/image sizing) need 'unsafe-inline'; styles cannot run code.
    `style-src 'self' 'unsafe-inline'${extra}`,
    `img-src 'self' data: blob:${extra}`,
    `font-src 'self'${extra}`,
    // The browser talks to our own /api only, never to commercetools (but for the Checkout app).
    `connect-src 'self'${extra}${production ? '' : ' ws: wss:'}`,
    ...(paymentSources.length ? [`frame-src 'self'${extra}`] : []),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

export function securityHeaders(options: HeaderOptions): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=(), payment=(self)',
    // Only over https: HSTS on plain-http localhost would pin a developer's browser to https there.
    ...(options.production && options.https ? { 'strict-transport-security': 'max-age=63072000; includeSubDomains; preload' } : {}),
  };
}

/**
 * Documents that are data, never a page (the markdown renderings of catalog pages): nothing may load
 * or run, even if a browser were talked into rendering one, and no framing.
 */
export function documentSecurityHeaders(options: HeaderOptions): Record<string, string> {
  return {
    ...securityHeaders(options),
    'content-security-policy': "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox",
  };
}

/** 128 bits of randomness, base64: a fresh CSP nonce per request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
