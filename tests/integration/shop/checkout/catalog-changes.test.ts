// Rules that need the catalog to change (a product without a price in the market, an unpublished
// product, a shipping method for another zone, stock or a price going away before the order).
// They run against a backend of their own, so the shared one keeps matching the demo catalog that
// other test files compare against.
import { randomUUID } from 'node:crypto';
import type { Cart as CtCart } from '@commercetools/platform-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBackend } from '../../../../scripts/local-backend';
import { catalog } from '../../../harness/demo-expectations';
import { createPredicateCode } from '../../../harness/admin-api';
import { Shopper, US_ADDRESS, cartState, expectStatus, inStockSkus, startOwnBackend, type BuyModules } from '../cart/support';

let backend: LocalBackend;
let admin: Awaited<ReturnType<typeof startOwnBackend>>['admin'];
let m: BuyModules;
const skus = inStockSkus();
const GBP_ONLY_SKU = `GBP-ONLY-${randomUUID().slice(0, 8)}`;
const UNPUBLISHED_SKU = `UNPUBLISHED-${randomUUID().slice(0, 8)}`;
let germanOnlyMethodId: string;

beforeAll(async () => {
  ({ backend, admin, modules: m } = await startOwnBackend({ PAYMENT_PROVIDER: 'test' }));
  const source = catalog.products[0]!;
  const draft = (sku: string, publish: boolean, prices: Array<{ value: { currencyCode: string; centAmount: number }; country: string }>) => ({
    productType: source.productType,
    taxCategory: source.taxCategory,
    name: { en: `Test product ${sku}`, de: `Testprodukt ${sku}` },
    slug: { en: sku.toLowerCase(), de: `de-${sku.toLowerCase()}` },
    masterVariant: { sku, prices },
    publish,
  });
  await admin.products().post({ body: draft(GBP_ONLY_SKU, true, [{ value: { currencyCode: 'GBP', centAmount: 1500 }, country: 'GB' }]) }).execute();
  await admin.products().post({ body: draft(UNPUBLISHED_SKU, false, [{ value: { currencyCode: 'USD', centAmount: 1500 }, country: 'US' }]) }).execute();

  // A method that only ships to Germany: never one of the methods matching a US cart.
  const zone = (await admin.zones().get({ queryArgs: { where: 'key = "de"' } }).execute()).body.results[0]!;
  const taxCategory = (await admin.taxCategories().get({ queryArgs: { where: 'key = "standard"' } }).execute()).body.results[0]!;
  germanOnlyMethodId = (
    await admin
      .shippingMethods()
      .post({
        body: {
          key: 'de-only',
          name: 'Germany only',
          taxCategory: { typeId: 'tax-category', id: taxCategory.id },
          isDefault: false,
          active: true,
          zoneRates: [{ zone: { typeId: 'zone', id: zone.id }, shippingRates: [{ price: { currencyCode: 'EUR', centAmount: 100 } }] }],
        },
      })
      .execute()
  ).body.id;
});

afterAll(() => backend?.close());

const stored = async (id: string): Promise<CtCart> => (await m.client.ctApi().carts().withId({ ID: id }).get().execute()).body;
const ordersOf = async (cartId: string) =>
  (await m.client.ctApi().orders().get({ queryArgs: { where: 'cart(id = :cartId)', 'var.cartId': cartId } }).execute()).body.results.length;
const add = (shopper: Shopper, sku: string, quantity = 1) =>
  shopper.call(m.lineItems.POST, '/api/cart/line-items', { method: 'POST', body: { sku, quantity } });
const DETAILS = { email: 'ada@example.com', shippingAddress: US_ADDRESS };

async function readyShopper(lines: string[]) {
  const shopper = new Shopper();
  let cart;
  for (const sku of lines) cart = await expectStatus(await add(shopper, sku), 200);
  await expectStatus(await shopper.call(m.details.PUT, '/x', { method: 'PUT', body: DETAILS }), 200);
  const { shippingMethods } = await expectStatus(await shopper.call(m.methods.GET, '/x'), 200);
  const standard = shippingMethods.find((method: { key: string }) => method.key === 'standard');
  cart = await expectStatus(await shopper.call(m.method.PUT, '/x', { method: 'PUT', body: { shippingMethodId: standard.id } }), 200);
  return { shopper, cart };
}

describe('adding a SKU that is not for sale here', () => {
  it.each([
    ['an unpublished product', () => UNPUBLISHED_SKU, /No product with SKU/],
    ['a SKU without a price in the market', () => GBP_ONLY_SKU, /no price in this market/],
  ])('refuses %s with 422 and a clear message, creating no cart', async (_name, sku, message) => {
    const shopper = new Shopper();
    const error = (await expectStatus(await add(shopper, sku()), 422)).error;
    expect(error.message).toMatch(message);
    expect(error.fields.sku).toBeDefined();
    expect(await expectStatus(await shopper.call(m.cart.GET, '/api/cart'), 200)).toMatchObject({ id: null });
  });

  it.each([
    ['an unpublished product', () => UNPUBLISHED_SKU],
    ['a SKU without a price in the market', () => GBP_ONLY_SKU],
  ])('refuses %s on an existing cart and leaves it as it was', async (_name, sku) => {
    const shopper = new Shopper();
    const cart = await expectStatus(await add(shopper, skus[0]!), 200);
    const before = cartState(await stored(cart.id));
    await expectStatus(await add(shopper, sku()), 422);
    expect(cartState(await stored(cart.id))).toEqual(before);
  });

  it('accepts the GBP-only product in the en-gb market', async () => {
    const shopper = await Shopper.withSession({ market: 'en-gb' });
    const cart = await expectStatus(await add(shopper, GBP_ONLY_SKU), 200);
    expect(cart.lineItems[0].unitPrice).toEqual({ centAmount: 1500, currencyCode: 'GBP', fractionDigits: 2 });
  });
});

describe('a shipping method that does not match the cart', () => {
  it('is not offered, and setting it is a 422 that leaves the cart as it was', async () => {
    const shopper = new Shopper();
    const cart = await expectStatus(await add(shopper, skus[0]!), 200);
    await expectStatus(await shopper.call(m.details.PUT, '/x', { method: 'PUT', body: DETAILS }), 200);
    const { shippingMethods } = await expectStatus(await shopper.call(m.methods.GET, '/x'), 200);
    expect(shippingMethods.map((method: { id: string }) => method.id)).not.toContain(germanOnlyMethodId);
    const before = cartState(await stored(cart.id));
    const error = (await expectStatus(await shopper.call(m.method.PUT, '/x', { method: 'PUT', body: { shippingMethodId: germanOnlyMethodId } }), 422)).error;
    expect(error.fields.shippingMethodId).toBeDefined();
    expect(cartState(await stored(cart.id))).toEqual(before);
  });
});

describe('lines that stopped being available before the order', () => {
  it('a line out of stock and a line without a price are named (422), and no order is placed', async () => {
    const { shopper, cart } = await readyShopper([skus[2]!, skus[3]!, skus[4]!]);
    const [stockLine, priceLine, fineLine] = cart.lineItems;

    const entry = (await admin.inventory().get({ queryArgs: { where: 'sku = :sku', 'var.sku': stockLine.sku } }).execute()).body.results[0]!;
    await admin.inventory().withId({ ID: entry.id }).post({ body: { version: entry.version, actions: [{ action: 'changeQuantity', quantity: 0 }] } }).execute();

    const product = (await admin.products().withId({ ID: priceLine.productId }).get().execute()).body;
    const variant = [product.masterData.current.masterVariant, ...product.masterData.current.variants].find((v) => v.sku === priceLine.sku)!;
    const usd = variant.prices!.find((p) => p.value.currencyCode === 'USD')!;
    await admin
      .products()
      .withId({ ID: product.id })
      .post({ body: { version: product.version, actions: [{ action: 'removePrice', priceId: usd.id, staged: false }] } })
      .execute();

    const error = (await expectStatus(await shopper.call(m.order.POST, '/x', { method: 'POST', body: {}, headers: { 'idempotency-key': randomUUID() } }), 422)).error;
    expect(error.fields[`lineItems.${stockLine.id}`]).toEqual([expect.stringMatching(/out of stock/)]);
    expect(error.fields[`lineItems.${priceLine.id}`]).toEqual([expect.stringMatching(/no price in this market/)]);
    expect(error.fields[`lineItems.${fineLine.id}`]).toBeUndefined();
    expect(await ordersOf(cart.id)).toBe(0);
    expect((await stored(cart.id)).cartState).toBe('Active');
  });
});

describe('a discount code that stopped applying before the order', () => {
  it('is named (422) before any payment, and no order is placed', async () => {
    await createPredicateCode(admin, 'OVER60', 'totalPrice > "60.00 USD"');

    const { shopper, cart } = await readyShopper([skus[0]!, skus[0]!]);
    const applied = await expectStatus(await shopper.call(m.codes.POST, '/x', { method: 'POST', body: { code: 'OVER60' } }), 200);
    expect(applied.discountCodes).toEqual([{ id: expect.any(String), code: 'OVER60', state: 'MatchesCart' }]);
    // One item less: the cart is under 60 and the code no longer matches it.
    const line = cart.lineItems[0];
    const lower = await expectStatus(await shopper.call(m.lineItem.PATCH, '/x', { method: 'PATCH', body: { quantity: 1 }, params: { id: line.id } }), 200);
    expect(lower.discountCodes[0].state).toBe('DoesNotMatchCart');

    const error = (await expectStatus(await shopper.call(m.order.POST, '/x', { method: 'POST', body: {}, headers: { 'idempotency-key': randomUUID() } }), 422)).error;
    expect(error.fields.discountCodes).toEqual(['OVER60 no longer applies; remove it']);
    expect(await ordersOf(cart.id)).toBe(0);
    const payments = await m.client.ctApi().payments().get({ queryArgs: { limit: 500 } }).execute();
    expect(payments.body.results.filter((p) => p.interfaceId?.includes(cart.id))).toEqual([]);
  });
});
