// Address form state and the request body made from it. The country is never the shopper's input:
// it is the market's.
import type { Address } from '@/lib/types';

export type AddressInput = {
  firstName: string;
  lastName: string;
  streetName: string;
  streetNumber: string;
  postalCode: string;
  city: string;
  state: string;
  phone: string;
};

export const EMPTY_ADDRESS: AddressInput = {
  firstName: '',
  lastName: '',
  streetName: '',
  streetNumber: '',
  postalCode: '',
  city: '',
  state: '',
  phone: '',
};

export function addressInputOf(address: Address | null | undefined): AddressInput {
  if (!address) return { ...EMPTY_ADDRESS };
  return {
    firstName: address.firstName,
    lastName: address.lastName,
    streetName: address.streetName,
    streetNumber: address.streetNumber ?? '',
    postalCode: address.postalCode,
    city: address.city,
    state: address.state ?? '',
    phone: address.phone ?? '',
  };
}

/** The API body: trimmed values, optional fields left out when empty, the market's country. */
export function addressBody(input: AddressInput, country: string): Address {
  const value = (text: string) => text.trim();
  const optional = (text: string) => (text.trim() ? text.trim() : undefined);
  const body: Address = {
    firstName: value(input.firstName),
    lastName: value(input.lastName),
    streetName: value(input.streetName),
    postalCode: value(input.postalCode),
    city: value(input.city),
    country,
  };
  const streetNumber = optional(input.streetNumber);
  const state = optional(input.state);
  const phone = optional(input.phone);
  if (streetNumber) body.streetNumber = streetNumber;
  if (state) body.state = state;
  if (phone) body.phone = phone;
  return body;
}

const REQUIRED: Array<keyof AddressInput> = ['firstName', 'lastName', 'streetName', 'postalCode', 'city'];

/** Required fields left empty (checked before sending; the server checks everything again). */
export function missingAddressFields(input: AddressInput): Array<keyof AddressInput> {
  return REQUIRED.filter((name) => input[name].trim() === '');
}

/** True when the address is empty (nothing typed yet). */
export function isBlankAddress(input: AddressInput): boolean {
  return Object.values(input).every((v) => v.trim() === '');
}

/**
 * An address as lines, in the country's usual order: `742 Market Street` / `San Francisco, CA 94103`
 * (US), `120 Shoreditch High Street` / `London` / `E1 6JE` (GB), `Hauptstraße 5` / `10115 Berlin` (DE).
 */
export function addressLines(address: Address, countryLabel: string): string[] {
  const name = `${address.firstName} ${address.lastName}`.trim();
  const numberFirst = address.country !== 'DE';
  const street = (numberFirst ? [address.streetNumber, address.streetName] : [address.streetName, address.streetNumber]).filter(Boolean).join(' ');
  let place: string[];
  if (address.country === 'US') {
    place = [[address.city, [address.state, address.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')];
  } else if (address.country === 'GB') {
    place = [address.city, address.state ?? '', address.postalCode];
  } else {
    place = [[address.postalCode, address.city].filter(Boolean).join(' '), address.state ?? ''];
  }
  return [name, street, ...place, countryLabel, address.phone ?? ''].filter((line) => line.trim() !== '');
}
