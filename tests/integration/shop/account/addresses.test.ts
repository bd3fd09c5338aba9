// The address book under /api/account/addresses: add, edit, delete, defaults; own addresses only.
import { describe, expect, it } from 'vitest';
import { MAX_ADDRESSES } from '@/lib/shop/account/addresses';
import * as addressRoute from '@/app/api/account/addresses/[id]/route';
import * as addressesRoute from '@/app/api/account/addresses/route';
import { ctApi } from '@/lib/commercetools/client';
import { apiRequest, routeContext } from '../../../harness/requests';
import { cookieFor, createCustomer, without } from './support';

const HOME = { firstName: 'Casey', lastName: 'Tester', streetName: 'Market Street', streetNumber: '1', postalCode: '94103', city: 'San Francisco', state: 'CA', country: 'US', phone: '+1 415 555 0100' };
const OFFICE = { firstName: 'Casey', lastName: 'Tester', streetName: 'Unter den Linden', streetNumber: '5', postalCode: '10117', city: 'Berlin', country: 'DE' };

async function signedIn() {
  const created = await createCustomer();
  return { ...created, cookie: await cookieFor({ customerId: created.customer.id }) };
}

const list = (cookie: string) => addressesRoute.GET(apiRequest('/api/account/addresses', { cookie }), routeContext());
const add = (cookie: string, body: unknown) => addressesRoute.POST(apiRequest('/api/account/addresses', { method: 'POST', body, cookie }), routeContext());
const get = (cookie: string, id: string) => addressRoute.GET(apiRequest(`/api/account/addresses/${id}`, { cookie }), routeContext({ id }));
const edit = (cookie: string, id: string, body: unknown) =>
  addressRoute.PATCH(apiRequest(`/api/account/addresses/${id}`, { method: 'PATCH', body, cookie }), routeContext({ id }));
const remove = (cookie: string, id: string) => addressRoute.DELETE(apiRequest(`/api/account/addresses/${id}`, { method: 'DELETE', cookie }), routeContext({ id }));

async function stored(customerId: string) {
  return (await ctApi().customers().withId({ ID: customerId }).get().execute()).body;
}

describe('address book', () => {
  it('adds addresses (201), optionally as the default shipping or billing address, and lists them', async () => {
    const { cookie, customer } = await signedIn();
    const first = await add(cookie, { ...HOME, defaultShipping: true });
    expect(first.status).toBe(201);
    const firstBody = await first.json();
    expect(firstBody.address).toEqual({ id: expect.any(String), ...HOME });
    expect(firstBody).toMatchObject({ defaultShippingAddressId: firstBody.address.id, defaultBillingAddressId: null });

    const second = await (await add(cookie, { ...OFFICE, defaultShipping: false, defaultBilling: true })).json();
    expect(second).toMatchObject({ defaultShippingAddressId: firstBody.address.id, defaultBillingAddressId: second.address.id });

    const book = await (await list(cookie)).json();
    expect(book).toEqual({
      addresses: [firstBody.address, second.address],
      defaultShippingAddressId: firstBody.address.id,
      defaultBillingAddressId: second.address.id,
    });
    expect(await (await get(cookie, second.address.id)).json()).toEqual(second.address);
    const customerNow = await stored(customer.id);
    expect(customerNow.defaultShippingAddressId).toBe(firstBody.address.id);
    expect(customerNow.defaultBillingAddressId).toBe(second.address.id);
  });

  it('edits an address: only the fields sent change, null or "" removes an optional field', async () => {
    const { cookie, customer } = await signedIn();
    const { address } = await (await add(cookie, HOME)).json();
    const response = await edit(cookie, address.id, { city: 'Oakland', postalCode: '94607', phone: null, streetNumber: '' });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.address).toEqual({ ...without(HOME, 'phone', 'streetNumber'), id: address.id, city: 'Oakland', postalCode: '94607' });
    const kept = (await stored(customer.id)).addresses.find((a) => a.id === address.id)!;
    expect(kept).toMatchObject({ city: 'Oakland', streetName: 'Market Street', state: 'CA' });
    expect(kept.phone).toBeUndefined();
    expect(kept.streetNumber).toBeUndefined();
  });

  it('keeps what it does not edit on the stored address (key, fields set elsewhere)', async () => {
    const { cookie, customer } = await signedIn();
    const updated = await ctApi()
      .customers()
      .withId({ ID: customer.id })
      .post({ body: { version: customer.version, actions: [{ action: 'addAddress', address: { ...OFFICE, key: 'hq', company: 'Acme GmbH', building: 'B' } }] } })
      .execute();
    const id = updated.body.addresses[0]!.id!;
    expect((await edit(cookie, id, { city: 'Potsdam' })).status).toBe(200);
    expect((await stored(customer.id)).addresses[0]).toMatchObject({ id, key: 'hq', company: 'Acme GmbH', building: 'B', city: 'Potsdam' });
  });

  it('moves and clears the defaults', async () => {
    const { cookie } = await signedIn();
    const home = (await (await add(cookie, { ...HOME, defaultShipping: true, defaultBilling: true })).json()).address;
    const office = (await (await add(cookie, OFFICE)).json()).address;

    let book = await (await edit(cookie, office.id, { defaultShipping: true })).json();
    expect(book).toMatchObject({ defaultShippingAddressId: office.id, defaultBillingAddressId: home.id });

    book = await (await edit(cookie, home.id, { defaultBilling: false })).json();
    expect(book).toMatchObject({ defaultShippingAddressId: office.id, defaultBillingAddressId: null });
    expect(book.addresses.map((a: { id: string }) => a.id)).toEqual([home.id, office.id]);

    // `false` on an address that is not the default changes nothing.
    book = await (await edit(cookie, home.id, { defaultShipping: false })).json();
    expect(book.defaultShippingAddressId).toBe(office.id);
  });

  it('deletes an address; a default it was is cleared', async () => {
    const { cookie } = await signedIn();
    const home = (await (await add(cookie, { ...HOME, defaultShipping: true })).json()).address;
    const office = (await (await add(cookie, OFFICE)).json()).address;
    const response = await remove(cookie, home.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ addresses: [office], defaultShippingAddressId: null, defaultBillingAddressId: null });
    expect((await get(cookie, home.id)).status).toBe(404);
    expect((await remove(cookie, home.id)).status).toBe(404);
  });

  it("answers 404 for another customer's address and leaves it untouched", async () => {
    const owner = await signedIn();
    const other = await signedIn();
    const theirs = (await (await add(owner.cookie, { ...HOME, defaultShipping: true })).json()).address;
    const before = await stored(owner.customer.id);

    for (const response of [
      await get(other.cookie, theirs.id),
      await edit(other.cookie, theirs.id, { city: 'Hijacked' }),
      await edit(other.cookie, theirs.id, { defaultShipping: true }),
      await remove(other.cookie, theirs.id),
    ]) {
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe('not_found');
    }
    const after = await stored(owner.customer.id);
    expect(after.version).toBe(before.version);
    expect(after.addresses).toEqual(before.addresses);
    expect((await stored(other.customer.id)).addresses).toEqual([]);
  });

  it(`holds at most ${MAX_ADDRESSES} addresses (422 beyond)`, async () => {
    const { cookie, customer } = await signedIn();
    await ctApi()
      .customers()
      .withId({ ID: customer.id })
      .post({
        body: {
          version: customer.version,
          actions: Array.from({ length: MAX_ADDRESSES }, () => ({ action: 'addAddress' as const, address: OFFICE })),
        },
      })
      .execute();
    const response = await add(cookie, HOME);
    expect(response.status).toBe(422);
    expect((await stored(customer.id)).addresses).toHaveLength(MAX_ADDRESSES);
  });

  it('answers 404 for an id that exists nowhere', async () => {
    const { cookie } = await signedIn();
    expect((await get(cookie, 'no-such-address')).status).toBe(404);
    expect((await edit(cookie, 'no-such-address', { city: 'X' })).status).toBe(404);
  });

  it.each([
    ['an unknown key', { ...HOME, id: 'chosen-id' }],
    ['a missing required field', without(HOME, 'city')],
    ['a made-up country', { ...HOME, country: 'XX' }],
    ['a region that is not a country', { ...HOME, country: 'EU' }],
    ['a default flag that is not a boolean', { ...HOME, defaultShipping: 'yes' }],
  ])('refuses to add an address with %s (400)', async (_label, body) => {
    const { cookie, customer } = await signedIn();
    const response = await add(cookie, body);
    expect(response.status).toBe(400);
    expect((await stored(customer.id)).addresses).toEqual([]);
  });

  it.each([
    ['an empty edit', {}],
    ['blanking a required field', { firstName: '' }],
    ['removing a required field', { city: null }],
    ['an unknown key', { customerId: 'x' }],
  ])('refuses %s (400)', async (_label, body) => {
    const { cookie } = await signedIn();
    const { address } = await (await add(cookie, HOME)).json();
    const response = await edit(cookie, address.id, body);
    expect(response.status).toBe(400);
    expect(await (await get(cookie, address.id)).json()).toEqual(address);
  });
});
