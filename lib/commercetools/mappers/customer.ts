// Customer and address mapping: commercetools shapes in, the app's own types out. Nothing beyond
// the profile the shopper entered leaves this file (no password hash, version, groups or stores).
import type { Address as CtAddress, Customer } from '@commercetools/platform-sdk';
import type { AccountAddress, AddressBook, CustomerProfile } from '@/lib/types';
import { toAddress } from './address';

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
