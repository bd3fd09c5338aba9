// A shopper who lands on another market's URL (search engine, shared link) and adds to the cart
// gets a cart in that market's currency, without touching the market switcher.
import { expect, test } from '@playwright/test';
import { catalog, variantsOf } from '../harness/demo-expectations';

const product = catalog.products.find((p) => variantsOf(p).every((v) => catalog.inventory.find((i) => i.sku === v.sku)?.quantityOnStock))!;

test('adding to the cart on a /de-de page creates a EUR cart', async ({ page }) => {
  await page.goto(`/de-de/p/${product.slug.de}`);
  await page.getByTestId('add-to-cart').locator('button[type="submit"]').click();
  await expect(page.getByTestId('add-to-cart-status')).not.toBeEmpty();
  const cart = await page.evaluate(async () => (await fetch('/api/cart')).json());
  expect(cart.total.currencyCode).toBe('EUR');
  expect(cart.lineItems).toHaveLength(1);
  const session = await page.evaluate(async () => (await fetch('/api/session')).json());
  expect(session.market).toEqual({ locale: 'de-de', country: 'DE', currency: 'EUR' });
});
