import { describe, expect, it } from 'vitest';
import {
  parseAddressBook,
  parseCart,
  parseMoney,
  parseOrder,
  parseOrderList,
  parseProfile,
  parseSession,
  parseShippingMethods,
} from '@/app/_components/buy/normalize';

const usd = (centAmount: number) => ({ centAmount, currencyCode: 'USD', fractionDigits: 2 });

const address = { firstName: 'Jamie', lastName: 'Demo', streetName: 'Market Street', streetNumber: '742', postalCode: '94103', city: 'San Francisco', state: 'CA', country: 'US' };

/** A cart as design section 6 describes it. */
const cartJson = {
  id: 'cart-1',
  lineItems: [
    {
      id: 'line-1',
      sku: 'SKU-1',
      productId: 'p-1',
      name: 'Linen shirt',
      slug: 'linen-shirt',
      image: { url: '/demo-catalog/linen-shirt.png', alt: 'Linen shirt', width: 800, height: 800 },
      quantity: 2,
      unitPrice: usd(4500),
      totalPrice: usd(9000),
    },
  ],
  itemCount: 2,
  subtotal: usd(9000),
  discountCodes: [{ id: 'dc-1', code: 'WELCOME10', state: 'MatchesCart' }],
  discount: usd(900),
  shipping: usd(0),
  tax: usd(729),
  total: usd(8829),
  email: 'guest@example.com',
  shippingAddress: address,
  billingAddress: null,
  shippingMethod: { id: 'sm-1', name: 'Standard delivery', price: usd(0) },
};

describe('parseMoney', () => {
  it('passes amounts through untouched', () => {
    expect(parseMoney(usd(1999))).toEqual(usd(1999));
    expect(parseMoney({ centAmount: 100, currencyCode: 'JPY', fractionDigits: 0 })).toEqual({ centAmount: 100, currencyCode: 'JPY', fractionDigits: 0 });
  });

  it('refuses what is not money', () => {
    expect(parseMoney(null)).toBeNull();
    expect(parseMoney({ centAmount: 1.5, currencyCode: 'USD', fractionDigits: 2 })).toBeNull();
    expect(parseMoney({ centAmount: '100', currencyCode: 'USD' })).toBeNull();
    expect(parseMoney({ centAmount: 100 })).toBeNull();
  });
});

describe('parseCart', () => {
  it('reads the contract cart exactly, amounts included', () => {
    const cart = parseCart(cartJson);
    expect(cart).toMatchObject({
      id: 'cart-1',
      itemCount: 2,
      subtotal: usd(9000),
      discount: usd(900),
      shipping: usd(0),
      tax: usd(729),
      total: usd(8829),
      email: 'guest@example.com',
      billingAddress: null,
      shippingMethod: { id: 'sm-1', name: 'Standard delivery', price: usd(0) },
      discountCodes: [{ id: 'dc-1', code: 'WELCOME10', state: 'MatchesCart' }],
    });
    expect(cart.lineItems).toEqual([
      {
        id: 'line-1',
        sku: 'SKU-1',
        productId: 'p-1',
        name: 'Linen shirt',
        slug: 'linen-shirt',
        image: { url: '/demo-catalog/linen-shirt.png', alt: 'Linen shirt', width: 800, height: 800 },
        quantity: 2,
        unitPrice: usd(4500),
        totalPrice: usd(9000),
        attributes: [],
      },
    ]);
    expect(cart.shippingAddress).toMatchObject(address);
  });

  it('reads the empty cart', () => {
    const cart = parseCart({ id: null, lineItems: [], itemCount: 0, subtotal: usd(0), discountCodes: [], discount: usd(0), shipping: null, tax: null, total: usd(0) });
    expect(cart.id).toBeNull();
    expect(cart.lineItems).toEqual([]);
    expect(cart.shipping).toBeNull();
    expect(cart.tax).toBeNull();
    expect(cart.shippingAddress).toBeNull();
  });

  it('reads variant attributes in the shapes an API may send', () => {
    const line = (attributes: unknown) => parseCart({ lineItems: [{ ...cartJson.lineItems[0], attributes }] }).lineItems[0]!.attributes;
    expect(line({ color: { key: 'navy', label: 'Navy' }, size: { key: 'm', label: 'M' } })).toEqual([
      { name: 'color', key: 'navy', label: 'Navy' },
      { name: 'size', key: 'm', label: 'M' },
    ]);
    expect(line([{ name: 'color', value: { key: 'navy', label: 'Navy' } }, { name: 'material', value: 'Linen' }])).toEqual([
      { name: 'color', key: 'navy', label: 'Navy' },
      { name: 'material', label: 'Linen' },
    ]);
  });

  it('drops malformed lines instead of crashing', () => {
    const cart = parseCart({ lineItems: [{ id: 'x' }, null, cartJson.lineItems[0]] });
    expect(cart.lineItems.map((l) => l.id)).toEqual(['line-1']);
    expect(cart.itemCount).toBe(2);
    expect(parseCart('nonsense').lineItems).toEqual([]);
  });
});

describe('parseOrder', () => {
  const orderJson = { ...cartJson, id: 'order-1', orderNumber: '10001', createdAt: '2026-01-05T10:00:00.000Z', state: 'Open' };

  it('reads an order, bare or as {order}', () => {
    for (const body of [orderJson, { order: orderJson }]) {
      const order = parseOrder(body)!;
      expect(order).toMatchObject({ id: 'order-1', orderNumber: '10001', createdAt: '2026-01-05T10:00:00.000Z', status: 'Open', total: usd(8829) });
    }
    expect(parseOrder({ order: { ...orderJson, state: undefined, orderState: 'Confirmed' } })!.status).toBe('Confirmed');
  });

  it('is null without an id', () => {
    expect(parseOrder({})).toBeNull();
    expect(parseOrder(null)).toBeNull();
  });

  it('reads order lists in their usual wrappings', () => {
    expect(parseOrderList({ orders: [orderJson] }).map((o) => o.id)).toEqual(['order-1']);
    expect(parseOrderList({ results: [orderJson, {}] }).map((o) => o.id)).toEqual(['order-1']);
    expect(parseOrderList([orderJson]).map((o) => o.id)).toEqual(['order-1']);
  });
});

describe('parseShippingMethods', () => {
  const method = { id: 'sm-1', key: 'standard', name: 'Standard delivery', description: '3–5 days', price: usd(599), freeAbove: usd(7500), isDefault: true };

  it('reads a list, bare or wrapped', () => {
    for (const body of [[method], { shippingMethods: [method] }, { methods: [method] }]) {
      expect(parseShippingMethods(body)).toEqual([{ id: 'sm-1', name: 'Standard delivery', description: '3–5 days', price: usd(599), isDefault: true }]);
    }
    expect(parseShippingMethods({})).toEqual([]);
  });
});

describe('account', () => {
  const profile = {
    id: 'c-1',
    email: 'demo@example.com',
    firstName: 'Jamie',
    lastName: null,
    addresses: [
      { id: 'a-1', ...address },
      { id: 'a-2', ...address, country: 'GB', city: 'London', state: undefined },
    ],
    defaultShippingAddressId: 'a-1',
    defaultBillingAddressId: null,
  };

  it('reads the profile', () => {
    expect(parseProfile(profile)).toEqual({ id: 'c-1', email: 'demo@example.com', firstName: 'Jamie', lastName: '' });
    expect(parseProfile({ customer: profile })!.email).toBe('demo@example.com');
  });

  it('reads the address book with its defaults', () => {
    const book = parseAddressBook(profile);
    expect(book.addresses.map((a) => a.id)).toEqual(['a-1', 'a-2']);
    expect(book.defaultShippingAddressId).toBe('a-1');
    expect(book.defaultBillingAddressId).toBeNull();
    expect(book.addresses[1]!.state).toBeUndefined();
  });

  it('reads defaults flagged on the addresses', () => {
    const book = parseAddressBook([{ id: 'a-1', ...address, isDefaultBilling: true }]);
    expect(book.defaultBillingAddressId).toBe('a-1');
  });
});

describe('parseSession', () => {
  it('reads the customer and the cart summary', () => {
    expect(parseSession({ market: {}, customer: { id: 'c-1' }, cart: { id: 'cart-1', itemCount: 3 } })).toEqual({ customer: { id: 'c-1' }, cart: { id: 'cart-1', itemCount: 3 } });
    expect(parseSession({ customer: null, cart: null })).toEqual({ customer: null, cart: null });
  });
});
