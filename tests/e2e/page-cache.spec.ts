// The shared catalog HTML cache (docs/adr/0012-cacheable-catalog-html-with-hashed-scripts.md): home,
// category and product pages are one copy for everyone, a CDN may keep them, a signed revalidation
// expires them, and their hashed-script CSP still runs the page and blocks anything injected.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signPayload } from '../../lib/security/webhook-signature';
import { adminApi } from '../harness/admin-api';
import { productsInCategory, topLevelCategories } from '../harness/demo-expectations';
import { E2E_BACKEND_URL, E2E_REVALIDATE_SECRET } from '../harness/e2e-env';
import { hydrated } from './support';

const category = topLevelCategories[0]!;
const product = productsInCategory(category)[1]!;
const productPath = `/en-us/p/${product.slug.en}`;
const admin = adminApi(E2E_BACKEND_URL, 'demo-store');

function scriptSrc(csp: string | undefined): string {
  return (csp ?? '').split('; ').find((directive) => directive.startsWith('script-src')) ?? '';
}

/** Each signature is accepted once: callers in the same second pass different tags. */
async function revalidate(request: APIRequestContext, tags: string[]) {
  const raw = JSON.stringify({ tags });
  const timestamp = Math.floor(Date.now() / 1000);
  const response = await request.post('/api/revalidate', {
    headers: { 'content-type': 'application/json', 'x-timestamp': String(timestamp), 'x-signature': signPayload(E2E_REVALIDATE_SECRET, timestamp, raw) },
    data: raw,
  });
  expect(response.status()).toBe(200);
}

test('home, category and product pages are one cacheable copy with a hashed-script CSP', async ({ request }) => {
  for (const path of ['/en-us', `/en-us/c/${category.slug.en}`, productPath]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const headers = first.headers();
    expect(headers['cache-control'], path).toMatch(/^public, .*s-maxage=\d+/);
    expect(headers.vary, path).toContain('Accept');
    const scripts = scriptSrc(headers['content-security-policy']);
    expect(scripts, path).toMatch(/'sha256-[A-Za-z0-9+/=]{44}'/);
    expect(scripts, path).toContain("'strict-dynamic'");
    expect(scripts, path).not.toMatch(/nonce-|unsafe-inline/);
    expect(headers['x-frame-options'], path).toBe('DENY');
    // The font preload Next sends as a header is kept, without the render's nonce.
    expect(headers.link, path).toMatch(/rel=preload; as="font"/);
    expect(headers.link, path).not.toContain('nonce');
    // The second request is the same copy, byte for byte.
    expect(await (await request.get(path)).text(), path).toBe(await first.text());
  }
  // Anything else keeps the per-request nonce and is never stored.
  const search = await request.get('/en-us/search?q=shirt');
  expect(scriptSrc(search.headers()['content-security-policy'])).toMatch(/'nonce-[^']+'/);
  expect(search.headers()['cache-control']).toContain('no-store');
});

test('a shopper with a cart and a session gets the same copy as everyone (nothing per shopper is cached)', async ({ page, request }) => {
  const anonymous = await (await request.get(productPath)).text();
  await page.goto(productPath);
  await hydrated(page);
  await page.getByRole('button', { name: 'Add to cart' }).first().click();
  await expect(page.getByTestId('mini-cart-count')).toHaveText('1');
  const withCart = await page.request.get(productPath);
  expect(await withCart.text()).toBe(anonymous);
});

test('the cached page runs (hydrates, no CSP violation) and blocks a script injected into it', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => w.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(productPath);
  await hydrated(page);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);

  // The same cached answer, with a script added on the way (as a stored or reflected injection would).
  await page.route(productPath, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</body>', '<script>window.__injected = true</script></body>');
    await route.fulfill({ response, body: html });
  });
  await page.goto(productPath);
  await hydrated(page);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
});

test('a visitor cannot ask for a per-request render (a cache bypass): a wrong render token gets the shared copy', async ({ request }) => {
  const shared = await (await request.get(productPath)).text();
  const attempt = await request.get(productPath, { headers: { 'x-storefront-page-render': 'f'.repeat(64) } });
  expect(scriptSrc(attempt.headers()['content-security-policy'])).not.toContain('nonce-');
  expect(await attempt.text()).toBe(shared);
});

test('the cached page keeps the shopper\'s URL: the client router never rewrites it', async ({ page }) => {
  await page.goto(`/en-us/c/${category.slug.en}`);
  await hydrated(page);
  expect(new URL(page.url()).pathname).toBe(`/en-us/c/${category.slug.en}`);
  expect(await page.content()).not.toContain('x-storefront-page-render');
});

test('a catalog change reaches the cached HTML after a signed revalidation, not before', async ({ request }) => {
  const original = (await admin.products().withKey({ key: product.key! }).get().execute()).body;
  const renamed = `${product.name.en} (page ${Date.now()})`;
  const rename = async (name: string) => {
    const current = (await admin.products().withId({ ID: original.id }).get().execute()).body;
    await admin
      .products()
      .withId({ ID: original.id })
      .post({ body: { version: current.version, actions: [{ action: 'changeName', name: { ...product.name, en: name } }, { action: 'publish' }] } })
      .execute();
  };
  expect(await (await request.get(productPath)).text()).toContain(product.name.en);
  await rename(renamed);
  try {
    expect(await (await request.get(productPath)).text()).not.toContain(renamed);
    await revalidate(request, ['catalog:products']);
    await expect.poll(async () => (await request.get(productPath)).text()).toContain(renamed);
  } finally {
    await rename(product.name.en!);
    await revalidate(request, ['catalog']);
  }
});
