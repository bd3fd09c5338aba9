import { z } from 'zod';
import type { CustomerUpdateAction } from '@commercetools/platform-sdk';
import { updateCustomer } from '@/lib/commercetools/customer';
import { toAccountAddress, toAddress, toAddressBook, toAddressDraft } from '@/lib/commercetools/mappers/customer';
import { fieldErrors } from '@/lib/http/body';
import { requireCustomer } from '@/lib/http/auth';
import { AppError } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import type { Address } from '@/lib/types';
import { addressSchema, addressShape, currentCustomer, defaultFlags, OPTIONAL_ADDRESS_FIELDS, updatedOrThrow } from '../../_shared';

/** An optional field in an edit: a value sets it, null or "" removes it, absent leaves it. */
const clearable = <S extends z.ZodType>(field: S) => z.union([z.null(), z.literal(''), field]).optional();

const patchBody = z
  .object({
    firstName: addressShape.firstName.optional(),
    lastName: addressShape.lastName.optional(),
    streetName: addressShape.streetName.optional(),
    streetNumber: clearable(addressShape.streetNumber),
    postalCode: addressShape.postalCode.optional(),
    city: addressShape.city.optional(),
    state: clearable(addressShape.state),
    country: addressShape.country.optional(),
    phone: clearable(addressShape.phone),
    ...defaultFlags,
  })
  .strict()
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'name at least one field to change');

type PatchBody = z.infer<typeof patchBody>;

/** The stored address with the edit applied, validated as a whole (400 with fields if not). */
function mergedAddress(stored: Address, patch: Omit<PatchBody, 'defaultShipping' | 'defaultBilling'>): Address {
  const merged: Record<string, unknown> = { ...stored };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if ((value === null || value === '') && (OPTIONAL_ADDRESS_FIELDS as readonly string[]).includes(field)) delete merged[field];
    else merged[field] = value;
  }
  const parsed = addressSchema.safeParse(merged);
  if (!parsed.success) throw new AppError('validation_failed', { fields: fieldErrors(parsed.error) });
  return parsed.data;
}

// GET /api/account/addresses/{id}: one of the customer's own addresses.
// PATCH /api/account/addresses/{id} {address fields?, defaultShipping?, defaultBilling?}: edits it
// (fields not sent stay as they are) and/or moves the defaults; `{address, ...address book}`.
// DELETE /api/account/addresses/{id}: removes it (a default it was is cleared); the address book.
// An id that is not in the signed-in customer's address book is 404, whoever's it is.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({
    handle: async ({ session, params }) => {
      const customer = await currentCustomer(session);
      const stored = customer.addresses.find((a) => a.id === params.id);
      const view = stored ? toAccountAddress(stored) : null;
      if (!view) throw new AppError('not_found');
      return json(view);
    },
  }),
  PATCH: endpoint({
    body: patchBody,
    handle: async ({ body, session, params }) => {
      const { customerId } = await requireCustomer(session);
      const addressId = params.id ?? '';
      const { defaultShipping, defaultBilling, ...fields } = body;
      const result = await updateCustomer(customerId, (customer) => {
        const stored = customer.addresses.find((a) => a.id === addressId);
        if (!stored) return 'not_yours';
        const actions: CustomerUpdateAction[] = [];
        if (Object.values(fields).some((v) => v !== undefined)) {
          const address = mergedAddress(toAddress(stored), fields);
          actions.push({ action: 'changeAddress', addressId, address: toAddressDraft(address, stored) });
        }
        const isShipping = customer.defaultShippingAddressId === addressId;
        const isBilling = customer.defaultBillingAddressId === addressId;
        if (defaultShipping === true && !isShipping) actions.push({ action: 'setDefaultShippingAddress', addressId });
        // No longer the default: commercetools unsets a default by removing the address from the
        // shipping (billing) addresses; the address itself stays in the book.
        if (defaultShipping === false && isShipping) actions.push({ action: 'removeShippingAddressId', addressId });
        if (defaultBilling === true && !isBilling) actions.push({ action: 'setDefaultBillingAddress', addressId });
        if (defaultBilling === false && isBilling) actions.push({ action: 'removeBillingAddressId', addressId });
        return actions;
      });
      const customer = await updatedOrThrow(session, result);
      const stored = customer.addresses.find((a) => a.id === addressId);
      const view = stored ? toAccountAddress(stored) : null;
      if (!view) throw new AppError('not_found');
      return json({ address: view, ...toAddressBook(customer) });
    },
  }),
  DELETE: endpoint({
    handle: async ({ session, params }) => {
      const { customerId } = await requireCustomer(session);
      const addressId = params.id ?? '';
      const result = await updateCustomer(customerId, (customer) =>
        customer.addresses.some((a) => a.id === addressId) ? [{ action: 'removeAddress', addressId }] : 'not_yours',
      );
      return json(toAddressBook(await updatedOrThrow(session, result)));
    },
  }),
});
