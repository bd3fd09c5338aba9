// Checkout money: a payment for the cart's gross total attached to the cart, and the order created
// from the cart carrying exactly the cart's totals, taxes, shipping, discounts and payment; orders
// refused while a discount code or the shipping method no longer matches the cart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cartFor,
  cents,
  demoShipping,
  GB,
  type MoneyBackend,
  skuWhere,
  startMoneyBackend,
  update,
  US,
} from './cart-money-support';
import type { Json } from './support';

let env: MoneyBackend;

beforeAll(async () => {
  env = await startMoneyBackend();
});
afterAll(() => env.backend.close());

const standard = (except: string[] = []) => skuWhere((s) => s.taxCategory === 'standard', except);

/** The fields an order copies from its cart's money. */
const MONEY_FIELDS = ['totalPrice', 'taxedPrice', 'taxedShippingPrice', 'shippingInfo', 'discountCodes', 'discountOnTotalPrice'];

async function orderFrom(cart: Json) {
  return env.api('POST', '/orders', { cart: { typeId: 'cart', id: cart.id }, version: cart.version });
}

describe('payments and orders', () => {
  it('keeps the cart totals, taxes, shipping, discounts and payment in the order', async () => {
    const a = standard();
    const b = standard([a.sku]);
    let cart = await cartFor(env.api, US, [[a.sku, 2], [b.sku, 1]], { shippingMethod: 'express' });
    cart = await update(env.api, cart, [
      { action: 'addDiscountCode', code: 'WELCOME10' },
      { action: 'addDiscountCode', code: 'SAVE5' },
      { action: 'setBillingAddress', address: { country: 'US', city: 'Springfield' } },
      { action: 'setCustomerEmail', email: 'shopper@example.com' },
    ]);
    expect(cart.discountOnTotalPrice).toBeDefined();

    const payment = await env.api('POST', '/payments', {
      amountPlanned: { currencyCode: 'USD', centAmount: cart.taxedPrice.totalGross.centAmount },
      paymentMethodInfo: { paymentInterface: 'local-demo', method: 'card', name: { en: 'Card' } },
      transactions: [
        {
          type: 'Authorization',
          amount: { currencyCode: 'USD', centAmount: cart.taxedPrice.totalGross.centAmount },
          state: 'Success',
          interactionId: 'demo-auth-1',
        },
      ],
    });
    expect(payment.status).toBe(201);
    expect(payment.body.amountPlanned).toEqual(cart.taxedPrice.totalGross);
    expect(payment.body.transactions[0]).toMatchObject({ type: 'Authorization', state: 'Success', amount: cart.taxedPrice.totalGross });

    cart = await update(env.api, cart, [{ action: 'addPayment', payment: { typeId: 'payment', id: payment.body.id } }]);
    expect(cart.paymentInfo.payments).toEqual([{ typeId: 'payment', id: payment.body.id }]);

    const order = await orderFrom(cart);
    expect(order.status).toBe(201);
    for (const field of MONEY_FIELDS) expect({ field, value: order.body[field] }).toEqual({ field, value: cart[field] });
    expect(order.body.lineItems.map((l: Json) => [l.variant.sku, l.quantity, l.totalPrice, l.taxedPrice, l.discountedPricePerQuantity])).toEqual(
      cart.lineItems.map((l: Json) => [l.variant.sku, l.quantity, l.totalPrice, l.taxedPrice, l.discountedPricePerQuantity]),
    );
    expect(order.body.paymentInfo).toEqual(cart.paymentInfo);
    expect(order.body.shippingAddress).toEqual(cart.shippingAddress);
    expect(order.body.billingAddress).toEqual(cart.billingAddress);

    // Read back later, it is still the same.
    const stored = (await env.api('GET', `/orders/${order.body.id}`)).body;
    expect(stored.totalPrice).toEqual(cart.totalPrice);
    expect(stored.taxedPrice).toEqual(cart.taxedPrice);
  });

  it('keeps custom line items and their tax in the order', async () => {
    const taxCategories = (await env.admin('GET', '/tax-categories')).body.results as Json[];
    const standardCategory = taxCategories.find((c) => c.key === 'standard');
    let cart = await cartFor(env.api, GB, [[standard().sku, 1]]);
    cart = await update(env.api, cart, [
      {
        action: 'addCustomLineItem',
        name: { en: 'Gift wrapping' },
        slug: 'gift-wrapping',
        quantity: 2,
        money: { currencyCode: 'GBP', centAmount: 250 },
        taxCategory: { typeId: 'tax-category', id: standardCategory.id },
      },
    ]);
    const wrapping = cart.customLineItems[0];
    expect(wrapping.totalPrice).toEqual(cents('GBP', 500));
    expect(wrapping.taxRate).toMatchObject({ country: 'GB', amount: 0.2, includedInPrice: true });
    expect(cart.totalPrice).toEqual(cents('GBP', cart.lineItems[0].totalPrice.centAmount + 500));
    const order = await orderFrom(cart);
    expect(order.status).toBe(201);
    expect(order.body.customLineItems).toEqual(cart.customLineItems);
    expect(order.body.totalPrice).toEqual(cart.totalPrice);
  });

  it('refuses an order while a discount code of the cart does not match it', async () => {
    const created = await env.admin('POST', '/cart-discounts', {
      key: 'big-baskets',
      name: { en: 'big baskets' },
      value: { type: 'relative', permyriad: 1500 },
      cartPredicate: 'lineItemCount(1 = 1) >= 5',
      target: { type: 'lineItems', predicate: '1 = 1' },
      sortOrder: '0.77',
      requiresDiscountCode: true,
    });
    expect(created.status).toBe(201);
    const code = await env.admin('POST', '/discount-codes', {
      code: 'BIGBASKET',
      cartDiscounts: [{ typeId: 'cart-discount', key: 'big-baskets' }],
    });
    expect(code.status).toBe(201);
    let cart = await cartFor(env.api, US, [[standard().sku, 5]]);
    cart = await update(env.api, cart, [{ action: 'addDiscountCode', code: 'BIGBASKET' }]);
    expect(cart.discountCodes[0].state).toBe('MatchesCart');
    cart = await update(env.api, cart, [{ action: 'changeLineItemQuantity', lineItemId: cart.lineItems[0].id, quantity: 1 }]);
    expect(cart.discountCodes[0].state).toBe('DoesNotMatchCart');

    const refused = await orderFrom(cart);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ code: 'DiscountCodeNonApplicable', discountCode: 'BIGBASKET' });
    expect((await env.api('GET', `/carts/${cart.id}`)).body.cartState).toBe('Active');
  });

  it('refuses an order whose shipping method predicate no longer matches the cart', async () => {
    const zones = (await env.admin('GET', '/zones')).body.results as Json[];
    const method = await env.admin('POST', '/shipping-methods', {
      key: 'small-parcel',
      name: 'Small parcel',
      taxCategory: { typeId: 'tax-category', key: 'standard' },
      isDefault: false,
      predicate: 'lineItemCount(1 = 1) <= 2',
      zoneRates: [
        {
          zone: { typeId: 'zone', id: zones.find((z) => z.key === 'us')?.id },
          shippingRates: [{ price: { currencyCode: 'USD', centAmount: 299 } }],
        },
      ],
    });
    expect(method.status).toBe(201);
    let cart = await cartFor(env.api, US, [[standard().sku, 1]], { shippingMethod: 'standard' });
    const matching = (await env.api('GET', `/shipping-methods/matching-cart?cartId=${cart.id}`)).body.results as Json[];
    expect(matching.map((m) => m.key)).toEqual(['standard', 'express', 'small-parcel']);

    cart = await update(env.api, cart, [
      { action: 'setShippingMethod', shippingMethod: { typeId: 'shipping-method', key: 'small-parcel' } },
    ]);
    expect(cart.shippingInfo).toMatchObject({ shippingMethodName: 'Small parcel', price: cents('USD', 299), shippingMethodState: 'MatchesCart' });
    cart = await update(env.api, cart, [{ action: 'changeLineItemQuantity', lineItemId: cart.lineItems[0].id, quantity: 3 }]);
    expect(cart.shippingInfo.shippingMethodState).toBe('DoesNotMatchCart');
    const listed = (await env.api('GET', `/shipping-methods/matching-cart?cartId=${cart.id}`)).body.results as Json[];
    expect(listed.map((m) => m.key)).toEqual(['standard', 'express']);

    const refused = await orderFrom(cart);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].code).toBe('ShippingMethodDoesNotMatchCart');

    // Setting a method whose predicate does not match is refused outright.
    const setAgain = await env.api('POST', `/carts/${cart.id}`, {
      version: cart.version,
      actions: [{ action: 'setShippingMethod', shippingMethod: { typeId: 'shipping-method', key: 'small-parcel' } }],
    });
    expect(setAgain.status).toBe(400);
    expect(setAgain.body.errors[0].code).toBe('InvalidOperation');

    cart = await update(env.api, cart, [{ action: 'setShippingMethod', shippingMethod: { typeId: 'shipping-method', key: 'standard' } }]);
    const order = await orderFrom(cart);
    expect(order.status).toBe(201);
    expect(order.body.shippingInfo.shippingMethodName).toBe('Standard');
    const expected = demoShipping('standard', US);
    const lines = cart.lineItems[0].totalPrice.centAmount;
    expect(order.body.shippingInfo.price.centAmount).toBe(lines >= (expected.freeAbove as number) ? 0 : expected.price);
  });
});
