// The cart and order mappers: amounts are commercetools' own, arranged so that
// subtotal - discount + shipping (+ tax where prices exclude it) = total.
import type { Cart as CtCart, LineItem, Order as CtOrder } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { emptyCart, reshapeAmounts, reshapeCart } from '@/lib/commercetools/mappers/cart';
import { reshapeOrder } from '@/lib/commercetools/mappers/order';
import { MARKETS } from '@/lib/markets';

const m = (centAmount: number, currencyCode = 'USD') => ({ type: 'centPrecision' as const, centAmount, currencyCode, fractionDigits: 2 });
const money = (centAmount: number, currencyCode = 'USD') => ({ centAmount, currencyCode, fractionDigits: 2 });

/** A line of `quantity` x `unit`, `perUnitDiscount` off each unit by a cart discount. */
function line(id: string, unit: number, quantity: number, perUnitDiscount = 0, currency = 'USD'): LineItem {
  return {
    id,
    productId: `p-${id}`,
    name: { en: `Name ${id}`, de: `Name-de ${id}` },
    productSlug: { en: `slug-${id}`, de: `slug-de-${id}` },
    variant: { id: 1, sku: `SKU-${id}`, images: [{ url: `/img/${id}.png`, dimensions: { w: 800, h: 600 } }] },
    price: { id: 'price', value: m(unit, currency) },
    quantity,
    totalPrice: m((unit - perUnitDiscount) * quantity, currency),
    discountedPricePerQuantity: perUnitDiscount
      ? [{ quantity, discountedPrice: { value: m(unit - perUnitDiscount), includedDiscounts: [{ discount: { typeId: 'cart-discount', id: 'd' }, discountedAmount: m(perUnitDiscount) }] } }]
      : [],
  } as unknown as LineItem;
}

function cart(overrides: Partial<CtCart>): CtCart {
  return {
    id: 'cart-1',
    version: 3,
    cartState: 'Active',
    lineItems: [],
    customLineItems: [],
    discountCodes: [],
    totalPrice: m(0),
    ...overrides,
  } as unknown as CtCart;
}

describe('amounts', () => {
  it('US (tax on top): subtotal before cart discounts, line and total-price discounts, shipping, tax, gross total', () => {
    const lines = [line('a', 4500, 2, 450), line('b', 1000, 1)];
    // Lines after discounts 8100 + 1000; 500 off the total; shipping 599; tax 7.25% as commercetools computed it.
    const source = cart({
      lineItems: lines,
      totalPrice: m(8100 + 1000 - 500 + 599),
      discountOnTotalPrice: { discountedAmount: m(500), includedDiscounts: [] },
      shippingInfo: { shippingMethodName: 'Standard', price: m(599), shippingMethodState: 'MatchesCart' } as never,
      taxedPrice: { totalNet: m(9199), totalGross: m(9866), totalTax: m(667), taxPortions: [] },
    });
    const amounts = reshapeAmounts(source);
    expect(amounts).toEqual({ subtotal: money(10000), discount: money(900 + 500), shipping: money(599), tax: money(667), total: money(9866) });
    expect(amounts.subtotal.centAmount - amounts.discount.centAmount + amounts.shipping!.centAmount + amounts.tax!.centAmount).toBe(amounts.total.centAmount);
  });

  it('GB (tax included): the total is the gross total, tax shown but not added', () => {
    const source = cart({
      lineItems: [line('a', 3600, 1, 0, 'GBP')],
      totalPrice: m(3600 + 395, 'GBP'),
      shippingInfo: { shippingMethodName: 'Standard', price: m(395, 'GBP'), discountedPrice: { value: m(0, 'GBP'), includedDiscounts: [] }, shippingMethodState: 'MatchesCart' } as never,
      taxedPrice: { totalNet: m(3329, 'GBP'), totalGross: m(3995, 'GBP'), totalTax: m(666, 'GBP'), taxPortions: [] },
    });
    const amounts = reshapeAmounts(source);
    // A shipping discount: the shipping shown is the discounted one.
    expect(amounts.shipping).toEqual(money(0, 'GBP'));
    expect(amounts.total).toEqual(money(3995, 'GBP'));
    expect(amounts.tax).toEqual(money(666, 'GBP'));
  });

  it('before taxes and shipping are known: tax and shipping null, total = the total price', () => {
    const amounts = reshapeAmounts(cart({ lineItems: [line('a', 4500, 2)], totalPrice: m(9000) }));
    expect(amounts).toEqual({ subtotal: money(9000), discount: money(0), shipping: null, tax: null, total: money(9000) });
  });

  it('a taxed price without totalTax (zero-rated) shows tax 0', () => {
    const amounts = reshapeAmounts(cart({ lineItems: [line('a', 500, 1)], totalPrice: m(500), taxedPrice: { totalNet: m(500), totalGross: m(500), taxPortions: [] } }));
    expect(amounts.tax).toEqual(money(0));
  });
});

describe('reshapeCart', () => {
  it('maps lines, codes, addresses and the shipping method in the contract shape', () => {
    const source = cart({
      lineItems: [line('a', 4500, 2)],
      totalPrice: m(9000),
      customerEmail: 'ada@example.com',
      discountCodes: [{ discountCode: { typeId: 'discount-code', id: 'dc-1', obj: { code: 'WELCOME10' } as never }, state: 'MatchesCart' }],
      shippingAddress: { firstName: 'Ada', lastName: 'L', streetName: 'Main', postalCode: '1', city: 'NYC', country: 'US', key: 'ignored' } as never,
      shippingInfo: {
        shippingMethodName: 'Standard',
        price: m(599),
        shippingMethod: { typeId: 'shipping-method', id: 'sm-1', obj: { localizedName: { en: 'Standard delivery', de: 'Standardversand' } } as never },
        shippingMethodState: 'MatchesCart',
      } as never,
    });
    const view = reshapeCart(source, 'de');
    expect(Object.keys(view)).toEqual(['id', 'lineItems', 'itemCount', 'subtotal', 'discountCodes', 'discount', 'shipping', 'tax', 'total', 'email', 'shippingAddress', 'billingAddress', 'shippingMethod']);
    expect(view.lineItems).toEqual([
      {
        id: 'a', sku: 'SKU-a', productId: 'p-a', name: 'Name-de a', slug: 'slug-de-a',
        image: { url: '/img/a.png', alt: 'Name-de a', width: 800, height: 600 },
        quantity: 2, unitPrice: money(4500), totalPrice: money(9000), originalUnitPrice: null, originalTotalPrice: null,
      },
    ]);
    expect(view.discountCodes).toEqual([{ id: 'dc-1', code: 'WELCOME10', state: 'MatchesCart' }]);
    expect(view.shippingAddress).toEqual({ firstName: 'Ada', lastName: 'L', streetName: 'Main', postalCode: '1', city: 'NYC', country: 'US' });
    expect(view.billingAddress).toBeNull();
    expect(view.shippingMethod).toEqual({ id: 'sm-1', name: 'Standardversand', price: money(599) });
    expect(view.email).toBe('ada@example.com');
  });

  it('struck-through prices: the price value before a product discount, and the undiscounted line before any discount', () => {
    const sale = { ...line('s', 4000, 2), price: { id: 'p', value: m(5000), discounted: { value: m(4000), discount: { typeId: 'product-discount', id: 'pd' } } } } as LineItem;
    const cartOff = line('c', 3000, 3, 300);
    const [saleLine, cartLine] = reshapeCart(cart({ lineItems: [sale, cartOff], totalPrice: m(16100) }), 'en').lineItems;
    // Product discount: the unit is 40.00 (was 50.00); the line 80.00 (was 100.00).
    expect(saleLine).toMatchObject({ unitPrice: money(4000), originalUnitPrice: money(5000), totalPrice: money(8000), originalTotalPrice: money(10000) });
    // A cart discount lowers the line, not the unit price.
    expect(cartLine).toMatchObject({ unitPrice: money(3000), originalUnitPrice: null, totalPrice: money(8100), originalTotalPrice: money(9000) });
  });

  it('the empty cart is in the market currency', () => {
    expect(emptyCart(MARKETS['en-gb'])).toMatchObject({ id: null, lineItems: [], itemCount: 0, total: money(0, 'GBP'), tax: null, shipping: null });
  });
});

describe('reshapeOrder', () => {
  it('adds number, date and state to the cart fields', () => {
    const order = {
      ...cart({ lineItems: [line('a', 100, 1)], totalPrice: m(100) }),
      orderNumber: 'ABCDE-12345',
      createdAt: '2026-01-01T00:00:00.000Z',
      orderState: 'Open',
    } as unknown as CtOrder;
    expect(reshapeOrder(order, 'en')).toMatchObject({ id: 'cart-1', orderNumber: 'ABCDE-12345', createdAt: '2026-01-01T00:00:00.000Z', state: 'Open', itemCount: 1, total: money(100) });
  });
});
