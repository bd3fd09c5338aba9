// What a signed-in shopper's account offers the checkout: their email, the default addresses of
// this market for empty fields, and their address book's addresses in this market to pick from
// (a cart ships within its market's country). Guests get nothing.
import * as shopApi from '@/lib/api-client';
import type { AccountAddress } from '@/lib/types';
import { addressInputOf, type AddressInput } from '../address/address-input';

export type AccountPrefill = { email?: string; shipping?: AddressInput; billing?: AddressInput; addresses: AccountAddress[] };

export async function accountPrefill(country: string): Promise<AccountPrefill> {
  const session = await shopApi.getSession();
  if (!session.ok || !session.body.customer) return { addresses: [] };
  const account = await shopApi.getAccount();
  if (!account.ok) return { addresses: [] };
  const book = account.body;
  const inMarket = book.addresses.filter((a) => a.country === country);
  const shipping = inMarket.find((a) => a.id === book.defaultShippingAddressId) ?? inMarket[0];
  const billing = inMarket.find((a) => a.id === book.defaultBillingAddressId);
  return {
    ...(book.email ? { email: book.email } : {}),
    ...(shipping ? { shipping: addressInputOf(shipping) } : {}),
    // A billing address only when it is another one than the shipping address.
    ...(billing && shipping && billing.id !== shipping.id ? { billing: addressInputOf(billing) } : {}),
    addresses: inMarket,
  };
}
