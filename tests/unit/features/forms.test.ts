import { describe, expect, it } from 'vitest';
import { addressBody, addressInputOf, addressLines, EMPTY_ADDRESS, isBlankAddress, missingAddressFields } from '@/app/_features/address/address-input';
import { firstOpenStep } from '@/app/_features/checkout/checkout-steps';
import { formatOrderDate, knownOrderState } from '@/app/_features/orders/order-status';
import { passwordMessageKey, PASSWORD_MIN_LENGTH } from '@/app/_features/account/password';
import { validQuantity } from '@/app/_features/cart/quantity';
import { MAX_LINE_QUANTITY, MIN_LINE_QUANTITY } from '@/lib/shop/cart/limits';

describe('quantities', () => {
  it('are whole numbers from 1 to 99, like the cart API takes', () => {
    expect([validQuantity(MIN_LINE_QUANTITY), validQuantity(MAX_LINE_QUANTITY)]).toEqual([MIN_LINE_QUANTITY, MAX_LINE_QUANTITY]);
    expect([validQuantity(MIN_LINE_QUANTITY - 1), validQuantity(MAX_LINE_QUANTITY + 1)]).toEqual([null, null]);
    expect(validQuantity('3')).toBe(3);
    expect(validQuantity(99)).toBe(99);
    for (const bad of ['0', '100', '1.5', '', ' ', 'two', '-1', 0, 100, 2.5, Number.NaN]) expect(validQuantity(bad), String(bad)).toBeNull();
  });
});

describe('address form', () => {
  const filled = { ...EMPTY_ADDRESS, firstName: ' Jamie ', lastName: 'Demo', streetName: 'Market Street', streetNumber: '742', postalCode: '94103', city: 'San Francisco' };

  it('sends trimmed values, no empty optional fields, and the market country', () => {
    expect(addressBody(filled, 'US')).toEqual({
      firstName: 'Jamie',
      lastName: 'Demo',
      streetName: 'Market Street',
      streetNumber: '742',
      postalCode: '94103',
      city: 'San Francisco',
      country: 'US',
    });
  });

  it('lists the required fields left empty', () => {
    expect(missingAddressFields(EMPTY_ADDRESS)).toEqual(['firstName', 'lastName', 'streetName', 'postalCode', 'city']);
    expect(missingAddressFields({ ...filled, city: '  ' })).toEqual(['city']);
    expect(isBlankAddress(EMPTY_ADDRESS)).toBe(true);
    expect(isBlankAddress(filled)).toBe(false);
  });

  it('round-trips an API address into the form', () => {
    const input = addressInputOf({ firstName: 'A', lastName: 'B', streetName: 'S', postalCode: 'P', city: 'C', country: 'DE' });
    expect(input).toEqual({ ...EMPTY_ADDRESS, firstName: 'A', lastName: 'B', streetName: 'S', postalCode: 'P', city: 'C' });
    expect(addressInputOf(null)).toEqual(EMPTY_ADDRESS);
  });

  it('shows addresses in each country’s order', () => {
    const us = { firstName: 'Jamie', lastName: 'Demo', streetName: 'Market Street', streetNumber: '742', postalCode: '94103', city: 'San Francisco', state: 'CA', country: 'US' };
    expect(addressLines(us, 'United States')).toEqual(['Jamie Demo', '742 Market Street', 'San Francisco, CA 94103', 'United States']);
    const de = { firstName: 'Erika', lastName: 'Muster', streetName: 'Hauptstraße', streetNumber: '5', postalCode: '10115', city: 'Berlin', country: 'DE', phone: '+49 30 1234' };
    expect(addressLines(de, 'Deutschland')).toEqual(['Erika Muster', 'Hauptstraße 5', '10115 Berlin', 'Deutschland', '+49 30 1234']);
    const gb = { firstName: 'Jamie', lastName: 'Demo', streetName: 'Shoreditch High Street', streetNumber: '120', postalCode: 'E1 6JE', city: 'London', country: 'GB' };
    expect(addressLines(gb, 'United Kingdom')).toEqual(['Jamie Demo', '120 Shoreditch High Street', 'London', 'E1 6JE', 'United Kingdom']);
  });
});

describe('checkout steps', () => {
  it('resume at the first step the cart still needs', () => {
    const address = { firstName: 'A', lastName: 'B', streetName: 'S', postalCode: 'P', city: 'C', country: 'US' };
    expect(firstOpenStep({ email: null, shippingAddress: null, shippingMethod: null })).toBe('details');
    expect(firstOpenStep({ email: 'a@example.com', shippingAddress: null, shippingMethod: null })).toBe('details');
    expect(firstOpenStep({ email: 'a@example.com', shippingAddress: address, shippingMethod: null })).toBe('shipping');
    expect(firstOpenStep({ email: 'a@example.com', shippingAddress: address, shippingMethod: { id: 'x', name: 'Standard', price: { centAmount: 0, currencyCode: 'USD', fractionDigits: 2 } } })).toBe('review');
  });
});

describe('orders', () => {
  it('know the commercetools order states', () => {
    expect(knownOrderState('Open')).toBe('Open');
    expect(knownOrderState('cancelled')).toBe('Cancelled');
    expect(knownOrderState('Shipped')).toBeNull();
    expect(knownOrderState(null)).toBeNull();
  });

  it('format dates in the market language, in UTC', () => {
    expect(formatOrderDate('2026-01-05T23:30:00.000Z', 'en-US')).toBe('Jan 5, 2026');
    expect(formatOrderDate('2026-01-05T23:30:00.000Z', 'de-DE')).toBe('05.01.2026');
    expect(formatOrderDate('not a date', 'en-US')).toBe('');
    expect(formatOrderDate(null, 'en-US')).toBe('');
  });
});

describe('sign-up password rules', () => {
  it('are the API’s rules', () => {
    expect(passwordMessageKey('x'.repeat(PASSWORD_MIN_LENGTH - 1), 'a@example.com')).toBe('passwordTooShort');
    expect(passwordMessageKey('password123', 'a@example.com')).toBe('passwordTooCommon');
    expect(passwordMessageKey('someone@example.com', 'someone@example.com')).toBe('passwordMatchesEmail');
    expect(passwordMessageKey('correct horse battery staple', 'a@example.com')).toBeNull();
  });
});
