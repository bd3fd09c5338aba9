// middleware.ts called directly: a catalog page asked for as markdown is rewritten to its twin with
// the document CSP; HTML stays the default; other pages are untouched.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { middleware } from '../../../middleware';

async function run(path: string, accept?: string, method = 'GET') {
  const headers: Record<string, string> = accept ? { accept } : {};
  return middleware(new NextRequest(`http://localhost:3000${path}`, { method, headers }));
}

const rewrite = (response: Response) => response.headers.get('x-middleware-rewrite');

describe('markdown negotiation in middleware', () => {
  it('rewrites product, category and search pages to their markdown twin, keeping the query', async () => {
    for (const [path, twin] of [
      ['/en-us/p/linen-shirt', '/markdown/en-us/p/linen-shirt'],
      ['/de-de/c/damen?page=2&sort=price-asc', '/markdown/de-de/c/damen?page=2&sort=price-asc'],
      ['/en-gb/search?q=shirt', '/markdown/en-gb/search?q=shirt'],
    ]) {
      const response = await run(path!, 'text/markdown, text/html;q=0.8');
      expect(rewrite(response)).toBe(`http://localhost:3000${twin}`);
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain('sandbox');
      expect(csp).not.toContain('nonce-');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves HTML by default and to browsers', async () => {
    for (const accept of [undefined, '*/*', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'text/html, text/markdown']) {
      const response = await run('/en-us/p/linen-shirt', accept);
      expect(rewrite(response)).toBeNull();
      expect(response.headers.get('content-security-policy')).toContain("'strict-dynamic'");
    }
  });

  it('leaves other pages, other methods and the API alone', async () => {
    for (const path of ['/en-us', '/en-us/cart', '/api/products', '/llms.txt']) {
      const response = await run(path, 'text/markdown');
      expect(rewrite(response)).toBeNull();
      expect(response.headers.get('content-security-policy')).toContain("'strict-dynamic'");
    }
    expect(rewrite(await run('/en-us/p/linen-shirt', 'text/markdown', 'POST'))).toBeNull();
  });

  it('gives the twin URLs the document CSP when reached directly', async () => {
    const response = await run('/markdown/en-us/p/linen-shirt');
    expect(rewrite(response)).toBeNull();
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
