// Visual snapshots: home, listing, product, cart, checkout and account at a desktop and a phone width,
// so a change that breaks a layout fails a test. The reference browser is Debian's Chromium (the one
// .ci/run and the CI workflow use); after an intended change of the look, refresh the baselines with
// `npx playwright test tests/e2e/visual.spec.ts --update-snapshots` and review the images in the diff.
import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { productsInCategory, topLevelCategories } from '../harness/demo-expectations';
import { hydrated, signUp } from './support';

const category = topLevelCategories[0]!;
const product = productsInCategory(category)[0]!;

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'mobile', viewport: { width: 390, height: 844 } },
] as const;

/** Everything that can still move is settled: fonts, images in view, hydration, client fetches. */
async function settled(page: Page) {
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    await document.fonts.ready;
    const images = [...document.images].filter((image) => image.loading !== 'lazy' || image.getBoundingClientRect().top < innerHeight);
    await Promise.all(images.map((image) => (image.complete ? null : new Promise((done) => image.addEventListener('load', done, { once: true })))));
  });
}

function catalogData(page: Page) {
  return [page.getByTestId('product-grid'), page.getByTestId('category-tile').locator('img')];
}

async function addToCart(page: Page) {
  await page.goto(`/en-us/p/${product.slug.en}`);
  await hydrated(page);
  const answer = page.waitForResponse((r) => r.url().includes('/api/cart') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Add to cart' }).first().click();
  expect((await answer).ok()).toBe(true);
}

for (const { name, viewport } of WIDTHS) {
  test.describe(`${name} layout`, () => {
    test.use({ viewport });

    test('home, listing and product pages', async ({ page }) => {
      for (const [page_, path] of [
        ['home', '/en-us'],
        ['listing', `/en-us/c/${category.slug.en}`],
        ['product', `/en-us/p/${product.slug.en}`],
      ] as const) {
        await page.goto(path);
        await settled(page);
        // Which products fill a grid, and so a category tile's picture, follows commercetools' ranking,
        // whose ties fall back to ids that a re-seeded backend draws anew: those boxes are masked
        // (their size and place are still compared).
        await expect(page, path).toHaveScreenshot(`${page_}-${name}.png`, { mask: catalogData(page) });
      }
    });

    test('cart and checkout', async ({ page }) => {
      await addToCart(page);
      await page.goto('/en-us/cart');
      await settled(page);
      await expect(page).toHaveScreenshot(`cart-${name}.png`);
      await page.goto('/en-us/checkout');
      await settled(page);
      await expect(page).toHaveScreenshot(`checkout-${name}.png`);
    });

    test('account', async ({ page }) => {
      // Sign-up lands on the account page (a full navigation); wait for it rather than racing it.
      // Short enough never to wrap at phone width, whatever its digits (the box is masked, the lines are not).
      const email = `v${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 3).toString(36).padStart(3, '0')}@example.com`;
      await signUp(page, email, '/en-us/account');
      await page.waitForURL('**/en-us/account');
      await settled(page);
      // The address differs on every run.
      await expect(page).toHaveScreenshot(`account-${name}.png`, { mask: [page.getByText(/@example\.com/)] });
    });
  });
}

test('a broken layout fails the comparison', async ({ page }) => {
  const updating = test.info().config.updateSnapshots;
  // Never let this test write its broken page as the baseline.
  test.skip(updating === 'all' || updating === 'changed' || !existsSync(test.info().snapshotPath('product-desktop.png')), 'baseline being written');
  await page.setViewportSize(WIDTHS[0].viewport);
  await page.goto(`/en-us/p/${product.slug.en}`);
  await settled(page);
  // What a stray CSS change does: the main column shifts.
  await page.addStyleTag({ content: 'main { padding-left: 160px !important; }' });
  await expect(expect(page).toHaveScreenshot('product-desktop.png', { timeout: 3_000, mask: catalogData(page) })).rejects.toThrow();
});
