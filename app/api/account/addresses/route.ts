import { defineRoute, endpoint, json } from '@/lib/http/route';
import { addAddress, readAddressBook } from '@/lib/shop/account/addresses';
import { newAddressBody } from '@/lib/shop/account/schemas';

// GET /api/account/addresses: the address book `{addresses, defaultShippingAddressId,
// defaultBillingAddressId}`.
// POST /api/account/addresses {address fields, defaultShipping?, defaultBilling?}: adds an address
// (and makes it a default in the same update); 201 `{address, ...address book}`.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({ handle: async ({ shopper }) => json(await readAddressBook(shopper)) }),
  POST: endpoint({ body: newAddressBody, handle: async ({ body, shopper }) => json(await addAddress(shopper, body), { status: 201 }) }),
});
