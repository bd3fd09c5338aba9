// What the shared catalog HTML cache keeps (lib/cache/page-cache.ts), against a real HTTP server that
// plays the deployment's render door: only a plain 200 of this build, without Set-Cookie, with the
// render nonce on its scripts, and only when asked with the render token.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withEnv } from '../../harness/fresh-modules';
import { listenOnLoopback } from '../../harness/loopback-server';
import { pageRenderToken } from '@/lib/cache/catalog-pages';

const SECRET = 'page-cache-integration-secret-0123456789abcd';
const NONCE = 'bm9uY2UtZm9yLXRlc3Q=';
const PAGE = `<html><head><script src="/_next/static/chunks/main.js" async="" nonce="${NONCE}"></script></head><body><h1>Mug</h1><script nonce="${NONCE}">self.__next_f.push([1])</script></body></html>`;

type Answer = { status?: number; headers?: Record<string, string>; body?: string };
const answers = new Map<string, Answer>([
  [
    '/en-us/p/mug',
    {
      headers: {
        link: `</_next/static/media/inter.woff2>; rel=preload; as="font"; crossorigin=""; nonce="${NONCE}"; type="font/woff2", </_next/static/chunks/main.js>; rel=preload; as="script"; nonce="${NONCE}", </_next/static/chunks/app.css>; rel=preload; as="style"`,
      },
    },
  ],
  ['/en-us/p/cookie', { headers: { 'set-cookie': 'a=b' } }],
  ['/en-us/p/other-build', { headers: { 'x-storefront-build': 'another-build' } }],
  ['/en-us/p/missing', { status: 404, body: '<html>not found</html>' }],
  ['/en-us/p/no-nonce', { body: '<html><script>x()</script></html>' }],
]);
const seen: Array<{ path: string; token: string | undefined }> = [];

function door(request: IncomingMessage, response: ServerResponse) {
  seen.push({ path: request.url!, token: request.headers['x-storefront-page-render'] as string | undefined });
  const answer = answers.get(request.url!) ?? { status: 404 };
  response.writeHead(answer.status ?? 200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': `script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`,
    'x-storefront-build': 'dev',
    ...answer.headers,
  });
  response.end(answer.body ?? PAGE);
}

let server: Awaited<ReturnType<typeof listenOnLoopback>>;
let catalogPage: typeof import('@/lib/cache/page-cache').catalogPage;

beforeAll(async () => {
  server = await listenOnLoopback(createServer(door));
  catalogPage = await withEnv({ SESSION_SECRET: SECRET, PAGE_RENDER_ORIGIN: server.url }, async () => (await import('@/lib/cache/page-cache')).catalogPage);
});
afterAll(() => server.close());

describe('the catalog page cache', () => {
  it('keeps a plain 200 render of this build, with its scripts hashed and the nonce gone', async () => {
    const page = await catalogPage('/en-us/p/mug');
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(page.html).not.toContain(NONCE);
    expect(page.hashes).toHaveLength(2); // the inline payload and the loader of main.js
    // Next preloads the font by header: the shared copy keeps it without the render's nonce, and
    // drops a script preload (the page's CSP would refuse it; the loader starts the scripts).
    expect(page.link).toBe('</_next/static/media/inter.woff2>; rel=preload; as="font"; crossorigin=""; type="font/woff2", </_next/static/chunks/app.css>; rel=preload; as="style"');
    expect(seen.at(-1)).toEqual({ path: '/en-us/p/mug', token: await pageRenderToken(SECRET) });
  });

  it('answers, but never keeps, a render that sets a cookie, comes from another build, is not a 200 or carries no nonce', async () => {
    for (const path of ['/en-us/p/cookie', '/en-us/p/other-build', '/en-us/p/missing', '/en-us/p/no-nonce']) {
      const page = await catalogPage(path);
      expect(page.ok, path).toBe(false);
      if (page.ok) continue;
      // Passed through as rendered: its own nonce CSP stays with its own nonce'd scripts.
      expect(page.headers.find(([name]) => name === 'content-security-policy')?.[1], path).toContain(`'nonce-${NONCE}'`);
      expect(page.headers.some(([name]) => name === 'set-cookie'), path).toBe(false);
    }
    expect((await catalogPage('/en-us/p/missing')).ok).toBe(false);
  });
});
