// The storefront's look and cart UX (issue 11 items 1 and 2): the home page loads without a failed
// request or console error, struck-through original prices from commercetools' product discount
// (card, product page, cart line), sold-out products after available ones under the default sort,
// Open Graph images, the mini-cart drawer (focus in, Escape back to the button), the add-to-cart
// bar and the header in reach on a phone, and add to cart disabled before hydration.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { ProductDraft } from '@commercetools/platform-sdk';
import { attributeKey, catalog, categoryBySlug, originalPriceIn, priceIn, productsInCategory, variantsOf } from '../harness/demo-expectations';
import { open } from './support';

const inventory = new Map(catalog.inventory.map((entry) => [entry.sku, entry.quantityOnStock]));
const soldOut = (product: ProductDraft) => variantsOf(product).every((v) => (inventory.get(v.sku!) ?? 0) === 0);
const usd = (cents: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);

/** A product on sale with a variant in stock: its page path, the variant and both US prices. */
const sale = (() => {
  for (const product of catalog.products) {
    const variant = variantsOf(product).find((v) => (inventory.get(v.sku!) ?? 0) >= 5 && originalPriceIn(v, 'USD', 'US') !== undefined);
    if (!variant) continue;
    const query = new URLSearchParams({ color: attributeKey(variant, 'color')!, size: attributeKey(variant, 'size')! });
    return { product, variant, path: `/en-us/p/${product.slug.en}?${query}`, price: priceIn(variant, 'USD', 'US')!, original: originalPriceIn(variant, 'USD', 'US')! };
  }
  throw new Error('the demo catalog has no product on sale');
})();

/** A stocked product without a discount, for the drawer and phone tests. */
const regular = (() => {
  const product = catalog.products.find((p) => variantsOf(p).every((v) => (inventory.get(v.sku!) ?? 0) >= 5 && originalPriceIn(v, 'USD', 'US') === undefined))!;
  return { product, path: `/en-us/p/${product.slug.en}` };
})();

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function cardSlugs(page: Page): Promise<string[]> {
  const hrefs = await page.getByTestId('product-grid').first().getByTestId('product-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('/p/')[1]!.split('?')[0]!);
}

test.describe('home page', () => {
  test('hero, category tiles and rows; no failed request and no console error (favicon included)', async ({ page }) => {
    const failed: string[] = [];
    const errors: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await open(page, '/en-us');
    // The browser asks for the icons the page declares; each must exist.
    const icons = await page.locator('link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
    expect(icons.length).toBeGreaterThanOrEqual(2);
    for (const href of [...icons, '/favicon.ico']) expect((await page.request.get(href)).status(), href).toBe(200);

    const hero = page.getByTestId('home-hero-image');
    await expect(hero).toHaveAttribute('fetchpriority', 'high');
    await expect(hero).toHaveAttribute('sizes', /1104px/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const cta = page.getByTestId('home-hero-cta');
    await expect(cta).toHaveAttribute('href', /^\/en-us\/c\//);

    const tiles = page.getByTestId('category-tile');
    await expect(tiles).toHaveCount(catalog.categories.filter((c) => !c.parent).length);
    for (const tile of await tiles.all()) await expect(tile.locator('img')).toHaveCount(1);
    await expect(page.getByTestId('new-arrivals').getByTestId('product-card')).toHaveCount(4);
    await expect(page.getByTestId('featured-row').getByTestId('product-card')).toHaveCount(4);
    // Every card image loads (the lazy ones too, once scrolled to).
    await page.getByTestId('featured-row').scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('prices on sale', () => {
  test('card, product page and cart line show the struck-through original from commercetools', async ({ page }) => {
    const category = catalog.categories.find((c) => c.key === (sale.product.categories![0] as { key: string }).key)!;
    await open(page, `/en-us/c/${category.slug.en}`);
    const card = page.getByTestId('product-card').filter({ has: page.getByRole('link', { name: sale.product.name.en, exact: true }) });
    const lowest = Math.min(...variantsOf(sale.product).map((v) => priceIn(v, 'USD', 'US')!));
    const lowestVariant = variantsOf(sale.product).find((v) => priceIn(v, 'USD', 'US') === lowest)!;
    await expect(card.getByTestId('product-price')).toHaveText(new RegExp(usd(lowest).replace('$', '\\$')));
    await expect(card.getByTestId('product-price-original')).toHaveText(`Original price: ${usd(originalPriceIn(lowestVariant, 'USD', 'US')!)}`);
    await expect(card.locator('s')).toHaveCount(1);
    // A second picture for hover where the product has one: lazy, another image than the first.
    const pictures = new Set(variantsOf(sale.product).flatMap((v) => (v.images ?? []).map((i) => i.url)));
    const hover = card.getByTestId('product-card-hover-image');
    if (pictures.size > 1) {
      await expect(hover).toHaveAttribute('loading', 'lazy');
      expect(await hover.getAttribute('src')).not.toBe(await card.locator('img').first().getAttribute('src'));
    } else {
      await expect(hover).toHaveCount(0);
    }

    await open(page, sale.path);
    await expect(page.getByTestId('pdp-price')).toHaveText(`Price: ${usd(sale.price)}Original price: ${usd(sale.original)}`);
    await expect(page.getByTestId('pdp-price-original')).toHaveText(`Original price: ${usd(sale.original)}`);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Add to cart' }).click();
    const drawer = page.getByTestId('cart-drawer');
    await expect(drawer).toBeVisible();
    await page.keyboard.press('Escape');
    await open(page, '/en-us/cart');
    const line = page.locator(`[data-testid="cart-line"][data-sku="${sale.variant.sku}"]`);
    await expect(line.getByTestId('line-unit-price')).toHaveText(`${usd(sale.price)} each`);
    await expect(line.getByTestId('line-unit-price-original')).toHaveText(`Original price: ${usd(sale.original)}`);
    await expect(line.getByTestId('line-total')).toContainText(`Original price: ${usd(sale.original)}`);
    // The same figures the API answers: nothing computed in the browser.
    const cart = await page.evaluate(async () => (await fetch('/api/cart')).json());
    const apiLine = cart.lineItems.find((l: { sku: string }) => l.sku === sale.variant.sku);
    expect(apiLine.unitPrice.centAmount).toBe(sale.price);
    expect(apiLine.originalUnitPrice.centAmount).toBe(sale.original);
    expect(apiLine.originalTotalPrice.centAmount).toBe(sale.original * apiLine.quantity);
  });

  test('a product without a discount shows no struck price', async ({ page }) => {
    await open(page, regular.path);
    await expect(page.getByTestId('pdp-price')).toBeVisible();
    await expect(page.getByTestId('pdp-price-original')).toHaveCount(0);
  });
});

test.describe('sold-out products last under the default sort', () => {
  const category = catalog.categories.find((c) => c.parent && productsInCategory(c).some(soldOut) && productsInCategory(c).some((p) => !soldOut(p)))!;

  test('on a listing and on the search page', async ({ page }) => {
    const products = productsInCategory(category);
    const soldOutSlugs = new Set(products.filter(soldOut).map((p) => p.slug.en!));
    await open(page, `/en-us/c/${category.slug.en}`);
    const slugs = await cardSlugs(page);
    expect(slugs).toHaveLength(products.length);
    const firstSoldOut = slugs.findIndex((slug) => soldOutSlugs.has(slug));
    expect(firstSoldOut).toBe(products.length - soldOutSlugs.size);
    expect(slugs.slice(firstSoldOut).every((slug) => soldOutSlugs.has(slug))).toBe(true);
    await expect(page.getByTestId('product-card').last()).toContainText('Sold out');

    // Search: a word of the sold-out product's name; every result on stock comes before it.
    const target = products.find(soldOut)!;
    const word = target.name.en!.split(' ').at(-1)!;
    await open(page, `/en-us/search?q=${encodeURIComponent(word)}`);
    const found = await cardSlugs(page);
    const allSoldOut = new Set(catalog.products.filter(soldOut).map((p) => p.slug.en!));
    expect(found).toContain(target.slug.en);
    expect(found.some((slug) => !allSoldOut.has(slug)), 'the search finds products on stock too').toBe(true);
    const firstOut = found.findIndex((slug) => allSoldOut.has(slug));
    expect(found.slice(firstOut).every((slug) => allSoldOut.has(slug))).toBe(true);
  });
});

test.describe('Open Graph images', () => {
  test('product and category pages carry an absolute og:image of a catalog picture', async ({ page }) => {
    await open(page, regular.path);
    const productImage = await page.locator('meta[property="og:image"]').first().getAttribute('content');
    expect(productImage).toMatch(/^https?:\/\/[^/]+\/demo-catalog\/.+\.png$/);
    expect((await page.request.get(new URL(productImage!).pathname)).status()).toBe(200);

    const category = categoryBySlug(catalog.categories.find((c) => !c.parent)!.slug.en!);
    await open(page, `/en-us/c/${category.slug.en}`);
    const categoryImage = await page.locator('meta[property="og:image"]').first().getAttribute('content');
    expect(categoryImage).toMatch(/^https?:\/\/[^/]+\/demo-catalog\/.+\.png$/);
    expect((await page.request.get(new URL(categoryImage!).pathname)).status()).toBe(200);
  });
});

test.describe('mini-cart drawer', () => {
  test('opens after add to cart with focus inside; Escape closes it and returns focus to the button', async ({ page }) => {
    await open(page, regular.path);
    const button = page.getByTestId('add-to-cart').getByRole('button', { name: 'Add to cart' });
    await button.focus();
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/cart/line-items') && r.request().method() === 'POST');
    await page.keyboard.press('Enter');
    const cart = await (await answer).json();

    const drawer = page.getByRole('dialog', { name: 'Added to your cart' });
    await expect(drawer).toBeVisible();
    await expect(page.getByTestId('cart-drawer-close')).toBeFocused();
    await expect(drawer.getByTestId('cart-drawer-line')).toHaveCount(cart.lineItems.length);
    await expect(drawer.getByTestId('cart-drawer-line').first()).toContainText(cart.lineItems[0].name);
    await expect(drawer.getByTestId('cart-drawer-subtotal')).toHaveText(usd(cart.subtotal.centAmount));
    await expect(drawer.getByRole('link', { name: 'View cart' })).toHaveAttribute('href', '/en-us/cart');
    await expect(drawer.getByRole('link', { name: 'Checkout' })).toHaveAttribute('href', '/en-us/checkout');
    expect(await seriousViolations(page)).toEqual([]);
    // Tab stays inside the modal dialog.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);

    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(button).toBeFocused();

    // The close button closes it too, and "Checkout" leads on.
    await button.click();
    await expect(drawer).toBeVisible();
    await page.getByTestId('cart-drawer-close').click();
    await expect(drawer).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('before hydration the button is disabled and says it is loading', async ({ page }) => {
    // No JavaScript chunks: the server's HTML as a shopper sees it before React runs.
    await page.route('**/_next/static/chunks/**', (route) => route.abort());
    await page.goto(regular.path);
    const button = page.getByTestId('add-to-cart').locator('button[type="submit"]');
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleName('Add to cart (loading)');
    await expect(button).toHaveText('Add to cart');
  });
});

test.describe('on a phone (390 x 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('add to cart is on screen without scrolling; the header stays in reach while scrolling', async ({ page }) => {
    await open(page, regular.path);
    const button = page.getByTestId('add-to-cart').getByRole('button', { name: 'Add to cart' });
    await expect(button).toBeInViewport({ ratio: 1 });
    // One form, one button.
    await expect(page.getByRole('button', { name: 'Add to cart' })).toHaveCount(1);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(button).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('mini-cart')).toBeInViewport();
    // The page's end (the footer) is not hidden behind the bar.
    const footer = page.locator('footer');
    const [footerBottom, barTop] = await Promise.all([
      footer.evaluate((f) => f.getBoundingClientRect().bottom),
      page.getByTestId('add-to-cart').evaluate((f) => f.getBoundingClientRect().top),
    ]);
    expect(footerBottom).toBeLessThanOrEqual(barTop + 1);

    await button.click();
    await expect(page.getByRole('dialog', { name: 'Added to your cart' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
