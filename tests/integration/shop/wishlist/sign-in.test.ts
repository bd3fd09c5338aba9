// The guest's wishlist on sign-in and sign-up (lib/shop/wishlist/merge.ts), and on sign-out,
// through the real auth Route Handlers against the local commercetools backend.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as loginRoute from '@/app/api/auth/login/route';
import * as logoutRoute from '@/app/api/auth/logout/route';
import * as signupRoute from '@/app/api/auth/signup/route';
import { MAX_WISHLIST_ITEMS } from '@/lib/shop/wishlist/limits';
import { STRONG_PASSWORD, createCustomer, uniqueEmail, unseal } from '../account/support';
import { Shopper, expectStatus, inStockSkus } from '../cart/support';
import { SKUS, createList, getWishlist, listGone, saveItem, storedList, variantOf } from './support';

const inStock = inStockSkus();
const signIn = (shopper: Shopper, body: unknown) => shopper.call(loginRoute.POST, '/api/auth/login', { method: 'POST', body });
const variantKeys = (lines: Array<{ productId: string; variantId?: number }>) => lines.map((l) => `${l.productId}/${l.variantId}`).sort();

async function guestWith(skus: string[]) {
  const shopper = new Shopper();
  let list;
  for (const sku of skus) list = await expectStatus(await saveItem(shopper, { sku }), 200);
  return { shopper, list };
}

describe('signing in with a guest wishlist', () => {
  it("merges it into the customer's list (each product variant once) and deletes the guest's list", async () => {
    const { email, password, customer } = await createCustomer();
    const own = await createList({ customerId: customer.id }, [inStock[1]!, inStock[2]!]);
    const guest = await guestWith([inStock[0]!, inStock[1]!]);

    await expectStatus(await signIn(guest.shopper, { email, password }), 200);
    const session = (await unseal(guest.shopper.cookie))!;
    expect(session.wishlistId).toBe(own.id);

    const merged = await storedList(own.id);
    const expected = await Promise.all([inStock[0]!, inStock[1]!, inStock[2]!].map(variantOf));
    expect(variantKeys(merged.lineItems)).toEqual(variantKeys(expected));
    expect(merged.lineItems.every((line) => line.quantity === 1)).toBe(true);
    expect(await listGone(guest.list.id)).toBe(true);

    const shown = await expectStatus(await getWishlist(guest.shopper), 200);
    expect(shown).toMatchObject({ id: own.id, itemCount: 3 });
  });

  it("makes the guest's list the customer's when they have none (no expiry any more)", async () => {
    const { email, password, customer } = await createCustomer();
    const guest = await guestWith([inStock[0]!]);
    await expectStatus(await signIn(guest.shopper, { email, password }), 200);

    expect((await unseal(guest.shopper.cookie))!.wishlistId).toBe(guest.list.id);
    const adopted = await storedList(guest.list.id);
    expect(adopted.customer?.id).toBe(customer.id);
    expect(adopted.deleteDaysAfterLastModification).toBeUndefined();
    // The guest session that knew it no longer owns it.
    const oldGuest = await Shopper.withSession({ anonymousId: adopted.anonymousId!, wishlistId: adopted.id });
    expect((await getWishlist(oldGuest)).status).toBe(404);
  });

  it('stops merging at the limit', async () => {
    const { email, password, customer } = await createCustomer();
    const own = await createList({ customerId: customer.id }, SKUS.slice(0, MAX_WISHLIST_ITEMS - 1));
    const guest = await guestWith([SKUS[MAX_WISHLIST_ITEMS]!, SKUS[MAX_WISHLIST_ITEMS + 1]!]);
    await expectStatus(await signIn(guest.shopper, { email, password }), 200);
    expect((await storedList(own.id)).lineItems).toHaveLength(MAX_WISHLIST_ITEMS);
  });

  it("leaves another guest's list alone: a session pointing at it brings nothing", async () => {
    const { email, password, customer } = await createCustomer();
    const victim = await guestWith([inStock[0]!]);
    const before = await storedList(victim.list.id);
    const attacker = await Shopper.withSession({ anonymousId: randomUUID(), wishlistId: victim.list.id });
    await expectStatus(await signIn(attacker, { email, password }), 200);

    const after = await storedList(victim.list.id);
    expect(after.version).toBe(before.version);
    expect(after.customer).toBeUndefined();
    expect((await unseal(attacker.cookie))!.wishlistId).toBeUndefined();
    expect((await expectStatus(await getWishlist(attacker), 200)).id).toBeNull();
    void customer;
  });

  it("brings the guest's list along on sign-up", async () => {
    const guest = await guestWith([inStock[0]!]);
    const body = { email: uniqueEmail('wish'), password: STRONG_PASSWORD, firstName: 'Wish', lastName: 'List' };
    const signedUp = await expectStatus(await guest.shopper.call(signupRoute.POST, '/api/auth/signup', { method: 'POST', body }), 201);
    expect((await unseal(guest.shopper.cookie))!.wishlistId).toBe(guest.list.id);
    expect((await storedList(guest.list.id)).customer?.id).toBe(signedUp.customer.id);
  });
});

describe('signing out', () => {
  it('forgets the wishlist: the signed-out session has none, the customer keeps theirs', async () => {
    const { email, password } = await createCustomer();
    const guest = await guestWith([inStock[0]!]);
    await expectStatus(await signIn(guest.shopper, { email, password }), 200);
    const response = await guest.shopper.call(logoutRoute.POST, '/api/auth/logout', { method: 'POST' });
    expect(response.status).toBe(204);
    expect((await unseal(guest.shopper.cookie))?.wishlistId).toBeUndefined();
    expect(await expectStatus(await getWishlist(guest.shopper), 200)).toMatchObject({ id: null, items: [] });
    expect((await storedList(guest.list.id)).lineItems).toHaveLength(1);
  });
});

describe('data rights', () => {
  it('the export lists the saved products; deleting the account deletes the wishlist', async () => {
    const exportRoute = await import('@/app/api/account/export/route');
    const deleteRoute = await import('@/app/api/account/delete/route');
    const { password, customer } = await createCustomer();
    const list = await createList({ customerId: customer.id }, [inStock[0]!]);
    const shopper = await Shopper.withSession({ customerId: customer.id, market: 'en-us' });

    const exported = await expectStatus(await shopper.call(exportRoute.GET, '/api/account/export'), 200);
    expect(exported.wishlist.map((item: { sku: string }) => item.sku)).toEqual([inStock[0]]);

    const deleted = await shopper.call(deleteRoute.POST, '/api/account/delete', { method: 'POST', body: { password } });
    expect(deleted.status).toBe(204);
    expect(await listGone(list.id)).toBe(true);
  });
});
