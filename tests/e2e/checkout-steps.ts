// The checkout's steps as a shopper goes through them (details, shipping method, review), shared by
// the specs that buy: buy.spec.ts (test payments) and checkout-payment.spec.ts (commercetools Checkout).
import { expect, type Page } from '@playwright/test';

export const SHIPPING_ADDRESS = {
  'First name': 'Alex',
  'Last name': 'Shopper',
  Street: 'Valencia Street',
  'House number': '500',
  'Postal code': '94110',
  City: 'San Francisco',
  'State or region': 'CA',
};

export type Totals = Partial<Record<'subtotal' | 'discount' | 'shipping' | 'tax' | 'total', string>>;

/** The totals block as shown (formatted text), only the rows present. */
export async function readTotals(page: Page): Promise<Totals> {
  const totals: Totals = {};
  const block = page.getByTestId('totals');
  await expect(block).not.toHaveAttribute('aria-busy', 'true');
  for (const key of ['subtotal', 'discount', 'shipping', 'tax', 'total'] as const) {
    const cell = block.getByTestId(`total-${key}`);
    if (await cell.count()) totals[key] = (await cell.textContent())?.trim();
  }
  return totals;
}

export async function fillDetails(page: Page, email: string | null) {
  const form = page.getByTestId('details-form');
  await expect(form).toBeVisible();
  if (email !== null) await form.getByLabel('Email', { exact: true }).fill(email);
  const shipping = page.getByRole('group', { name: 'Shipping address' });
  for (const [label, value] of Object.entries(SHIPPING_ADDRESS)) {
    await shipping.getByLabel(label, { exact: false }).first().fill(value);
  }
  await expect(shipping.getByTestId('country-shipping')).toContainText('United States');
}

/** Details -> shipping method -> review; returns the review's totals. */
export async function checkoutToReview(page: Page, email: string | null): Promise<Totals> {
  await fillDetails(page, email);
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/checkout/details') && r.request().method() === 'PUT');
  await page.getByRole('button', { name: 'Continue to shipping' }).click();
  expect((await saved).status()).toBe(200);

  const methods = page.getByTestId('shipping-method');
  await expect(methods.first()).toBeVisible();
  expect(await methods.count()).toBeGreaterThan(0);
  // Prices come with the methods.
  await expect(methods.first().getByTestId('shipping-method-price')).not.toHaveText('');
  await methods.first().getByRole('radio').check();
  const chosen = page.waitForResponse((r) => r.url().endsWith('/api/checkout/shipping-method') && r.request().method() === 'PUT');
  await page.getByRole('button', { name: 'Continue to review' }).click();
  expect((await chosen).status()).toBe(200);

  await expect(page.getByTestId('step-review')).toHaveAttribute('data-open', 'true');
  await expect(page.getByTestId('place-order')).toBeEnabled();
  const totals = await readTotals(page);
  expect(totals.shipping).toMatch(/^\$/);
  expect(totals.tax).toMatch(/^\$/);
  expect(totals.total).toMatch(/^\$/);
  return totals;
}

