// Bounded prefetching (issue 11, item 8): catalog and header link lists prefetch a route when the
// shopper shows intent (pointer over, focus), never just because the links came into view.
// Requests are counted, not timed.
import { expect, test, type Page, type Request } from '@playwright/test';
import { hydrated } from './support';

/** A React Server Components request of the router (a prefetch or a navigation). */
const isRscRequest = (request: Request) => new URL(request.url()).searchParams.has('_rsc');

async function rscRequestsWhileIdle(page: Page, url: string): Promise<string[]> {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (isRscRequest(request)) seen.push(request.url());
  });
  await page.goto(url);
  await hydrated(page);
  // Links are prefetched from an IntersectionObserver after hydration: scroll every list into view.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  return seen;
}

test.describe('prefetching', () => {
  test('the home page prefetches nothing on sight; a product link prefetches on hover', async ({ page }) => {
    expect(await rscRequestsWhileIdle(page, '/en-us')).toEqual([]);

    const link = page.getByTestId('product-link').first();
    const path = await link.getAttribute('href');
    const prefetch = page.waitForRequest((request) => isRscRequest(request) && new URL(request.url()).pathname === path);
    await link.hover();
    await prefetch;
  });

  test('a listing prefetches nothing on sight; a footer link prefetches on keyboard focus', async ({ page }) => {
    await page.goto('/en-us');
    await hydrated(page);
    const href = await page.getByTestId('category-tree').getByRole('link').first().getAttribute('href');
    expect(await rscRequestsWhileIdle(page, href!)).toEqual([]);

    const footerLink = page.getByRole('contentinfo').getByRole('link').last();
    const path = await footerLink.getAttribute('href');
    const prefetch = page.waitForRequest((request) => isRscRequest(request) && new URL(request.url()).pathname === path);
    await footerLink.focus();
    await prefetch;
  });
});
