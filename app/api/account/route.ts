import { z } from 'zod';
import type { CustomerUpdateAction } from '@commercetools/platform-sdk';
import { updateCustomer } from '@/lib/commercetools/customer';
import { toCustomerProfile } from '@/lib/commercetools/mappers/customer';
import { requireCustomer } from '@/lib/http/auth';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { currentCustomer, updatedOrThrow } from './_shared';

const name = z.string().trim().min(1).max(100);
const patchBody = z
  .object({ firstName: name.optional(), lastName: name.optional() })
  .strict()
  .refine((b) => b.firstName !== undefined || b.lastName !== undefined, 'name at least one of firstName, lastName');

// GET /api/account: the signed-in customer's profile and address book (401 when not signed in).
// PATCH /api/account {firstName?, lastName?}: changes the name; answers the profile.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({
    handle: async ({ session }) => json(toCustomerProfile(await currentCustomer(session))),
  }),
  PATCH: endpoint({
    body: patchBody,
    handle: async ({ body, session }) => {
      const { customerId } = await requireCustomer(session);
      const result = await updateCustomer(customerId, (customer) => {
        const actions: CustomerUpdateAction[] = [];
        if (body.firstName !== undefined && body.firstName !== customer.firstName) {
          actions.push({ action: 'setFirstName', firstName: body.firstName });
        }
        if (body.lastName !== undefined && body.lastName !== customer.lastName) {
          actions.push({ action: 'setLastName', lastName: body.lastName });
        }
        return actions;
      });
      return json(toCustomerProfile(await updatedOrThrow(session, result)));
    },
  }),
});
