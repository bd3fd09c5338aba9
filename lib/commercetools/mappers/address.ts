// Addresses, both ways: the app's one Address shape (lib/types.ts) from any commercetools address
// (cart, order, address book), and the commercetools draft for a validated one.
import type { BaseAddress } from '@commercetools/platform-sdk';
import type { Address } from '@/lib/types';

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

/** A cart's or order's address, or null when it has none. */
export function reshapeAddress(address: BaseAddress | undefined): Address | null {
  return address ? toAddress(address) : null;
}
