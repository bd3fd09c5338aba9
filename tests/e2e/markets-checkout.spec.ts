// A purchase completes in every market, through the same API the pages use, from a browser on the
// market's own pages (so the session, the cookie and the same-origin rules are the real ones).
import { expect, test } from '@playwright/test';
import { catalog, variantsOf } from '../harness/demo-expectations';

const MARKETS = [
  { locale: 'en-us', country: 'US', currency: 'USD', postalCode: '10001', city: 'New York', state: 'NY' },
  { locale: 'en-gb', country: 'GB', currency: 'GBP', postalCode: 'SW1A 1AA', city: 'London' },
  { locale: 'de-de', country: 'DE', currency: 'EUR', postalCode: '10115', city: 'Berlin' },
] as const;

const inStock = (sku?: string) => (catalog.inventory.find((i) => i.sku === sku)?.quantityOnStock ?? 0) > 0;
const sku = variantsOf(catalog.products.find((p) => variantsOf(p).every((v) => inStock(v.sku)))!)[0]!.sku!;

for (const market of MARKETS) {
  test(`a guest completes a purchase in ${market.locale}`, async ({ page }) => {
    await page.goto(`/${market.locale}`);
    const result = await page.evaluate(
      async ({ market, sku }) => {
        const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
          const response = await fetch(path, {
            method,
            headers: { 'content-type': 'application/json', ...headers },
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          return { status: response.status, body: response.status === 204 ? null : await response.json() };
        };
        // The page syncs the session's market to its own; wait until it has.
        for (let i = 0; i < 50; i++) {
          const session = await call('GET', '/api/session');
          if (session.body.market.locale === market.locale) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const added = await call('POST', '/api/cart/line-items', { sku, quantity: 2 });
        const address = {
          firstName: 'Alex',
          lastName: 'Shopper',
          streetName: 'Main Street',
          streetNumber: '1',
          postalCode: market.postalCode,
          city: market.city,
          country: market.country,
          ...('state' in market ? { state: market.state } : {}),
        };
        const details = await call('PUT', '/api/checkout/details', { email: 'alex@example.com', shippingAddress: address });
        const methods = await call('GET', '/api/checkout/shipping-methods');
        const method = methods.body.shippingMethods[0];
        const shipping = await call('PUT', '/api/checkout/shipping-method', { shippingMethodId: method.id });
        const reviewed = await call('GET', '/api/cart');
        const order = await call('POST', '/api/checkout/order', {}, { 'idempotency-key': crypto.randomUUID() });
        return { added, details, methods, shipping, reviewed, order };
      },
      { market, sku },
    );
    expect(result.added.status).toBe(200);
    expect(result.details.status).toBe(200);
    expect(result.methods.body.shippingMethods.length).toBeGreaterThan(0);
    expect(result.shipping.status).toBe(200);
    expect(result.reviewed.body.total.currencyCode).toBe(market.currency);
    expect(result.order.status).toBe(201);
    // The order is exactly the cart the shopper reviewed.
    expect(result.order.body.order.total).toEqual(result.reviewed.body.total);
    expect(result.order.body.order.tax).toEqual(result.reviewed.body.tax);
    expect(result.order.body.order.shippingAddress.country).toBe(market.country);
  });
}
