// What a shopper sees and where their focus is (issue 8 item 19): facet chips and their labels, a
// typed quantity over the limit, keyboard focus after add to cart, remove and place order, the
// decline message beside "Place order", SKUs on a phone, the sign-in next= after a market switch,
// and the store opened at 127.0.0.1 instead of localhost.
import { expect, test, type Page } from '@playwright/test';
import type { ProductDraft } from '@commercetools/platform-sdk';
import { MAX_LINE_QUANTITY } from '../../lib/shop/cart/limits';
import { COLORS } from '../../scripts/local-backend/seed/data/colors';
import { attributeKey, catalog, priceIn, productsInCategory, topLevelCategories, variantsOf } from '../harness/demo-expectations';

const inventory = new Map(catalog.inventory.map((entry) => [entry.sku, entry.quantityOnStock]));

/** Buyable variants (stocked, US-priced), longest SKU first: each test takes its own. */
const buyables = catalog.products
  .flatMap((product) =>
    variantsOf(product)
      .filter((v) => (inventory.get(v.sku!) ?? 0) >= 10 && priceIn(v, 'USD', 'US') !== undefined)
      .slice(0, 1)
      .map((variant) => {
        const query = new URLSearchParams();
        for (const axis of ['color', 'size']) {
          const key = attributeKey(variant, axis);
          if (key) query.set(axis, key);
        }
        return { sku: variant.sku!, name: product.name.en!, path: `/en-us/p/${product.slug.en}?${query}` };
      }),
  )
  .sort((a, b) => b.sku.length - a.sku.length || a.sku.localeCompare(b.sku));
// Later than buy.spec.ts's picks (which start at the catalog's first products): another cart each.
let nextBuyable = 0;
function takeBuyable() {
  const item = buyables[nextBuyable++];
  if (!item) throw new Error('the demo catalog has too few buyable products');
  return item;
}

async function open(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version !== undefined);
  await expect(page.getByTestId('mini-cart-count')).not.toHaveText('–');
}

/** Adds with the keyboard (Enter on the focused button) and checks where focus goes and comes back. */
async function addToCartByKeyboard(page: Page, item: { path: string }) {
  await open(page, item.path);
  const button = page.getByTestId('add-to-cart').getByRole('button', { name: 'Add to cart' });
  await button.focus();
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/cart/line-items') && r.request().method() === 'POST');
  await page.keyboard.press('Enter');
  expect((await answer).status()).toBe(200);
  await expect(page.getByTestId('add-to-cart-status')).toContainText('Added to your cart.');
  // The mini-cart drawer takes focus; closing it (Escape) gives it back to the button.
  await expect(page.getByTestId('cart-drawer-close')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
}

async function activeTag(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.tagName ?? 'none');
}

async function toReview(page: Page) {
  await open(page, '/en-us/checkout');
  const form = page.getByTestId('details-form');
  await form.getByLabel('Email', { exact: true }).fill(`focus-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`);
  const shipping = page.getByRole('group', { name: 'Shipping address' });
  const address = { 'First name': 'Alex', 'Last name': 'Shopper', Street: 'Valencia Street', 'House number': '500', 'Postal code': '94110', City: 'San Francisco', 'State or region': 'CA' };
  for (const [label, value] of Object.entries(address)) await shipping.getByLabel(label, { exact: false }).first().fill(value);
  await page.getByRole('button', { name: 'Continue to shipping' }).click();
  // Each method names this market's money only (the free-shipping threshold from its zone rate).
  const methods = page.getByTestId('shipping-method');
  await expect(methods.first()).toBeVisible();
  await expect(methods.filter({ hasText: 'Standard' }).getByTestId('shipping-method-free-above')).toHaveText('Free on orders of $75.00 or more.');
  for (const text of await methods.allTextContents()) expect(text).not.toMatch(/[£€]/);
  // The preselected method's price is known here: the summary shows it, not "calculated later".
  await expect(page.getByTestId('total-shipping')).toHaveText(/^\$\d/);
  await methods.first().getByRole('radio').check();
  await page.getByRole('button', { name: 'Continue to review' }).click();
  await expect(page.getByTestId('step-review')).toHaveAttribute('data-open', 'true');
}

test.describe('facet chips', () => {
  const women = topLevelCategories[0]!;
  const products = productsInCategory(women);
  const colorsOf = (p: ProductDraft) => new Set(variantsOf(p).map((v) => attributeKey(v, 'color')));
  const sizesOf = (p: ProductDraft) => new Set(variantsOf(p).map((v) => attributeKey(v, 'size')));

  test('a selected colour that the size leaves without products keeps its label on the chip', async ({ page }) => {
    const sizes = [...new Set(products.flatMap((p) => [...sizesOf(p)]))];
    const pair = COLORS.flatMap((color) => sizes.map((size) => ({ color, size }))).find(
      ({ color, size }) => products.some((p) => colorsOf(p).has(color.key)) && products.some((p) => sizesOf(p).has(size)) && !products.some((p) => colorsOf(p).has(color.key) && sizesOf(p).has(size)),
    );
    expect(pair).toBeDefined();
    await open(page, `/en-us/c/${women.slug.en}?color=${pair!.color.key}&size=${pair!.size}`);
    await expect(page.getByTestId('active-filters').getByRole('link', { name: `Remove filter: ${pair!.color.en}` })).toBeVisible();
  });

  test('an unknown colour in the URL filters nothing and shows no chip', async ({ page }) => {
    await open(page, `/en-us/c/${women.slug.en}?color=nonsense`);
    await expect(page.getByTestId('empty-state')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Remove filter/ })).toHaveCount(0);
    await expect(page.getByText('nonsense')).toHaveCount(0);
  });
});

test.describe('focus and messages while buying', () => {
  test('add to cart returns focus to its button when the drawer closes; a typed quantity over the maximum says why; remove moves focus to its message', async ({ page }) => {
    const item = takeBuyable();
    await addToCartByKeyboard(page, item);
    await open(page, '/en-us/cart');
    const line = page.locator(`[data-testid="cart-line"][data-sku="${item.sku}"]`);
    const quantity = line.getByTestId('line-quantity');
    await quantity.fill(String(MAX_LINE_QUANTITY + 1));
    await quantity.press('Enter');
    await expect(quantity).toHaveValue('1');
    const hint = line.getByTestId('line-quantity-hint');
    await expect(hint).toHaveText(`You can order at most ${MAX_LINE_QUANTITY} of one item.`);
    await expect(quantity).toHaveAttribute('aria-describedby', (await hint.getAttribute('id'))!);

    await line.getByRole('button', { name: `Remove ${item.name}` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('cart-message')).toContainText(item.name);
    expect(await activeTag(page)).not.toBe('BODY');
    await expect(page.getByTestId('cart-message-area')).toBeFocused();
  });

  for (const viewport of [{ name: 'desktop', width: 1280, height: 800 }, { name: 'phone', width: 390, height: 844 }]) {
    test(`a declined payment is said beside "Place order", in view and focused (${viewport.name})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await addToCartByKeyboard(page, takeBuyable());
      await toReview(page);
      await page.getByTestId('simulate-decline').check();
      await page.getByTestId('place-order').click();
      const message = page.getByTestId('payment-declined');
      await expect(message).toHaveText('Your payment was declined. Your cart is unchanged: you can try again.');
      await expect(message).toBeInViewport();
      expect(await message.evaluate((el) => el.contains(document.activeElement) || el.parentElement === document.activeElement)).toBe(true);
    });
  }

  test('after "Place order" focus is on the thanks heading; SKUs never break inside on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const item = takeBuyable();
    await addToCartByKeyboard(page, item);
    await open(page, '/en-us/cart');
    // An inline SKU broken across lines has more than one box.
    const sku = page.locator(`[data-testid="cart-line"][data-sku="${item.sku}"] dd`);
    await expect(sku).toHaveText(item.sku);
    expect(await sku.evaluate((el) => el.getClientRects().length)).toBe(1);
    // The demo's SKUs fit the phone's line; squeezed into a column narrower than the SKU, it must
    // still not break inside (it overflows or moves whole; break-all would split it).
    const squeezed = await sku.evaluate((el) => {
      const list = el.closest('dl') as HTMLElement;
      list.style.width = '40px';
      return el.getClientRects().length;
    });
    expect(squeezed).toBe(1);
    await toReview(page);
    await page.getByTestId('place-order').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en-us\/checkout\/confirmation\//);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
});

test.describe('markets and addresses', () => {
  test('after a market switch the sign-in page\'s next= names the new market', async ({ page }) => {
    await open(page, '/en-gb/login?next=%2Fen-gb%2Fcart');
    await page.getByTestId('market-switcher').click();
    await page.getByRole('link', { name: /^Deutschland/ }).click();
    await expect(page).toHaveURL('/de-de/login?next=%2Fde-de%2Fcart');
  });

  test('the store opened at 127.0.0.1 instead of localhost (SITE_URL) takes cart actions too', async ({ page, baseURL }) => {
    const loopback = new URL(baseURL!);
    expect(loopback.hostname).toBe('localhost');
    loopback.hostname = '127.0.0.1';
    await addToCartByKeyboard(page, { path: new URL(takeBuyable().path, loopback).href });
    expect(new URL(page.url()).host).toBe(loopback.host);
  });
});
