import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { CustomerUpdateAction } from '@commercetools/platform-sdk';
import { updateCustomer } from '@/lib/commercetools/customer';
import { toAccountAddress, toAddressBook, toAddressDraft } from '@/lib/commercetools/mappers/customer';
import { requireCustomer } from '@/lib/http/auth';
import { AppError } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { addressShape, currentCustomer, defaultFlags, updatedOrThrow } from '../_shared';

/** Plenty for a shopper; stops one account from growing without bound. */
export const MAX_ADDRESSES = 50;

const postBody = z.object({ ...addressShape, ...defaultFlags }).strict();

// GET /api/account/addresses: the address book `{addresses, defaultShippingAddressId,
// defaultBillingAddressId}`.
// POST /api/account/addresses {address fields, defaultShipping?, defaultBilling?}: adds an address
// (and makes it a default in the same update); 201 `{address, ...address book}`.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({
    handle: async ({ session }) => json(toAddressBook(await currentCustomer(session))),
  }),
  POST: endpoint({
    body: postBody,
    handle: async ({ body, session }) => {
      const { customerId } = await requireCustomer(session);
      const { defaultShipping, defaultBilling, ...address } = body;
      // The key lets the same update name the new address (its id does not exist yet).
      const key = `addr-${randomUUID()}`;
      const result = await updateCustomer(customerId, (customer) => {
        if (customer.addresses.length >= MAX_ADDRESSES) {
          throw new AppError('business_rule', { message: `An address book holds at most ${MAX_ADDRESSES} addresses.` });
        }
        const actions: CustomerUpdateAction[] = [{ action: 'addAddress', address: { ...toAddressDraft(address), key } }];
        if (defaultShipping) actions.push({ action: 'setDefaultShippingAddress', addressKey: key });
        if (defaultBilling) actions.push({ action: 'setDefaultBillingAddress', addressKey: key });
        return actions;
      });
      const customer = await updatedOrThrow(session, result);
      const added = customer.addresses.find((a) => a.key === key);
      const view = added ? toAccountAddress(added) : null;
      if (!view) throw new AppError('internal_error');
      return json({ address: view, ...toAddressBook(customer) }, { status: 201 });
    },
  }),
});
