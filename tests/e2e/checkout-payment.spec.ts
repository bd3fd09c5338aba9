// Paying with commercetools Checkout (PAYMENT_PROVIDER=commercetools-checkout) against the local
// backend's simulation, with the real @commercetools/checkout-browser-sdk in the page: pay, decline,
// cancel, double submit. Runs on the second e2e server (playwright.config.ts, project
// "commercetools-checkout"). What the simulation proves and what it cannot: docs/payments.md.
import { expect, test, type Page } from '@playwright/test';
import { catalog, priceIn, variantsOf } from '../harness/demo-expectations';
import { E2E_BACKEND_URL } from '../harness/e2e-env';
import { checkoutToReview, readTotals } from './checkout-steps';
import { mailsTo, open, uniqueEmail } from './support';

const inventory = new Map(catalog.inventory.map((entry) => [entry.sku, entry.quantityOnStock]));
/** Well-stocked, US-priced SKUs: each test buys its own. */
const skus = catalog.products.flatMap((product) =>
  variantsOf(product)
    .filter((v) => (inventory.get(v.sku!) ?? 0) >= 20 && priceIn(v, 'USD', 'US') !== undefined)
    .slice(0, 1)
    .map((v) => v.sku!),
);
let next = 0;

test.beforeAll(async ({ request }) => {
  // The Checkout server starts beside the first one; wait for it (up to two minutes).
  await expect
    .poll(async () => (await request.get('/api/health').catch(() => null))?.status() ?? 0, { timeout: 120_000, intervals: [500] })
    .toBe(200);
});

/** A cart with one line, through the API (same origin, the page's cookies), then the review step. */
async function toReview(page: Page, email: string) {
  await open(page, '/en-us/cart');
  const added = await page.request.post('/api/cart/line-items', { data: { sku: skus[next++ % skus.length], quantity: 1 }, headers: { origin: new URL(page.url()).origin } });
  expect(added.status()).toBe(200);
  const response = await page.goto('/en-us/checkout');
  expect(response?.status()).toBe(200);
  const totals = await checkoutToReview(page, email);
  await expect(page.getByTestId('checkout-payment-note')).toBeVisible();
  await expect(page.getByTestId('place-order')).toHaveText('Pay now');
  return { csp: response!.headers()['content-security-policy'] ?? '', totals };
}

const dialog = (page: Page) => page.getByTestId('ctc-dialog');

test('pays in Checkout: one session, one order, the confirmation, an empty cart and one mail', async ({ page }) => {
  const email = uniqueEmail('checkout');
  const { csp, totals } = await toReview(page, email);
  // The checkout page admits exactly the Checkout host (here the simulation), with the nonce intact.
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toContain(E2E_BACKEND_URL);
  const elsewhere = await page.request.get('/en-us/cart');
  expect(elsewhere.headers()['content-security-policy']).not.toContain(E2E_BACKEND_URL);

  const sessions: number[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('/api/checkout/payment-session') && r.request().method() === 'POST') sessions.push(r.status());
  });
  await page.getByTestId('place-order').dblclick();
  await expect(dialog(page)).toBeVisible();
  await expect(page.getByTestId('ctc-amount')).toHaveText(totals.total!);
  await page.getByTestId('ctc-pay').dblclick();

  await page.waitForURL(/\/en-us\/checkout\/confirmation\/[^/]+$/);
  await expect(page.getByTestId('order-details')).toBeVisible();
  expect(sessions).toEqual([201]);
  expect(await readTotals(page)).toEqual(totals);
  await expect(page.getByTestId('mini-cart-count')).toHaveText('0');
  expect(await mailsTo(email)).toHaveLength(1);
});

test('a declined card: Checkout says so and stays open; closing it keeps the cart and says the payment was declined', async ({ page }) => {
  await toReview(page, uniqueEmail('declined'));
  await page.getByTestId('place-order').click();
  await page.getByTestId('ctc-card').fill('4000 0000 0000 0002');
  await page.getByTestId('ctc-pay').click();
  await expect(page.getByTestId('ctc-error')).toContainText('declined');
  await expect(dialog(page)).toBeVisible();
  await page.getByTestId('ctc-cancel').click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.getByTestId('payment-declined')).toContainText('Your payment was declined');
  await expect(page).toHaveURL(/\/en-us\/checkout$/);
  await expect(page.getByTestId('mini-cart-count')).toHaveText('1');

  // Trying again works: a new session, a good card, the order.
  await page.getByTestId('place-order').click();
  await page.getByTestId('ctc-pay').click();
  await page.waitForURL(/\/en-us\/checkout\/confirmation\/[^/]+$/);
});

test('cancelling Checkout keeps the cart and says nothing was charged', async ({ page }) => {
  await toReview(page, uniqueEmail('cancelled'));
  await page.getByTestId('place-order').click();
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.getByTestId('payment-cancelled')).toContainText('Nothing was charged');
  await expect(page.getByTestId('place-order')).toBeEnabled();
  await expect(page.getByTestId('mini-cart-count')).toHaveText('1');
});
