// The storefront on a phone (390x844): listing filters in a drawer (a modal dialog: focus in,
// Escape out, a draft with the server's "Show N results", colour swatches), the category nav as
// one scrolling row, the checkout (slim header, collapsible summary with the total, saved-address
// picker for a signed-in customer), typo-tolerant search with popular products when nothing
// matches, the header box showing the query, and the navigation progress bar. Expectations come
// from the demo catalog itself.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { ProductDraft } from '@commercetools/platform-sdk';
import { COLORS } from '../../scripts/local-backend/seed/data/colors';
import { attributeKey, catalog, priceIn, productsInCategory, topLevelCategories, variantsOf } from '../harness/demo-expectations';
import { hydrated, open, signUp, uniqueEmail } from './support';

test.use({ viewport: { width: 390, height: 844 } });

const inventory = new Map(catalog.inventory.map((entry) => [entry.sku, entry.quantityOnStock]));

function colorsOf(product: ProductDraft): Set<string> {
  return new Set(variantsOf(product).map((v) => attributeKey(v, 'color')!));
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A well-stocked, US-priced SKU of a product no other test here buys. */
function buyableSku(index: number): string {
  const skus = catalog.products.flatMap((product) => {
    const variant = variantsOf(product).find((v) => (inventory.get(v.sku!) ?? 0) >= 10 && priceIn(v, 'USD', 'US') !== undefined);
    return variant ? [variant.sku!] : [];
  });
  return skus[skus.length - 1 - index]!;
}

/** Same-origin API calls from the page, as the app's own client makes them. */
async function api(page: Page, method: string, path: string, body: unknown): Promise<number> {
  const init = { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  return page.evaluate(async ({ path, init }) => (await fetch(path, init)).status, { path, init });
}

// The listing: the top-level category with the most products, and two of its colours.
const category = [...topLevelCategories].sort((a, b) => productsInCategory(b).length - productsInCategory(a).length)[0]!;
const categoryProducts = productsInCategory(category);
const categoryPath = `/en-us/c/${category.slug.en}`;
const colorCounts = new Map<string, number>();
for (const product of categoryProducts) for (const color of colorsOf(product)) colorCounts.set(color, (colorCounts.get(color) ?? 0) + 1);
const [[firstColor, firstCount], [secondColor]] = [...colorCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) as [[string, number], [string, number]];
const colorLabel = (key: string) => COLORS.find((c) => c.key === key)!.en;
const bothCount = categoryProducts.filter((p) => colorsOf(p).has(firstColor) || colorsOf(p).has(secondColor)).length;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const hexToRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test.describe('listing on a phone', () => {
  test('filters open in a drawer: focus moves in, Escape closes and returns focus', async ({ page }) => {
    await open(page, categoryPath);
    const trigger = page.getByTestId('filters-button');
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await expect(trigger).toBeVisible();
    await expect(drawer).toBeHidden();
    await expect(page.getByTestId('facets')).toBeHidden();

    await trigger.click();
    await expect(drawer).toBeVisible();
    expect(await page.evaluate(() => document.activeElement?.closest('dialog')?.id)).toBe('catalog-filters');
    // Modal: the page behind does not scroll and is inert.
    expect(await page.evaluate(() => document.querySelector('dialog#catalog-filters')?.matches(':modal'))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(trigger).toBeFocused();
    await expect(page).toHaveURL(categoryPath);
  });

  test('colour swatches and "Show N results" with the server count; applying navigates once', async ({ page }) => {
    await open(page, categoryPath);
    await expect(page.getByTestId('result-count')).toHaveText(plural(categoryProducts.length, 'product'));
    await page.getByTestId('filters-button').click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    const show = drawer.getByTestId('show-results');
    // Before any change: the listing's own count.
    await expect(show).toHaveText(`Show ${plural(categoryProducts.length, 'result')}`);

    const colours = drawer.getByRole('group', { name: 'Colour' });
    const first = colours.getByRole('checkbox', { name: new RegExp(`^${colorLabel(firstColor)}\\b`) });
    // A swatch in the catalog's colour, named by its colour.
    await expect(first).toHaveCSS('background-color', hexToRgb(COLORS.find((c) => c.key === firstColor)!.hex));
    await expect(first).not.toBeChecked();

    const counted = page.waitForResponse((r) => r.url().includes('/api/products?') && r.url().includes(`color=${firstColor}`));
    await first.click();
    expect((await counted).status()).toBe(200);
    await expect(first).toBeChecked();
    await expect(show).toHaveText(`Show ${plural(firstCount, 'result')}`);
    // A draft: the page did not navigate.
    await expect(page).toHaveURL(categoryPath);

    await colours.getByRole('checkbox', { name: new RegExp(`^${colorLabel(secondColor)}\\b`) }).click();
    await expect(show).toHaveText(`Show ${plural(bothCount, 'result')}`);
    await show.click();
    await expect(drawer).toBeHidden();
    await expect(page).toHaveURL(`${categoryPath}?${[firstColor, secondColor].sort().map((c) => `color=${c}`).join('&')}`);
    await expect(page.getByTestId('result-count')).toHaveText(plural(bothCount, 'product'));
    await expect(page.getByTestId('filters-button')).toHaveText(/^Filters \(2\)/);
    await expect(page.getByTestId('filters-button')).toBeFocused();

    // Reopened: the applied colours are selected; Escape drops a new draft.
    await page.getByTestId('filters-button').click();
    await expect(drawer.getByRole('group', { name: 'Colour' }).getByRole('checkbox', { checked: true })).toHaveCount(2);
    await drawer.getByRole('group', { name: 'Colour' }).getByRole('checkbox', { name: new RegExp(`^${colorLabel(secondColor)}\\b`) }).click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`color=${secondColor}`));
    await page.getByTestId('filters-button').click();
    await expect(drawer.getByRole('group', { name: 'Colour' }).getByRole('checkbox', { checked: true })).toHaveCount(2);
  });

  test('without JavaScript: the listing shows, the drawer is a link target (:target), filters and sort are plain GET forms', async ({ browser }) => {
    // A browser with JavaScript off: nothing of the page waits for React (no streamed fallback).
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    try {
      await page.goto(categoryPath);
      await expect(page.getByTestId('result-count')).toHaveText(plural(categoryProducts.length, 'product'));
      await expect(page.getByTestId('product-card').first()).toBeVisible();
      // The category nav marks the current category in the server's HTML (nothing waits for hydration).
      await expect(page.locator('[data-current]')).toHaveCount(1);
      // The drawer link shows the drawer by CSS alone (:target); its form submits natively.
      await page.getByRole('link', { name: /Filters/ }).click();
      const drawer = page.locator('dialog#catalog-filters');
      await expect(drawer).toBeVisible();
      await drawer.getByRole('group', { name: 'Colour' }).getByRole('checkbox', { name: new RegExp(`^${colorLabel(firstColor)}\\b`) }).check();
      await drawer.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL(`${categoryPath}?color=${firstColor}`);
      await expect(page.getByTestId('result-count')).toHaveText(plural(firstCount, 'product'));
      // Sort: the select and its submit button (shown only without JavaScript), filters kept.
      await page.getByTestId('sort').getByLabel('Sort by').selectOption('price-asc');
      await page.getByTestId('sort').getByRole('button', { name: 'Sort', exact: true }).click();
      await page.waitForURL(new RegExp(`\\?(?=.*color=${firstColor})(?=.*sort=price-asc)`));
      await expect(page.getByTestId('result-count')).toHaveText(plural(firstCount, 'product'));
    } finally {
      await context.close();
    }
  });

  test('with JavaScript the sort needs no submit button, and the listing does not shift when it hydrates', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await open(page, categoryPath);
    await hydrated(page);
    await expect(page.getByTestId('sort').getByRole('combobox', { name: 'Sort by' })).toBeVisible();
    await expect(page.getByTestId('sort').getByRole('button')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
  });

  test('the category nav is one row that scrolls, with the current category in view', async ({ page }) => {
    const last = topLevelCategories[topLevelCategories.length - 1]!;
    await open(page, `/en-us/c/${last.slug.en}`);
    const row = page.getByTestId('category-nav');
    const layout = await row.evaluate((list) => ({
      overflowX: getComputedStyle(list).overflowX,
      tops: [...list.children].map((li) => (li as HTMLElement).offsetTop),
      rowBox: list.getBoundingClientRect().toJSON() as DOMRect,
      current: list.querySelector('[data-current]')?.getBoundingClientRect().toJSON() as DOMRect | undefined,
      scrolls: list.scrollWidth > list.clientWidth,
    }));
    expect(layout.overflowX).toBe('auto');
    expect(layout.tops.length).toBe(topLevelCategories.length);
    expect(new Set(layout.tops).size, 'every category on one row').toBe(1);
    expect(layout.scrolls, 'the demo categories are wider than a phone').toBe(true);
    expect(layout.current).toBeDefined();
    expect(layout.current!.left).toBeGreaterThanOrEqual(layout.rowBox.left - 1);
    expect(layout.current!.right).toBeLessThanOrEqual(layout.rowBox.right + 1);
    // The page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});

test.describe('checkout on a phone', () => {
  test('slim header, and a collapsible summary above the form with the total', async ({ page }) => {
    await open(page, '/en-us');
    expect(await api(page, 'POST', '/api/cart/line-items', { sku: buyableSku(0), quantity: 2 })).toBe(200);
    await open(page, '/en-us/checkout');

    const header = page.getByTestId('checkout-header');
    await expect(header).toContainText('Secure checkout');
    await expect(header.getByRole('link', { name: 'Back to cart' })).toHaveAttribute('href', '/en-us/cart');
    await expect(page.getByRole('search')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Categories' })).toHaveCount(0);

    const summary = page.getByTestId('checkout-summary-mobile');
    const form = page.getByTestId('details-form');
    await expect(summary).toBeVisible();
    await expect(summary).not.toHaveAttribute('open');
    const total = summary.getByTestId('summary-total');
    await expect(total).toBeVisible();
    await expect(summary.getByTestId('totals')).toBeHidden();
    expect((await summary.boundingBox())!.y).toBeLessThan((await form.boundingBox())!.y);
    // The summary line's amount is the cart's total row.
    const totalRow = (await summary.getByTestId('total-total').textContent())!.trim();
    await expect(total).toContainText(totalRow);

    await summary.locator('summary').click();
    await expect(summary).toHaveAttribute('open');
    await expect(summary.getByTestId('totals')).toBeVisible();
    await expect(summary.getByRole('list', { name: 'Items in your order' }).getByRole('listitem')).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
    await summary.locator('summary').press('Enter');
    await expect(summary.getByTestId('totals')).toBeHidden();

    // Back to the cart: the site header returns.
    await header.getByRole('link', { name: 'Back to cart' }).click();
    await page.waitForURL('/en-us/cart');
    await expect(page.getByRole('navigation', { name: 'Categories' })).toBeVisible();
    await expect(page.getByTestId('checkout-header')).toHaveCount(0);
  });

  test('a signed-in customer picks a saved address and it fills the form', async ({ page }) => {
    await signUp(page, uniqueEmail('picker'));
    await page.waitForURL('/en-us/account');
    await hydrated(page);
    const home = { firstName: 'Robin', lastName: 'Home', streetName: 'Mission Street', streetNumber: '12', postalCode: '94103', city: 'San Francisco', state: 'CA', country: 'US' };
    const work = { firstName: 'Robin', lastName: 'Work', streetName: 'Broadway', streetNumber: '1600', postalCode: '10019', city: 'New York', state: 'NY', country: 'US' };
    const abroad = { firstName: 'Robin', lastName: 'Abroad', streetName: 'Unter den Linden', postalCode: '10117', city: 'Berlin', country: 'DE' };
    expect(await api(page, 'POST', '/api/account/addresses', { ...home, defaultShipping: true })).toBe(201);
    expect(await api(page, 'POST', '/api/account/addresses', work)).toBe(201);
    expect(await api(page, 'POST', '/api/account/addresses', abroad)).toBe(201);
    expect(await api(page, 'POST', '/api/cart/line-items', { sku: buyableSku(1), quantity: 1 })).toBe(200);
    await open(page, '/en-us/checkout');

    const picker = page.getByLabel('Use a saved shipping address');
    const shipping = page.getByRole('group', { name: 'Shipping address' });
    // The default address fills the empty form and the picker says so; only this market's addresses are offered.
    await expect(shipping.getByLabel('Street')).toHaveValue(home.streetName);
    await expect(picker.locator('option')).toHaveText(['Choose a saved address…', /Mission Street/, /Broadway/]);
    await expect(picker.locator('option:checked')).toHaveText(/Mission Street/);

    await picker.selectOption({ label: 'Robin Work, Broadway 1600, 10019 New York' });
    await expect(shipping.getByLabel('Last name')).toHaveValue('Work');
    await expect(shipping.getByLabel('Street')).toHaveValue('Broadway');
    await expect(shipping.getByLabel('House number')).toHaveValue('1600');
    await expect(shipping.getByLabel('City')).toHaveValue('New York');
    await expect(shipping.getByLabel('Postal code')).toHaveValue('10019');

    // Edited by hand: no longer that saved address.
    await shipping.getByLabel('House number').fill('1601');
    await expect(picker).toHaveValue('');
    await shipping.getByLabel('House number').fill('1600');
    await expect(picker.locator('option:checked')).toHaveText(/Broadway/);

    // The billing address can come from the book too.
    await page.getByRole('radio', { name: 'Use a different billing address' }).check();
    await page.getByLabel('Use a saved billing address').selectOption({ label: 'Robin Home, Mission Street 12, 94103 San Francisco' });
    await expect(page.getByRole('group', { name: 'Billing address details' }).getByLabel('Street')).toHaveValue('Mission Street');

    const saved = page.waitForResponse((r) => r.url().endsWith('/api/checkout/details') && r.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Continue to shipping' }).click();
    expect((await saved).status()).toBe(200);
    const cart = (await (await page.request.get('/api/cart')).json()) as { shippingAddress: { streetName: string; city: string }; billingAddress: { streetName: string } };
    expect(cart.shippingAddress).toMatchObject({ streetName: 'Broadway', city: 'New York' });
    expect(cart.billingAddress).toMatchObject({ streetName: 'Mission Street' });
  });
});

test.describe('search on a phone', () => {
  test('a misspelt query finds the product, and the header box shows the query', async ({ page }) => {
    await open(page, '/en-us');
    const box = page.locator('#site-search');
    await box.fill('cardigen');
    await box.press('Enter');
    await page.waitForURL('/en-us/search?q=cardigen');
    await hydrated(page);
    await expect(page.getByTestId('search-heading')).toHaveText('Results for “cardigen”');
    await expect(page.getByTestId('product-grid').getByRole('link', { name: /Chunky Cable Cardigan/ }).first()).toBeVisible();
    await expect(page.locator('#site-search')).toHaveValue('cardigen');
    // Messages with arguments are precompiled in the build (next.config.ts): the title formats one.
    await expect(page).toHaveTitle(/^Search: cardigen\b/);

    // A client navigation elsewhere empties it; back on a search page it shows that query again.
    await page.getByRole('link', { name: 'Demo Store home' }).click();
    await page.waitForURL('/en-us');
    await expect(page.locator('#site-search')).toHaveValue('');
    await page.goBack();
    await page.waitForURL('/en-us/search?q=cardigen');
    await expect(page.locator('#site-search')).toHaveValue('cardigen');
  });

  test('nothing matches: popular products (in stock, newest first) are offered', async ({ page }) => {
    await open(page, '/en-us/search?q=xylophonezzz');
    await expect(page.getByTestId('no-results')).toContainText('No products found for “xylophonezzz”.');
    const popular = page.getByTestId('popular-products');
    await expect(popular.getByRole('heading', { name: 'Popular products' })).toBeVisible();
    const links = popular.getByTestId('product-grid').getByRole('listitem');
    await expect(links).toHaveCount(4);
    for (const href of await popular.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href).toMatch(/^\/en-us\/p\//);
    }
    await expect(page.locator('#site-search')).toHaveValue('xylophonezzz');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a slow client navigation shows the progress bar (standing still with reduced motion)', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, categoryPath);
    const bar = page.getByTestId('navigation-progress');
    await expect(bar).toBeHidden();
    // Hold back the server's answer for the filtered listing, so applying filters takes 1.5 s.
    await page.route(`**${categoryPath}?*`, async (route) => {
      if (route.request().headers()['rsc']) await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.getByTestId('filters-button').click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await drawer.getByRole('group', { name: 'Colour' }).getByRole('checkbox', { name: new RegExp(`^${colorLabel(firstColor)}\\b`) }).click();
    await expect(drawer.getByTestId('show-results')).toHaveText(`Show ${plural(firstCount, 'result')}`);
    await drawer.getByTestId('show-results').click();
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute('role', 'progressbar');
    expect(await bar.locator('div').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await page.waitForURL(`${categoryPath}?color=${firstColor}`);
    await expect(bar).toBeHidden();
    await page.unrouteAll({ behavior: 'wait' });
  });
});
