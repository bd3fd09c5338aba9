// proxy.ts called directly, in production: which requests the shared catalog HTML cache answers,
// and the render door only the cache itself can open (lib/cache/catalog-pages.ts).
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withEnv } from '../../harness/fresh-modules';
import { PAGE_RENDER_HEADER, isCachedPageRequest, pageRenderToken } from '@/lib/cache/catalog-pages';

const SECRET = 'page-cache-test-secret-0123456789abcdefghijkl';

async function productionMiddleware(extra: Record<string, string | undefined> = {}) {
  vi.stubEnv('NODE_ENV', 'production');
  return withEnv({ SESSION_SECRET: SECRET, SITE_URL: 'http://localhost:3000', CATALOG_PAGE_CACHE: undefined, ...extra }, async () => (await import('../../../proxy')).proxy);
}

function request(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new NextRequest(`http://localhost:3000${path}`, { method, headers });
}

const rewrite = (response: Response) => response.headers.get('x-middleware-rewrite');

afterEach(() => vi.unstubAllEnvs());

describe('the shared catalog HTML cache in middleware', () => {
  it('answers plain GETs of home, category and product pages from the cache, leaving their CSP to it', async () => {
    const middleware = await productionMiddleware();
    for (const path of ['/en-us', '/de-de/c/damen', '/en-gb/p/linen-shirt']) {
      const response = await middleware(request(path));
      expect(rewrite(response)).toBe(`http://localhost:3000/cached-page${path}`);
      expect(response.headers.get('content-security-policy')).toBeNull();
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('renders per request (nonce CSP) anything with a query, RSC requests, other pages and other methods', async () => {
    const middleware = await productionMiddleware();
    const perRequest = [
      request('/en-us/c/women?sort=price-asc'),
      request('/en-us/p/linen-shirt?_rsc=abc', { rsc: '1' }),
      request('/en-us/p/linen-shirt', { rsc: '1' }),
      request('/en-us/p/linen-shirt', { 'next-router-prefetch': '1' }),
      request('/en-us/cart'),
      request('/en-us/search'),
      request('/xx-xx/p/linen-shirt'),
      request('/en-us/p/linen-shirt', {}, 'POST'),
    ];
    for (const req of perRequest) {
      const response = await middleware(req);
      expect(rewrite(response)).toBeNull();
      expect(response.headers.get('content-security-policy')).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
    }
  });

  it('is off with CATALOG_PAGE_CACHE=off', async () => {
    const middleware = await productionMiddleware({ CATALOG_PAGE_CACHE: 'off' });
    expect(rewrite(await middleware(request('/en-us/p/linen-shirt')))).toBeNull();
  });

  it('renders per request, never from the cache, only for the token derived from this deployment\'s SESSION_SECRET', async () => {
    const middleware = await productionMiddleware();
    const good = await pageRenderToken(SECRET);
    // The page's own URL (Next's router takes the rendered URL as the browser's), with the token.
    const rendered = await middleware(request('/en-us/p/linen-shirt', { [PAGE_RENDER_HEADER]: good }));
    expect(rewrite(rendered)).toBeNull();
    expect(rendered.headers.get('content-security-policy')).toMatch(/'nonce-[^']+'/);
    // The cache keeps only renders of its own build.
    expect(rendered.headers.get('x-storefront-build')).toBe('dev');

    const other = await pageRenderToken(`${SECRET}-other`);
    const attempts: Array<Record<string, string>> = [{ [PAGE_RENDER_HEADER]: other }, { [PAGE_RENDER_HEADER]: good.slice(1) }, { [PAGE_RENDER_HEADER]: '' }];
    for (const headers of attempts) {
      // A wrong token is just a visitor: the shared copy, no per-request render.
      const response = await middleware(request('/en-us/p/linen-shirt', headers));
      expect(rewrite(response)).toBe('http://localhost:3000/cached-page/en-us/p/linen-shirt');
      expect(response.headers.get('x-storefront-build')).toBeNull();
    }
  });
});

describe('a page still warm in this process\'s memory', () => {
  it('is answered by the proxy itself, with the page\'s hashed CSP and every security header, until a tag expires', async () => {
    const middleware = await productionMiddleware();
    const { rememberPage } = await import('@/lib/cache/page-memo');
    const { expireNamed } = await import('@/lib/cache/revalidate');
    rememberPage('/en-us/p/linen-shirt', { html: '<html>cached</html>', hashes: ['sha256-AAAA'] });

    const warm = await middleware(request('/en-us/p/linen-shirt'));
    expect(rewrite(warm)).toBeNull();
    expect(await warm.text()).toBe('<html>cached</html>');
    expect(warm.headers.get('content-security-policy')).toContain("script-src 'self' 'sha256-AAAA' 'strict-dynamic'");
    expect(warm.headers.get('cache-control')).toMatch(/^public, /);
    expect(warm.headers.get('x-frame-options')).toBe('DENY');
    expect(warm.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // Only the page that is remembered, and only for a request the cache answers.
    expect(rewrite(await middleware(request('/en-us/p/other')))).toBe('http://localhost:3000/cached-page/en-us/p/other');
    expect(rewrite(await middleware(request('/en-us/p/linen-shirt?sort=x')))).toBeNull();

    expireNamed({ tags: ['catalog:products'] });
    expect(rewrite(await middleware(request('/en-us/p/linen-shirt')))).toBe('http://localhost:3000/cached-page/en-us/p/linen-shirt');
  });

  it('answers a page past PAGE_MEMO_MS while one refresh runs, and forgets it when too old', async () => {
    const { rememberPage, rememberedPage, PAGE_MEMO_MS } = await import('@/lib/cache/page-memo');
    rememberPage('/en-us', { html: 'x', hashes: [] }, 1_000);
    expect(rememberedPage('/en-us', 1_000 + PAGE_MEMO_MS - 1)).toMatchObject({ refresh: false });
    expect(rememberedPage('/en-us', 1_000 + PAGE_MEMO_MS)).toMatchObject({ page: { html: 'x' }, refresh: true });
    // One refresh at a time.
    expect(rememberedPage('/en-us', 1_000 + PAGE_MEMO_MS + 1)).toMatchObject({ refresh: false });
    expect(rememberedPage('/en-us', 1_000 + 3_600_000)).toBeNull();
    // The refreshed copy is fresh again.
    rememberPage('/en-us', { html: 'y', hashes: [] }, 2_000_000);
    expect(rememberedPage('/en-us', 2_000_001)).toMatchObject({ page: { html: 'y' }, refresh: false });
  });
});

describe('isCachedPageRequest', () => {
  it('is false outside production', () => {
    expect(isCachedPageRequest({ method: 'GET', pathname: '/en-us', search: '', rsc: false, enabled: false })).toBe(false);
    expect(isCachedPageRequest({ method: 'GET', pathname: '/en-us', search: '', rsc: false, enabled: true })).toBe(true);
    expect(isCachedPageRequest({ method: 'GET', pathname: '/en-us/p/a/b', search: '', rsc: false, enabled: true })).toBe(false);
  });
});
