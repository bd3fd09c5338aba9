// Customer and address mapping: commercetools shapes in, the app's own types out. Nothing beyond
// the profile the shopper entered leaves this file (no password hash, version, groups or stores).
import type { Address as CtAddress, BaseAddress, Customer } from '@commercetools/platform-sdk';
import type { AccountAddress, Address, AddressBook, CustomerProfile } from '@/lib/types';

const OPTIONAL_FIELDS = ['streetNumber', 'state', 'phone'] as const;

export function toAddress(address: BaseAddress): Address {
  const mapped: Address = {
    firstName: address.firstName ?? '',
    lastName: address.lastName ?? '',
    streetName: address.streetName ?? '',
    postalCode: address.postalCode ?? '',
    city: address.city ?? '',
    country: address.country,
  };
  for (const field of OPTIONAL_FIELDS) {
    const value = address[field];
    if (value) mapped[field] = value;
  }
  return mapped;
}

export function toAccountAddress(address: CtAddress): AccountAddress | null {
  return address.id ? { id: address.id, ...toAddress(address) } : null;
}

export function toAddressBook(customer: Customer): AddressBook {
  const addresses = customer.addresses.map(toAccountAddress).filter((a): a is AccountAddress => a !== null);
  const has = (id: string | undefined) => (id && addresses.some((a) => a.id === id) ? id : null);
  return {
    addresses,
    defaultShippingAddressId: has(customer.defaultShippingAddressId),
    defaultBillingAddressId: has(customer.defaultBillingAddressId),
  };
}

export function toCustomerProfile(customer: Customer): CustomerProfile {
  return {
    id: customer.id,
    email: customer.email,
    firstName: customer.firstName ?? null,
    lastName: customer.lastName ?? null,
    ...toAddressBook(customer),
  };
}

/**
 * The commercetools draft for an address: the shopper's fields on top of what the stored address
 * already holds (key, custom fields, fields this app does not edit), so an edit never drops them.
 * `undefined` in `address` removes an optional field.
 */
export function toAddressDraft(address: Address, base: BaseAddress | undefined = undefined): BaseAddress {
  const { id: _id, ...kept } = (base ?? {}) as BaseAddress & { id?: string };
  void _id;
  const draft: Record<string, unknown> = {
    ...kept,
    firstName: address.firstName,
    lastName: address.lastName,
    streetName: address.streetName,
    postalCode: address.postalCode,
    city: address.city,
    country: address.country,
  };
  for (const field of OPTIONAL_FIELDS) {
    if (address[field] === undefined) delete draft[field];
    else draft[field] = address[field];
  }
  return draft as unknown as BaseAddress;
}
