import { defineRoute, endpoint, json } from '@/lib/http/route';
import { editProfile, readProfile } from '@/lib/shop/account/profile';
import { profileEditBody } from '@/lib/shop/account/schemas';

// GET /api/account: the signed-in customer's profile and address book (401 when not signed in).
// PATCH /api/account {firstName?, lastName?}: changes the name; answers the profile.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({ handle: async ({ shopper }) => json(await readProfile(shopper)) }),
  PATCH: endpoint({ body: profileEditBody, handle: async ({ body, shopper }) => json(await editProfile(shopper, body)) }),
});
