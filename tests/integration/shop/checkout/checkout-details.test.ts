// Checkout details, shipping methods and the shipping method: one cart update each, strict
// addresses in the market's country, and only methods commercetools matches to the cart.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ShippingMethodOption } from '@/lib/types';
import { Shopper, US_ADDRESS, cartState, expectStatus, storedCart } from '../cart/support';
import { DETAILS, addLine, getMethods, putDetails, putMethod, skus } from './support';

async function shopperWithCart() {
  const shopper = new Shopper();
  const cart = await expectStatus(await addLine(shopper, skus[0]!, 1), 200);
  return { shopper, cart };
}

describe('PUT /api/checkout/details', () => {
  it('sets email, shipping address and (by default the same) billing address in one update', async () => {
    const { shopper, cart } = await shopperWithCart();
    const before = await storedCart(cart.id);
    const body = await expectStatus(await putDetails(shopper, DETAILS), 200);
    expect(body.email).toBe(DETAILS.email);
    expect(body.shippingAddress).toEqual(US_ADDRESS);
    expect(body.billingAddress).toEqual(US_ADDRESS);
    const after = await storedCart(cart.id);
    expect(after).toMatchObject({ customerEmail: DETAILS.email, shippingAddress: { city: 'San Francisco' }, billingAddress: { city: 'San Francisco' } });
    // With a shipping address commercetools computes US sales tax on top of the net prices.
    expect(body.tax).not.toBeNull();
    expect(body.tax.centAmount).toBe(after.taxedPrice!.totalTax!.centAmount);
    expect(body.total.centAmount).toBe(after.taxedPrice!.totalGross.centAmount);
    expect(body.subtotal.centAmount - body.discount.centAmount + body.tax.centAmount).toBe(body.total.centAmount);
    expect(after.version).toBeGreaterThan(before.version);
  });

  it('takes a different billing address', async () => {
    const { shopper } = await shopperWithCart();
    const billing = { ...US_ADDRESS, firstName: 'Charles', lastName: 'Babbage', city: 'Boston', postalCode: '02108', state: 'MA' };
    const body = await expectStatus(await putDetails(shopper, { ...DETAILS, billingAddress: billing }), 200);
    expect(body.billingAddress).toEqual(billing);
    expect(body.shippingAddress).toEqual(US_ADDRESS);
  });

  it.each([
    ['a shipping address in another country', { ...DETAILS, shippingAddress: { ...US_ADDRESS, country: 'DE' } }, 'shippingAddress.country'],
    ['a billing address in another country', { ...DETAILS, billingAddress: { ...US_ADDRESS, country: 'GB' } }, 'billingAddress.country'],
  ])('refuses %s with 422 and leaves the cart as it was', async (_name, body, field) => {
    const { shopper, cart } = await shopperWithCart();
    const before = cartState(await storedCart(cart.id));
    const error = (await expectStatus(await putDetails(shopper, body), 422)).error;
    expect(error.fields[field]).toBeDefined();
    expect(cartState(await storedCart(cart.id))).toEqual(before);
  });

  it.each([
    ['an invalid email', { ...DETAILS, email: 'not-an-email' }, 'email'],
    ['a missing street', { ...DETAILS, shippingAddress: { ...US_ADDRESS, streetName: '' } }, 'shippingAddress.streetName'],
    ['a lowercase country code', { ...DETAILS, shippingAddress: { ...US_ADDRESS, country: 'us' } }, 'shippingAddress.country'],
    ['an unknown address field', { ...DETAILS, shippingAddress: { ...US_ADDRESS, company: 'ACME' } }, 'shippingAddress.company'],
    ['a control character', { ...DETAILS, shippingAddress: { ...US_ADDRESS, city: 'San\u0000Francisco' } }, 'shippingAddress.city'],
    ['an unknown top-level field', { ...DETAILS, customerId: randomUUID() }, 'customerId'],
  ])('refuses %s with 400', async (_name, body, field) => {
    const { shopper, cart } = await shopperWithCart();
    const before = cartState(await storedCart(cart.id));
    const error = (await expectStatus(await putDetails(shopper, body), 400)).error;
    expect(error.fields[field]).toBeDefined();
    expect(cartState(await storedCart(cart.id))).toEqual(before);
  });

  it('answers 422 without a cart', async () => {
    expect((await expectStatus(await putDetails(new Shopper(), DETAILS), 422)).error.message).toMatch(/cart is empty/);
  });
});

describe('shipping methods', () => {
  it('needs a shipping address first (422)', async () => {
    const { shopper } = await shopperWithCart();
    expect((await expectStatus(await getMethods(shopper), 422)).error.fields.shippingAddress).toEqual(['is required']);
    expect((await expectStatus(await putMethod(shopper, randomUUID()), 422)).error.fields.shippingAddress).toEqual(['is required']);
  });

  it('lists the methods matching the cart with their price for this cart, and sets one', async () => {
    const { shopper } = await shopperWithCart();
    await expectStatus(await putDetails(shopper, DETAILS), 200);
    const { shippingMethods } = await expectStatus(await getMethods(shopper), 200);
    const byKey = Object.fromEntries(shippingMethods.map((m: ShippingMethodOption) => [m.key, m]));
    expect(Object.keys(byKey)).toEqual(expect.arrayContaining(['standard', 'express']));
    // Demo rates: standard 5.99 (free from 75.00), express 14.99; this cart is under 75.
    expect(byKey.standard).toMatchObject({ name: 'Standard delivery', price: { centAmount: 599, currencyCode: 'USD', fractionDigits: 2 }, freeAbove: { centAmount: 7500 }, isDefault: true });
    expect(byKey.express.price.centAmount).toBe(1499);

    const cart = await expectStatus(await putMethod(shopper, byKey.express.id), 200);
    expect(cart.shippingMethod).toEqual({ id: byKey.express.id, name: 'Express delivery', price: byKey.express.price });
    expect(cart.shipping).toEqual(byKey.express.price);
    expect(cart.subtotal.centAmount - cart.discount.centAmount + cart.shipping.centAmount + cart.tax.centAmount).toBe(cart.total.centAmount);
  });

  it('prices standard shipping at 0 once the cart reaches the free-shipping value', async () => {
    const { shopper } = await shopperWithCart();
    await expectStatus(await addLine(shopper, skus[0]!, 3), 200);
    await expectStatus(await putDetails(shopper, DETAILS), 200);
    const { shippingMethods } = await expectStatus(await getMethods(shopper), 200);
    const standard = shippingMethods.find((m: ShippingMethodOption) => m.key === 'standard');
    expect(standard.price.centAmount).toBe(0);
    const cart = await expectStatus(await putMethod(shopper, standard.id), 200);
    expect(cart.shipping.centAmount).toBe(0);
  });

  // A method for another zone: tests/integration/shop/checkout/catalog-changes.test.ts
  it.each([['an unknown method', () => randomUUID()]])('refuses %s with 422 and leaves the cart as it was', async (_name, id) => {
    const { shopper, cart } = await shopperWithCart();
    await expectStatus(await putDetails(shopper, DETAILS), 200);
    const before = cartState(await storedCart(cart.id));
    const error = (await expectStatus(await putMethod(shopper, id()), 422)).error;
    expect(error.fields.shippingMethodId).toBeDefined();
    expect(cartState(await storedCart(cart.id))).toEqual(before);
  });
});
