// Which page requests are answered from the shared catalog HTML cache, and how the cache asks for
// a fresh render. Pure and edge-safe: proxy.ts uses it on every request.
// docs/adr/0012-cacheable-catalog-html-with-hashed-scripts.md
import { isMarketLocale } from '@/lib/markets';

/** The Route Handler that answers cached catalog pages (app/cached-page/[...path]/route.ts). */
export const CACHED_PAGE_ROUTE = '/cached-page';
/**
 * Marks the cache's own render request: the page's own URL with this header carrying the render token
 * (the page must see its real URL: Next's router takes the URL it renders for as the browser's).
 */
export const PAGE_RENDER_HEADER = 'x-storefront-page-render';
/** On a render's answer: the build that rendered it (next.config.ts inlines STOREFRONT_BUILD_KEY). */
export const PAGE_BUILD_HEADER = 'x-storefront-build';

/** Home (`/{locale}`), a category (`/{locale}/c/{slug}`) or a product (`/{locale}/p/{slug}`). */
const CATALOG_PAGE = /^\/([^/]+)(?:\/([cp])\/([^/]+))?\/?$/;

type CachedPageRequest = {
  method: string;
  pathname: string;
  search: string;
  /** Next's client navigations and prefetches ask for the RSC payload, not HTML. */
  rsc: boolean;
  /** `CATALOG_PAGE_CACHE` (default on) and production: development renders every request. */
  enabled: boolean;
};

/**
 * Whether a request is answered from the HTML cache: GET, no query string (filters, sorting, paging
 * and search stay per request, so the cache holds one entry per catalog page and no request can add
 * keys at will), and a catalog page of a known market.
 */
export function isCachedPageRequest({ method, pathname, search, rsc, enabled }: CachedPageRequest): boolean {
  return enabled && method === 'GET' && search === '' && !rsc && isCatalogPagePath(pathname);
}

export function isCatalogPagePath(pathname: string): boolean {
  const match = CATALOG_PAGE.exec(pathname);
  return match !== null && isMarketLocale(match[1]);
}

let token: { secret: string; value: Promise<string> } | undefined;

/**
 * The render token: an HMAC of a fixed label under SESSION_SECRET, so every instance of a deployment
 * agrees on it and no visitor can ask for an uncached render (which would bypass the cache).
 */
export function pageRenderToken(secret: string): Promise<string> {
  if (token?.secret !== secret) token = { secret, value: hmacHex(secret, 'storefront catalog page render v1') };
  return token.value;
}

async function hmacHex(secret: string, label: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(label)));
  return Array.from(signature, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Constant-time comparison of two hex tokens. */
export function sameToken(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
