import { expect, test } from '@playwright/test';
import { demoCatalog } from '../../scripts/local-backend/seed/demo-catalog';

const catalog = demoCatalog();
const topLevel = catalog.categories.filter((c) => !c.parent);

test('/ redirects to a market and the home page lists the category tree from the backend', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/en-us$/);
  const tree = page.getByTestId('category-tree');
  await expect(tree).toBeVisible();
  for (const category of topLevel) {
    await expect(tree.getByRole('link', { name: category.name.en, exact: true })).toBeVisible();
  }
  // Subcategories are listed on their parent's page.
  const firstChild = catalog.categories.find((c) => c.parent?.key === topLevel[0]?.key);
  await tree.getByRole('link', { name: topLevel[0]!.name.en, exact: true }).click();
  await expect(page.getByTestId('subcategories').getByRole('link', { name: firstChild!.name.en, exact: true })).toBeVisible();
});

test('the German market renders German category names and lang', async ({ page }) => {
  await page.goto('/de-de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
  for (const category of topLevel) {
    await expect(page.getByTestId('category-tree').getByRole('link', { name: category.name.de!, exact: true })).toBeVisible();
  }
});

// Pages rendered per request (here search); home, category and product pages are the shared HTML copy
// with a hashed-script CSP instead (tests/e2e/page-cache.spec.ts).
const PER_REQUEST_PAGE = '/en-us/search?q=mug';

test('pages rendered per request carry a nonce-based CSP, the nonce is on every script, and nothing is blocked', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(PER_REQUEST_PAGE);
  const headers = response!.headers();
  const csp = headers['content-security-policy']!;
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  // The production build over plain-http localhost: no HSTS (it is sent over https only).
  expect(headers['strict-transport-security']).toBeUndefined();
  expect(headers['x-powered-by']).toBeUndefined();

  // Every script the server sent carries this response's nonce.
  const html = await response!.text();
  const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);

  // Next's client bootstrap ran (the nonce let its scripts execute) and its lazily loaded chunks
  // (prefetches inject <script> tags without a nonce, trusted through 'strict-dynamic') ran too.
  await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version !== undefined);
  await page.waitForLoadState('networkidle');
  const domScripts = await page.evaluate(() => [...document.scripts].map((s) => ({ nonce: s.nonce, src: s.src })));
  for (const script of domScripts.filter((s) => s.nonce !== nonce)) {
    expect(new URL(script.src).pathname).toMatch(/^\/_next\/static\//);
  }
  expect(violations).toEqual([]);

  // A fresh nonce per request.
  const again = await page.request.get(PER_REQUEST_PAGE);
  expect(again.headers()['content-security-policy']).not.toContain(nonce!);
});

test('a spoofed x-middleware-subrequest header does not skip the middleware', async ({ request }) => {
  const response = await request.get(PER_REQUEST_PAGE, {
    headers: { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-security-policy']).toContain("'nonce-");
});

test('the session cookie is __Host-, Secure, HttpOnly, SameSite=Lax and invisible to scripts', async ({ page, context }) => {
  await page.goto('/en-us');
  // The header has read the session (and moved it to the page's market, en-us) before we move it.
  await expect(page.getByTestId('mini-cart-count')).not.toHaveText('–');
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/session/market', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'de-de' }),
    });
    return response.status;
  });
  expect(status).toBe(200);
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === '__Host-session');
  expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
  expect(session!.domain).toBe('localhost');
  expect(await page.evaluate(() => document.cookie)).not.toContain('session');
  const view = await page.evaluate(async () => (await fetch('/api/session')).json());
  expect(view.market).toEqual({ locale: 'de-de', country: 'DE', currency: 'EUR' });
});

test('API mutations from another origin are refused with the error format', async ({ request }) => {
  const response = await request.put('/api/session/market', {
    headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
    data: { locale: 'de-de' },
  });
  expect(response.status()).toBe(403);
  const body = await response.json();
  expect(body.error).toMatchObject({ code: 'cross_site_request', requestId: expect.any(String) });
  expect(response.headers()['set-cookie']).toBeUndefined();
});

test('an unknown market is a real 404', async ({ page }) => {
  const response = await page.goto('/fr-fr');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('every answer carries a request id, and an unknown /api path is a JSON 404 in the error format', async ({ request }) => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const page = await request.get('/en-us', { headers: { 'x-request-id': 'client-chosen' } });
  expect(page.status()).toBe(200);
  expect(page.headers()['x-request-id']).toMatch(uuid);
  const missingPage = await request.get('/en-us/no-such-page');
  expect(missingPage.status()).toBe(404);
  expect(missingPage.headers()['content-type']).toContain('text/html');
  expect(missingPage.headers()['x-request-id']).toMatch(uuid);

  for (const method of ['GET', 'POST', 'DELETE'] as const) {
    const response = await request.fetch('/api/no/such/thing', { method, headers: { 'x-request-id': 'client-chosen' } });
    expect(response.status(), method).toBe(404);
    expect(response.headers()['content-type']).toContain('application/json');
    const id = response.headers()['x-request-id'];
    expect(id).toMatch(uuid);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'Not found.', requestId: id } });
  }
  // An API answer's id is the one middleware gave the request, in the header and in the body alike.
  const health = await request.get('/api/health');
  expect(health.headers()['x-request-id']).toMatch(uuid);
});

test('/favicon.ico is an icon, not a 404', async ({ request }) => {
  const icon = await request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/image\//);
  expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});
