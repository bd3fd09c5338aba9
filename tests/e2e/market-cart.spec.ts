// A shopper who lands on another market's URL (search engine, shared link) and adds to the cart
// gets a cart in that market's currency, without touching the market switcher.
import { expect, test } from '@playwright/test';
import { catalog, variantsOf } from '../harness/demo-expectations';
import { open } from './support';

const product = catalog.products.find((p) => variantsOf(p).every((v) => catalog.inventory.find((i) => i.sku === v.sku)?.quantityOnStock))!;

test('adding to the cart on a /de-de page creates a EUR cart', async ({ page }) => {
  // Like every spec that acts on a page: after hydration (a click before it can race React's handler).
  await open(page, `/de-de/p/${product.slug.de}`);
  await page.getByTestId('add-to-cart').locator('button[type="submit"]').click();
  await expect(page.getByTestId('add-to-cart-status')).not.toBeEmpty();
  const cart = await page.evaluate(async () => (await fetch('/api/cart')).json());
  expect(cart.total.currencyCode).toBe('EUR');
  expect(cart.lineItems).toHaveLength(1);
  const session = await page.evaluate(async () => (await fetch('/api/session')).json());
  expect(session.market).toEqual({ locale: 'de-de', country: 'DE', currency: 'EUR' });
});
