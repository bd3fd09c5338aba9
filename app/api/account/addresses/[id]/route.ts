import { defineRoute, endpoint, json } from '@/lib/http/route';
import { editAddress, readAddress, removeAddress } from '@/lib/shop/account/addresses';
import { addressEditBody } from '@/lib/shop/account/schemas';

// GET /api/account/addresses/{id}: one of the customer's own addresses.
// PATCH /api/account/addresses/{id} {address fields?, defaultShipping?, defaultBilling?}: edits it
// (fields not sent stay as they are) and/or moves the defaults; `{address, ...address book}`.
// DELETE /api/account/addresses/{id}: removes it (a default it was is cleared); the address book.
// An id that is not in the signed-in customer's address book is 404, whoever's it is.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({ handle: async ({ shopper, params }) => json(await readAddress(shopper, params.id ?? '')) }),
  PATCH: endpoint({
    body: addressEditBody,
    handle: async ({ body, shopper, params }) => json(await editAddress(shopper, params.id ?? '', body)),
  }),
  DELETE: endpoint({ handle: async ({ shopper, params }) => json(await removeAddress(shopper, params.id ?? '')) }),
});
