import 'server-only';
// The shared catalog HTML cache: home, category and product pages rendered once per lifetime (or
// until their tags expire through the signed revalidation) and answered to everyone, with a CSP that
// lists the hashes of exactly the scripts Next rendered. Per-shopper parts (cart count, sign-in) are
// fetched by the browser, so one copy fits every shopper.
// docs/adr/0012-cacheable-catalog-html-with-hashed-scripts.md, docs/caching.md
import { serverEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { hashRenderedScripts } from '@/lib/security/hashed-scripts';
import { cached } from './cached';
import { PAGE_BUILD_HEADER, PAGE_RENDER_HEADER, pageRenderToken } from './catalog-pages';
import { CACHE } from './manifest';

/**
 * A render the cache keeps: the page, the hashes of its scripts, and its `Link` preloads (Next sends
 * the font preload as a header, not a tag: without it a phone finds the font only through the CSS).
 */
type HashedRender = { ok: true; html: string; hashes: string[]; link?: string };
/** Anything else (a 404, a redirect, an error page): answered as rendered, with its nonce CSP, never kept. */
type PassThrough = { ok: false; status: number; headers: Array<[string, string]>; body: string };
export type PageRender = HashedRender | PassThrough;

/** Response headers of a pass-through render that the answer keeps (the rest Next or middleware sets). */
const PASSED_HEADERS = new Set(['content-type', 'content-security-policy', 'location', 'cache-control', 'x-robots-tag', 'link']);

/**
 * The render's `Link` preloads for the shared copy: without their nonce parameters (it names no
 * render's nonce), and without script preloads, which the CSP of a cached page would refuse (its
 * loader starts the scripts, as for the `<link>` tags in lib/security/hashed-scripts.ts).
 */
function preloadLinks(header: string | null): string | undefined {
  const links = (header ?? '')
    .split(/,\s*(?=<)/)
    .filter((link) => link && !/;\s*as="?script"?/i.test(link) && !/;\s*rel="?modulepreload"?/i.test(link))
    .map((link) => link.replace(/;\s*nonce="[^"]*"/g, ''));
  return links.length ? links.join(', ') : undefined;
}

/**
 * Renders a page through this deployment's own origin, as the shared HTML cache needs it. A page names
 * its build's script files: `build` is part of the cache key, and a render by another build (an origin
 * that reaches another deployment) is answered but never kept.
 */
async function renderPage(path: string, build: string): Promise<PageRender> {
  const env = serverEnv();
  // Never the request's Host: the origin is configuration, so no request can point the render elsewhere.
  const origin = env.PAGE_RENDER_ORIGIN ?? env.SITE_URL;
  const response = await fetch(`${origin}${path}`, {
    // no-cache: a CDN in front must not answer with its copy (one it does is answered, not kept: no nonce).
    headers: { [PAGE_RENDER_HEADER]: await pageRenderToken(env.SESSION_SECRET), accept: 'text/html', 'cache-control': 'no-cache' },
    cache: 'no-store',
    redirect: 'manual',
  });
  const body = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
  const passThrough = (): PassThrough => ({
    ok: false,
    status: response.status,
    headers: [...response.headers].filter(([name]) => PASSED_HEADERS.has(name)),
    body,
  });
  // Only a plain 200 page is shared; one that sets a cookie is per visitor by definition.
  if (response.status !== 200 || response.headers.has('set-cookie') || !nonce) return passThrough();
  if (response.headers.get(PAGE_BUILD_HEADER) !== build) {
    log.warn('cache.page_other_build', { path });
    return passThrough();
  }
  const link = preloadLinks(response.headers.get('link'));
  try {
    return { ok: true, ...hashRenderedScripts(body, nonce), ...(link ? { link } : {}) };
  } catch {
    log.warn('cache.page_unhashable', { path });
    return passThrough();
  }
}

const cachedRender = cached('catalog-page-html', CACHE.catalogPage, renderPage);

/** The page at `path` (`/{locale}`, `/{locale}/c/{slug}`, `/{locale}/p/{slug}`), from the cache when it can be. */
export function catalogPage(path: string): Promise<PageRender> {
  // next.config.ts inlines it at build time; `dev` outside a build (the cache is production-only).
  return cachedRender(path, process.env.STOREFRONT_BUILD_KEY ?? 'dev');
}
