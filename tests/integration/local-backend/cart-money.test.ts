// Cart totals, taxes and shipping as the real API computes them, against the demo catalog: line
// totals, taxedPrice once a shipping address is set (US sales tax on top, UK and German VAT
// included), half-even rounding, shipping in the totals with its own tax, free shipping from
// `freeAbove` on, matching shipping methods per zone, and re-rating when the address changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER } from '@/scripts/local-backend';
import {
  address,
  cartFor,
  cents,
  DE,
  type DemoSku,
  demoShipping,
  demoTaxRate,
  GB,
  lineBySku,
  type MoneyBackend,
  moneyObjects,
  skuWhere,
  startMoneyBackend,
  taxFor,
  taxIncluded,
  taxOnTop,
  update,
  US,
} from './cart-money-support';
import type { Json } from './support';

let env: MoneyBackend;

beforeAll(async () => {
  env = await startMoneyBackend();
});
afterAll(() => env.backend.close());

const standardSku = (condition: (price: DemoSku['price']) => boolean, except: string[] = []) =>
  skuWhere((s) => s.taxCategory === 'standard' && condition(s.price), except);

describe('cart totals and tax', () => {
  it('has line totals and a total but no taxedPrice or line tax rates before a shipping address is set', async () => {
    const a = standardSku(() => true);
    const b = standardSku(() => true, [a.sku]);
    const cart = await cartFor(env.api, US, [[a.sku, 2], [b.sku, 1]], { address: false });
    expect(lineBySku(cart, a.sku).totalPrice).toEqual(cents('USD', a.price.USD * 2));
    expect(cart.totalPrice).toEqual(cents('USD', a.price.USD * 2 + b.price.USD));
    expect(cart.totalLineItemQuantity).toBe(3);
    expect(cart.taxedPrice).toBeUndefined();
    expect(cart.lineItems.map((l: Json) => l.taxRate)).toEqual([undefined, undefined]);
  });

  it('adds US sales tax on top of net prices, rounding each line half to even', async () => {
    // A line total of 400n + 200 cents makes the tax end in exactly half a cent (7.25% of it);
    // with an even quotient, half-even rounds down where half-up would round up.
    const tie = standardSku((p) => p.USD % 400 === 200 && ((p.USD * 725) / 10000 - 0.5) % 2 === 0);
    const other = standardSku((p) => p.USD % 400 !== 200, [tie.sku]);
    const rate = demoTaxRate('standard', 'US');
    let cart = await cartFor(env.api, US, [[tie.sku, 1], [other.sku, 3]], { address: false });
    cart = await update(env.api, cart, [{ action: 'setShippingAddress', address: address(US, { state: 'CA' }) }]);

    const lineTie = taxOnTop(tie.price.USD, rate.amount);
    const lineOther = taxOnTop(other.price.USD * 3, rate.amount);
    expect(lineTie.tax).toBe((tie.price.USD * 725 - 5000) / 10000);
    const first = lineBySku(cart, tie.sku);
    expect(first.taxRate).toMatchObject({ amount: rate.amount, includedInPrice: false, country: 'US', name: rate.name });
    expect(first.taxedPrice).toEqual({
      totalNet: cents('USD', lineTie.net),
      totalGross: cents('USD', lineTie.gross),
      taxPortions: [{ rate: rate.amount, name: rate.name, amount: cents('USD', lineTie.tax) }],
      totalTax: cents('USD', lineTie.tax),
    });
    expect(lineBySku(cart, other.sku).taxedPrice.totalGross).toEqual(cents('USD', lineOther.gross));

    // The cart: net prices, so totalPrice is the net total and tax comes on top.
    const net = lineTie.net + lineOther.net;
    const tax = lineTie.tax + lineOther.tax;
    expect(cart.totalPrice).toEqual(cents('USD', net));
    expect(cart.taxedPrice).toEqual({
      totalNet: cents('USD', net),
      totalGross: cents('USD', net + tax),
      taxPortions: [{ rate: rate.amount, name: rate.name, amount: cents('USD', tax) }],
      totalTax: cents('USD', tax),
    });
  });

  it('treats UK VAT as included: the gross is the price, the net is derived from it', async () => {
    const item = standardSku((p) => p.GBP % 6 !== 0);
    const rate = demoTaxRate('standard', 'GB');
    const cart = await cartFor(env.api, GB, [[item.sku, 1]]);
    const expected = taxIncluded(item.price.GBP, rate.amount);
    expect(expected.net).not.toBe((item.price.GBP * 5) / 6);
    expect(cart.totalPrice).toEqual(cents('GBP', item.price.GBP));
    expect(cart.lineItems[0].taxRate).toMatchObject({ amount: 0.2, includedInPrice: true, country: 'GB' });
    expect(cart.taxedPrice).toMatchObject({
      totalNet: cents('GBP', expected.net),
      totalGross: cents('GBP', item.price.GBP),
      totalTax: cents('GBP', expected.tax),
      taxPortions: [{ rate: 0.2, name: rate.name, amount: cents('GBP', expected.tax) }],
    });
  });

  it('taxes German standard and reduced items with their own included rates, one tax portion each', async () => {
    const adult = standardSku(() => true);
    const kids = skuWhere((s) => s.taxCategory === 'reduced');
    const standard = demoTaxRate('standard', 'DE');
    const reduced = demoTaxRate('reduced', 'DE');
    const cart = await cartFor(env.api, DE, [[adult.sku, 2], [kids.sku, 1]]);

    const a = taxFor(adult.price.EUR * 2, standard);
    const k = taxFor(kids.price.EUR, reduced);
    expect(lineBySku(cart, kids.sku).taxRate).toMatchObject({ amount: 0.07, includedInPrice: true, country: 'DE' });
    expect(cart.totalPrice).toEqual(cents('EUR', adult.price.EUR * 2 + kids.price.EUR));
    expect(cart.taxedPrice.totalGross).toEqual(cart.totalPrice);
    expect(cart.taxedPrice.totalNet).toEqual(cents('EUR', a.net + k.net));
    expect(cart.taxedPrice.taxPortions).toEqual([
      { rate: 0.19, name: standard.name, amount: cents('EUR', a.tax) },
      { rate: 0.07, name: reduced.name, amount: cents('EUR', k.tax) },
    ]);
    expect(cart.taxedPrice.totalTax).toEqual(cents('EUR', a.tax + k.tax));
  });

  it('renders every amount of a taxed, shipped cart as centPrecision money with the currency fraction digits', async () => {
    const item = standardSku(() => true);
    const cart = await cartFor(env.api, DE, [[item.sku, 1]], { shippingMethod: 'express' });
    // The variant's own prices (all currencies) are catalog data, not the cart's amounts.
    const money = moneyObjects(cart).filter(({ path }) => !path.includes('.variant.'));
    expect(money.length).toBeGreaterThan(15);
    for (const { path, money: m } of money) {
      expect({ path, ...m }).toEqual({ path, type: 'centPrecision', currencyCode: 'EUR', centAmount: m.centAmount, fractionDigits: 2 });
      expect(Number.isInteger(m.centAmount)).toBe(true);
    }
  });

  it('removing the shipping address removes the taxes again', async () => {
    const item = standardSku(() => true);
    let cart = await cartFor(env.api, US, [[item.sku, 1]]);
    expect(cart.taxedPrice).toBeDefined();
    cart = await update(env.api, cart, [{ action: 'setShippingAddress' }]);
    expect(cart.taxedPrice).toBeUndefined();
    expect(cart.lineItems[0].taxRate).toBeUndefined();
    expect(cart.lineItems[0].taxedPrice).toBeUndefined();
    expect(cart.totalPrice).toEqual(cents('USD', item.price.USD));
  });

  it('answers a shipping address without a tax rate for its country with 400 MissingTaxRateForCountry', async () => {
    const item = standardSku(() => true);
    const cart = await cartFor(env.api, US, [[item.sku, 1]], { address: false });
    const response = await env.api('POST', `/carts/${cart.id}`, {
      version: cart.version,
      actions: [{ action: 'setShippingAddress', address: { country: 'FR' } }],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ code: 'MissingTaxRateForCountry', country: 'FR' });
    expect((await env.api('GET', `/carts/${cart.id}`)).body).toMatchObject({ version: cart.version });
  });

  it('recalculates after quantity changes', async () => {
    const item = standardSku(() => true);
    let cart = await cartFor(env.api, GB, [[item.sku, 1]]);
    cart = await update(env.api, cart, [{ action: 'changeLineItemQuantity', lineItemId: cart.lineItems[0].id, quantity: 3 }]);
    const expected = taxIncluded(item.price.GBP * 3, 0.2);
    expect(cart.totalPrice).toEqual(cents('GBP', item.price.GBP * 3));
    expect(cart.taxedPrice.totalNet).toEqual(cents('GBP', expected.net));
    // A read sees the same numbers.
    expect((await env.api('GET', `/carts/${cart.id}`)).body.taxedPrice).toEqual(cart.taxedPrice);
  });
});

describe('shipping', () => {
  it('adds the shipping price of the address zone to the total and taxes it with the method tax category', async () => {
    const shipping = demoShipping('standard', US);
    const item = standardSku((p) => p.USD < (shipping.freeAbove as number));
    const rate = demoTaxRate('standard', 'US');
    let cart = await cartFor(env.api, US, [[item.sku, 1]]);
    cart = await update(env.api, cart, [{ action: 'setShippingMethod', shippingMethod: { typeId: 'shipping-method', key: 'standard' } }]);

    const ship = taxOnTop(shipping.price, rate.amount);
    const line = taxOnTop(item.price.USD, rate.amount);
    expect(cart.shippingInfo).toMatchObject({
      shippingMethodName: 'Standard',
      price: cents('USD', shipping.price),
      shippingRate: { price: cents('USD', shipping.price), freeAbove: cents('USD', shipping.freeAbove as number) },
      taxRate: { amount: rate.amount, includedInPrice: false, country: 'US' },
      taxedPrice: { totalNet: cents('USD', ship.net), totalGross: cents('USD', ship.gross), totalTax: cents('USD', ship.tax) },
      shippingMethodState: 'MatchesCart',
    });
    expect(cart.totalPrice).toEqual(cents('USD', item.price.USD + shipping.price));
    expect(cart.taxedShippingPrice).toEqual(cart.shippingInfo.taxedPrice);
    expect(cart.taxedPrice.totalNet).toEqual(cents('USD', line.net + ship.net));
    expect(cart.taxedPrice.totalGross).toEqual(cents('USD', line.gross + ship.gross));
    expect(cart.taxedPrice.taxPortions).toEqual([{ rate: rate.amount, name: rate.name, amount: cents('USD', line.tax + ship.tax) }]);
  });

  it('includes VAT in the UK shipping price', async () => {
    const shipping = demoShipping('standard', GB);
    const item = standardSku((p) => p.GBP < (shipping.freeAbove as number));
    const cart = await cartFor(env.api, GB, [[item.sku, 1]], { shippingMethod: 'standard' });
    const ship = taxIncluded(shipping.price, 0.2);
    expect(cart.shippingInfo.taxedPrice).toMatchObject({ totalGross: cents('GBP', shipping.price), totalNet: cents('GBP', ship.net) });
    expect(cart.totalPrice).toEqual(cents('GBP', item.price.GBP + shipping.price));
    expect(cart.taxedPrice.totalGross).toEqual(cart.totalPrice);
  });

  it('makes standard shipping free once the line total reaches freeAbove, and not a cent before', async () => {
    for (const market of [US, GB, DE]) {
      const shipping = demoShipping('standard', market);
      const threshold = shipping.freeAbove as number;
      const below = standardSku((p) => p[market.currency] < threshold);
      // One unit below the threshold, then enough units to reach it.
      let cart = await cartFor(env.api, market, [[below.sku, 1]], { shippingMethod: 'standard' });
      expect(cart.shippingInfo.price).toEqual(cents(market.currency, shipping.price));
      const units = Math.ceil(threshold / below.price[market.currency]);
      cart = await update(env.api, cart, [{ action: 'changeLineItemQuantity', lineItemId: cart.lineItems[0].id, quantity: units }]);
      expect(cart.shippingInfo.price).toEqual(cents(market.currency, 0));
      expect(cart.shippingInfo.shippingRate.price).toEqual(cents(market.currency, shipping.price));
      expect(cart.totalPrice).toEqual(cents(market.currency, below.price[market.currency] * units));
      expect(cart.shippingInfo.taxedPrice.totalGross).toEqual(cents(market.currency, 0));
    }
  });

  it('charges free shipping exactly at the threshold', async () => {
    const shipping = demoShipping('standard', US);
    const threshold = shipping.freeAbove as number;
    const exact = skuWhere((s) => threshold % s.price.USD === 0);
    const cart = await cartFor(env.api, US, [[exact.sku, threshold / exact.price.USD]], { shippingMethod: 'standard' });
    expect(cart.shippingInfo.price.centAmount).toBe(0);
  });

  it('never makes express shipping free', async () => {
    const express = demoShipping('express', US);
    expect(express.freeAbove).toBeUndefined();
    const expensive = standardSku((p) => p.USD > (demoShipping('standard', US).freeAbove as number));
    const cart = await cartFor(env.api, US, [[expensive.sku, 2]], { shippingMethod: 'express' });
    expect(cart.shippingInfo.price).toEqual(cents('USD', express.price));
    expect(cart.totalPrice).toEqual(cents('USD', expensive.price.USD * 2 + express.price));
  });

  it('lists the shipping methods matching the cart per zone, with the rate it would use marked isMatching', async () => {
    const zones = (await env.admin('GET', '/zones')).body.results as Json[];
    const zoneId = (key: string) => zones.find((z) => z.key === key)?.id;
    const item = standardSku(() => true);
    for (const market of [US, GB, DE]) {
      const cart = await cartFor(env.api, market, [[item.sku, 1]]);
      const response = await env.api('GET', `/shipping-methods/matching-cart?cartId=${cart.id}`);
      expect(response.status).toBe(200);
      const results = response.body.results as Json[];
      // The default method comes first.
      expect(results.map((m) => m.key)).toEqual(['standard', 'express']);
      for (const method of results) {
        const expected = demoShipping(method.key, market);
        expect(method.zoneRates).toHaveLength(1);
        expect(method.zoneRates[0].zone.id).toBe(zoneId(market.zone));
        const matching = method.zoneRates[0].shippingRates.filter((r: Json) => r.isMatching);
        expect(matching).toHaveLength(1);
        expect(matching[0].price).toEqual(cents(market.currency, expected.price));
      }
    }
  });

  it('lists no method for an address outside the zones of the cart currency, and refuses a cart without address', async () => {
    const item = standardSku(() => true);
    // A USD cart shipped to Germany: the German zone has EUR rates only.
    const cart = await cartFor(env.api, US, [[item.sku, 1]], { extra: { shippingAddress: address(DE) } });
    const response = await env.api('GET', `/shipping-methods/matching-cart?cartId=${cart.id}`);
    expect(response.status).toBe(200);
    expect(response.body.results).toEqual([]);
    const refused = await env.api('POST', `/carts/${cart.id}`, {
      version: cart.version,
      actions: [{ action: 'setShippingMethod', shippingMethod: { typeId: 'shipping-method', key: 'standard' } }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].code).toBe('InvalidOperation');

    const noAddress = await cartFor(env.api, US, [[item.sku, 1]], { address: false });
    expect((await env.api('GET', `/shipping-methods/matching-cart?cartId=${noAddress.id}`)).status).toBe(400);
  });

  it('re-rates shipping when the address changes, and refuses an address the method cannot ship to', async () => {
    const item = standardSku((p) => p.GBP < (demoShipping('standard', GB).freeAbove as number));
    let cart = await cartFor(env.api, GB, [[item.sku, 1]], { shippingMethod: 'express' });
    // Same zone, another address: the rate stays the zone's.
    cart = await update(env.api, cart, [{ action: 'setShippingAddress', address: address(GB, { city: 'Leeds' }) }]);
    expect(cart.shippingInfo.price).toEqual(cents('GBP', demoShipping('express', GB).price));

    // The German zone has no GBP rate: the update is refused and the cart stays as it was.
    const refused = await env.api('POST', `/carts/${cart.id}`, {
      version: cart.version,
      actions: [{ action: 'setShippingAddress', address: address(DE) }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].code).toBe('InvalidOperation');
    const unchanged = (await env.api('GET', `/carts/${cart.id}`)).body;
    expect(unchanged.version).toBe(cart.version);
    expect(unchanged.shippingAddress.country).toBe('GB');

    // Removing the method in the same request makes the new address acceptable; German VAT applies.
    cart = await update(env.api, cart, [{ action: 'setShippingAddress', address: address(DE) }, { action: 'setShippingMethod' }]);
    expect(cart.shippingInfo).toBeUndefined();
    expect(cart.lineItems[0].taxRate).toMatchObject({ country: 'DE', amount: 0.19 });
    expect(cart.totalPrice).toEqual(cents('GBP', item.price.GBP));
    expect(cart.taxedPrice.totalNet).toEqual(cents('GBP', taxIncluded(item.price.GBP, 0.19).net));
  });
});

describe('carts changed outside an update', () => {
  it('a cart merged at sign-in has the totals and taxes of its merged line items', async () => {
    const login = await env.api('POST', '/login', { email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password });
    const customerId = login.body.customer.id as string;
    const a = standardSku(() => true);
    const b = standardSku(() => true, [a.sku]);
    const own = await cartFor(env.api, US, [[a.sku, 1]], { extra: { customerId } });
    const anonymous = await cartFor(env.api, US, [[b.sku, 2]], { extra: { anonymousId: `anon-${Date.now()}` } });

    const signedIn = await env.api('POST', '/login', {
      email: DEMO_CUSTOMER.email,
      password: DEMO_CUSTOMER.password,
      anonymousCart: { typeId: 'cart', id: anonymous.id },
    });
    expect(signedIn.status).toBe(200);
    const merged = signedIn.body.cart;
    expect(merged.id).toBe(own.id);
    const net = a.price.USD + b.price.USD * 2;
    const rate = demoTaxRate('standard', 'US').amount;
    expect(merged.totalPrice).toEqual(cents('USD', net));
    expect(merged.taxedPrice.totalGross).toEqual(
      cents('USD', taxOnTop(a.price.USD, rate).gross + taxOnTop(b.price.USD * 2, rate).gross),
    );
    expect((await env.api('GET', `/carts/${own.id}`)).body.totalPrice).toEqual(merged.totalPrice);
  });
});
