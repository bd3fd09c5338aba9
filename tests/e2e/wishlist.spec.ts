// The wishlist end to end against the production build and the local backend (whose storefront
// client holds manage_shopping_lists): hearts on product cards and the product page, read once per
// page from one shared store; the wishlist page lists, removes and adds to cart; a guest's list is
// merged into the customer's on sign-in; recently viewed products on the product page (browser only).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { catalog, productsInCategory, topLevelCategories } from '../harness/demo-expectations';
import { hydrated, open, PASSWORD, signUp, uniqueEmail } from './support';

const category = [...topLevelCategories].sort((a, b) => productsInCategory(b).length - productsInCategory(a).length)[0]!;
const listingPath = `/en-us/c/${category.slug.en}`;
/** Products of other categories, for the product page saves (never the listing's first card). */
const others = catalog.products.filter((p) => !productsInCategory(category).includes(p));
const productPath = (index: number) => `/en-us/p/${others[index]!.slug.en}`;
const productName = (index: number) => others[index]!.name.en!;

const savedAnswer = (page: Page) => page.waitForResponse((r) => r.url().endsWith('/api/wishlist/items') && r.request().method() === 'POST');

async function saveOnProductPage(page: Page, index: number) {
  await open(page, productPath(index));
  const heart = page.getByRole('button', { name: `Save ${productName(index)} to your wishlist` });
  await expect(heart).toHaveAttribute('aria-pressed', 'false');
  const answer = savedAnswer(page);
  await heart.click();
  expect((await answer).status()).toBe(200);
  await expect(heart).toHaveAttribute('aria-pressed', 'true');
}

async function wishlistNames(page: Page) {
  await open(page, '/en-us/wishlist');
  await expect(page.getByTestId('wishlist-page').getByRole('heading', { level: 1 })).toHaveText('Wishlist');
  return page.getByTestId('wishlist-item').getByRole('heading').allTextContents();
}

test.describe('wishlist', () => {
  test('reads the wishlist once per page, whatever the number of hearts', async ({ page }) => {
    const reads: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/wishlist') reads.push(request.method());
    });
    await open(page, listingPath);
    const hearts = page.getByTestId('product-card').getByTestId('wishlist-toggle');
    await expect(hearts.first()).toBeVisible();
    expect(await hearts.count()).toBeGreaterThan(1);
    expect(reads).toEqual(['GET']);
  });

  test('a guest saves from a card and a product page; signing in merges the list into the customer’s; remove', async ({ page, browser }) => {
    // The customer already has a list with one product (saved while signed in, in another browser).
    const email = uniqueEmail('wishlist');
    const customer = await browser.newContext();
    const customerPage = await customer.newPage();
    await signUp(customerPage, email, '/en-us');
    // Signing up reloads into `next`: wait for it, or the next navigation is aborted by it.
    await customerPage.waitForURL(/\/en-us$/);
    await hydrated(customerPage);
    await saveOnProductPage(customerPage, 2);
    await customer.close();

    // A guest saves the listing's first product from its card...
    await open(page, listingPath);
    const card = page.getByTestId('product-card').first();
    const cardName = (await card.getByTestId('product-link').textContent())!;
    const heart = card.getByRole('button', { name: `Save ${cardName} to your wishlist` });
    await expect(heart).toHaveAttribute('aria-pressed', 'false');
    const answer = savedAnswer(page);
    await heart.click();
    expect((await answer).status()).toBe(200);
    await expect(heart).toHaveAttribute('aria-pressed', 'true');
    await expect(card.getByRole('status')).toHaveText('Saved to your wishlist.');

    // ...and another from its product page; the wishlist page lists both, newest first.
    await saveOnProductPage(page, 0);
    expect(await wishlistNames(page)).toEqual([productName(0), cardName]);
    expect(
      (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);

    // Signing in brings the guest's products into the customer's list.
    await open(page, '/en-us/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    const signedIn = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await signedIn).status()).toBe(200);
    await page.waitForURL(/\/en-us\/account$/);
    await hydrated(page);
    expect((await wishlistNames(page)).sort()).toEqual([productName(0), productName(2), cardName].sort());

    // Remove one; add another to the cart.
    const removed = page.waitForResponse((r) => r.url().includes('/api/wishlist/items/') && r.request().method() === 'DELETE');
    await page.getByRole('button', { name: `Remove ${cardName}` }).click();
    expect((await removed).status()).toBe(200);
    await expect(page.getByTestId('wishlist-item')).toHaveCount(2);
    await expect(page.getByRole('status').filter({ hasText: 'Removed from your wishlist.' })).toBeVisible();
    const row = page.getByTestId('wishlist-item').filter({ hasText: productName(0) });
    const added = page.waitForResponse((r) => r.url().endsWith('/api/cart/line-items') && r.request().method() === 'POST');
    await row.getByRole('button', { name: 'Add to cart' }).click();
    expect((await added).status()).toBe(200);
    await expect(page.getByTestId('mini-cart-count')).toHaveText('1');
    expect((await wishlistNames(page)).sort()).toEqual([productName(0), productName(2)].sort());

    // The product page shows it saved; unsaving there takes it off the list.
    await open(page, productPath(2));
    const pageHeart = page.getByRole('button', { name: `Save ${productName(2)} to your wishlist` });
    await expect(pageHeart).toHaveAttribute('aria-pressed', 'true');
    await pageHeart.click();
    await expect(pageHeart).toHaveAttribute('aria-pressed', 'false');
    expect(await wishlistNames(page)).toEqual([productName(0)]);
  });

  test('recently viewed shows the products viewed before, newest first, never the current one', async ({ page }) => {
    await open(page, productPath(3));
    await expect(page.getByTestId('recently-viewed')).toHaveCount(0);
    await open(page, productPath(4));
    await open(page, productPath(5));
    const recent = page.getByTestId('recently-viewed');
    await expect(recent.getByRole('heading')).toHaveText('Recently viewed');
    await expect(recent.getByRole('link')).toHaveText([productName(4), productName(3)]);
    await expect(recent.getByRole('link').first()).toHaveAttribute('href', productPath(4));
    // Only public catalog data, in this browser.
    const stored = await page.evaluate(() => window.localStorage.getItem('recently-viewed:en-us'));
    expect(Object.keys(JSON.parse(stored!)[0]).sort()).toEqual(['id', 'image', 'name', 'slug']);
    await hydrated(page);
  });
});
