import 'server-only';
// The signed-in customer's address book. An address id that is not in the book is not_found,
// whoever's it is.
import { randomUUID } from 'node:crypto';
import type { Customer, CustomerUpdateAction } from '@commercetools/platform-sdk';
import { toAddress, toAddressDraft } from '@/lib/commercetools/mappers/address';
import { toAccountAddress, toAddressBook } from '@/lib/commercetools/mappers/customer';
import type { AccountAddress, Address, AddressBook } from '@/lib/types';
import { zodFieldErrors } from '@/lib/validation';
import type { Shopper } from '../context';
import { invalidInput, notFound, ShopError } from '../errors';
import { changeCustomer, currentCustomer } from './customer';
import { accountAddressSchema, OPTIONAL_ADDRESS_FIELDS, type AddressEdit, type NewAddress } from './schemas';

/** Plenty for a shopper; stops one account from growing without bound. */
export const MAX_ADDRESSES = 50;

export type AddressChange = { address: AccountAddress } & AddressBook;

function addressIn(customer: Customer, find: (a: Customer['addresses'][number]) => boolean): AccountAddress {
  const stored = customer.addresses.find(find);
  const view = stored ? toAccountAddress(stored) : null;
  if (!view) throw notFound();
  return view;
}

export async function readAddressBook(shopper: Shopper): Promise<AddressBook> {
  return toAddressBook(await currentCustomer(shopper));
}

export async function readAddress(shopper: Shopper, addressId: string): Promise<AccountAddress> {
  return addressIn(await currentCustomer(shopper), (a) => a.id === addressId);
}

/** Adds an address (and makes it a default in the same update). */
export async function addAddress(shopper: Shopper, input: NewAddress): Promise<AddressChange> {
  const { defaultShipping, defaultBilling, ...address } = input;
  // The key lets the same update name the new address (its id does not exist yet).
  const key = `addr-${randomUUID()}`;
  const customer = await changeCustomer(shopper, (stored) => {
    if (stored.addresses.length >= MAX_ADDRESSES) throw new ShopError('address_book_full', { max: MAX_ADDRESSES });
    const actions: CustomerUpdateAction[] = [{ action: 'addAddress', address: { ...toAddressDraft(address), key } }];
    if (defaultShipping) actions.push({ action: 'setDefaultShippingAddress', addressKey: key });
    if (defaultBilling) actions.push({ action: 'setDefaultBillingAddress', addressKey: key });
    return actions;
  });
  return { address: addressIn(customer, (a) => a.key === key), ...toAddressBook(customer) };
}

/** The stored address with the edit applied, validated as a whole (invalid_input if not). */
function mergedAddress(stored: Address, edit: Omit<AddressEdit, 'defaultShipping' | 'defaultBilling'>): Address {
  const merged: Record<string, unknown> = { ...stored };
  for (const [field, value] of Object.entries(edit)) {
    if (value === undefined) continue;
    if ((value === null || value === '') && (OPTIONAL_ADDRESS_FIELDS as readonly string[]).includes(field)) delete merged[field];
    else merged[field] = value;
  }
  const parsed = accountAddressSchema.safeParse(merged);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  return parsed.data;
}

/** Edits an address (fields not sent stay as they are) and/or moves the defaults. */
export async function editAddress(shopper: Shopper, addressId: string, edit: AddressEdit): Promise<AddressChange> {
  const { defaultShipping, defaultBilling, ...fields } = edit;
  const customer = await changeCustomer(shopper, (stored) => {
    const address = stored.addresses.find((a) => a.id === addressId);
    if (!address) return 'not_yours';
    const actions: CustomerUpdateAction[] = [];
    if (Object.values(fields).some((v) => v !== undefined)) {
      actions.push({ action: 'changeAddress', addressId, address: toAddressDraft(mergedAddress(toAddress(address), fields), address) });
    }
    const isShipping = stored.defaultShippingAddressId === addressId;
    const isBilling = stored.defaultBillingAddressId === addressId;
    if (defaultShipping === true && !isShipping) actions.push({ action: 'setDefaultShippingAddress', addressId });
    // No longer the default: commercetools unsets a default by removing the address from the
    // shipping (billing) addresses; the address itself stays in the book.
    if (defaultShipping === false && isShipping) actions.push({ action: 'removeShippingAddressId', addressId });
    if (defaultBilling === true && !isBilling) actions.push({ action: 'setDefaultBillingAddress', addressId });
    if (defaultBilling === false && isBilling) actions.push({ action: 'removeBillingAddressId', addressId });
    return actions;
  });
  return { address: addressIn(customer, (a) => a.id === addressId), ...toAddressBook(customer) };
}

/** Removes an address (a default it was is cleared). */
export async function removeAddress(shopper: Shopper, addressId: string): Promise<AddressBook> {
  const customer = await changeCustomer(shopper, (stored) =>
    stored.addresses.some((a) => a.id === addressId) ? [{ action: 'removeAddress', addressId }] : 'not_yours',
  );
  return toAddressBook(customer);
}
