// middleware.ts called directly, in production: which requests the shared catalog HTML cache answers,
// and the render door only the cache itself can open (lib/cache/catalog-pages.ts).
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withEnv } from '../../harness/fresh-modules';
import { PAGE_RENDER_HEADER, isCachedPageRequest, pageRenderToken } from '@/lib/cache/catalog-pages';

const SECRET = 'page-cache-test-secret-0123456789abcdefghijkl';

async function productionMiddleware(extra: Record<string, string> = {}) {
  vi.stubEnv('NODE_ENV', 'production');
  return withEnv({ SESSION_SECRET: SECRET, SITE_URL: 'http://localhost:3000', ...extra }, async () => (await import('../../../middleware')).middleware);
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

  it('opens the render door only for the token derived from this deployment\'s SESSION_SECRET', async () => {
    const middleware = await productionMiddleware();
    const good = await pageRenderToken(SECRET);
    const rendered = await middleware(request('/_render/en-us/p/linen-shirt', { [PAGE_RENDER_HEADER]: good }));
    expect(rewrite(rendered)).toBe('http://localhost:3000/en-us/p/linen-shirt');
    // The cache keeps only renders of its own build.
    expect(rendered.headers.get('x-storefront-build')).toBe('dev');
    expect(rendered.headers.get('content-security-policy')).toMatch(/'nonce-[^']+'/);

    // A render that comes back without the prefix (a proxied rewrite) renders too, never into the cache.
    const again = await middleware(request('/en-us/p/linen-shirt', { [PAGE_RENDER_HEADER]: good }));
    expect(rewrite(again)).toBeNull();
    expect(again.headers.get('content-security-policy')).toMatch(/'nonce-[^']+'/);

    const other = await pageRenderToken(`${SECRET}-other`);
    const attempts: Array<Record<string, string>> = [{}, { [PAGE_RENDER_HEADER]: other }, { [PAGE_RENDER_HEADER]: good.slice(1) }];
    for (const headers of attempts) {
      // Without the token the path is just an unknown page (404), never a render.
      expect(rewrite(await middleware(request('/_render/en-us/p/linen-shirt', headers)))).toBeNull();
    }
  });
});

describe('isCachedPageRequest', () => {
  it('is false outside production', () => {
    expect(isCachedPageRequest({ method: 'GET', pathname: '/en-us', search: '', rsc: false, enabled: false })).toBe(false);
    expect(isCachedPageRequest({ method: 'GET', pathname: '/en-us', search: '', rsc: false, enabled: true })).toBe(true);
    expect(isCachedPageRequest({ method: 'GET', pathname: '/en-us/p/a/b', search: '', rsc: false, enabled: true })).toBe(false);
  });
});
