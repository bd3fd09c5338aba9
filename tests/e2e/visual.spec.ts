// Visual snapshots: home, listing, product, cart, checkout and account at a desktop and a phone width,
// so a change that breaks a layout fails a test. The reference browser is Debian's Chromium (the one
// .ci/run and the CI workflow use); after an intended change of the look, refresh the baselines with
// `npx playwright test tests/e2e/visual.spec.ts --update-snapshots` and review the images in the diff.
import { readFileSync } from 'node:fs';
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

/**
 * Share of pixels that differ between two PNGs of one size (any channel off by more than 24 of 255),
 * decoded and compared in a blank page's canvas: no image library, and nothing ever written.
 */
async function differingPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([first, second]) => {
      const decode = async (base64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(first!), decode(second!)]);
      if (x.width !== y.width || x.height !== y.height) return 1;
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if ([0, 1, 2].some((c) => Math.abs(x.data[i + c]! - y.data[i + c]!) > 24)) differing++;
      }
      return differing / (x.width * x.height);
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

test('a broken layout differs from the baseline by more than the tolerance; the page as built does not', async ({ page, browser }) => {
  // The committed baseline is read, never written: this test must not be able to replace it.
  const baseline = readFileSync(test.info().snapshotPath('product-desktop.png'));
  const tolerance = 0.01; // playwright.config.ts: toHaveScreenshot.maxDiffPixelRatio
  await page.setViewportSize(WIDTHS[0].viewport);
  await page.goto(`/en-us/p/${product.slug.en}`);
  await settled(page);
  const shot = () => page.screenshot({ mask: catalogData(page), animations: 'disabled', caret: 'hide', scale: 'css' });
  const asBuilt = await shot();
  // What a stray CSS change does: the main column shifts.
  await page.addStyleTag({ content: 'main { padding-left: 160px !important; }' });
  const broken = await shot();

  const blank = await browser.newPage();
  try {
    expect(await differingPixels(blank, baseline, asBuilt)).toBeLessThanOrEqual(tolerance);
    expect(await differingPixels(blank, baseline, broken)).toBeGreaterThan(tolerance);
  } finally {
    await blank.close();
  }
});
