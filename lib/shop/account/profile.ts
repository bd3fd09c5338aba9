import 'server-only';
// The account profile: name, email and address book of the signed-in customer.
import type { CustomerUpdateAction } from '@commercetools/platform-sdk';
import { toCustomerProfile } from '@/lib/commercetools/mappers/customer';
import type { CustomerProfile } from '@/lib/types';
import type { Shopper } from '../context';
import { changeCustomer, currentCustomer } from './customer';
import type { ProfileEdit } from './schemas';

export async function readProfile(shopper: Shopper): Promise<CustomerProfile> {
  return toCustomerProfile(await currentCustomer(shopper));
}

/** Changes the name; fields not sent (or unchanged) are not written. */
export async function editProfile(shopper: Shopper, edit: ProfileEdit): Promise<CustomerProfile> {
  const customer = await changeCustomer(shopper, (stored) => {
    const actions: CustomerUpdateAction[] = [];
    if (edit.firstName !== undefined && edit.firstName !== stored.firstName) actions.push({ action: 'setFirstName', firstName: edit.firstName });
    if (edit.lastName !== undefined && edit.lastName !== stored.lastName) actions.push({ action: 'setLastName', lastName: edit.lastName });
    return actions;
  });
  return toCustomerProfile(customer);
}
