// GET/PATCH /api/account: the signed-in customer's own profile; 401 for everyone else.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as accountRoute from '@/app/api/account/route';
import * as addressRoute from '@/app/api/account/addresses/[id]/route';
import * as addressesRoute from '@/app/api/account/addresses/route';
import { ctApi } from '@/lib/commercetools/client';
import { apiRequest, routeContext, sessionCookie } from '../../../harness/requests';
import { cookieFor, createCustomer, guestCookie, unseal } from './support';

const ctx = routeContext();

async function signedInCustomer() {
  const created = await createCustomer();
  return { ...created, cookie: await cookieFor({ customerId: created.customer.id, market: 'en-gb' }) };
}

describe('account endpoints without a signed-in customer', () => {
  const calls: Array<[string, (cookie?: string) => Promise<Response>]> = [
    ['GET /api/account', (cookie) => accountRoute.GET(apiRequest('/api/account', { cookie }), ctx)],
    ['PATCH /api/account', (cookie) => accountRoute.PATCH(apiRequest('/api/account', { method: 'PATCH', body: { firstName: 'X' }, cookie }), ctx)],
    ['GET /api/account/addresses', (cookie) => addressesRoute.GET(apiRequest('/api/account/addresses', { cookie }), ctx)],
    [
      'POST /api/account/addresses',
      (cookie) =>
        addressesRoute.POST(
          apiRequest('/api/account/addresses', {
            method: 'POST',
            body: { firstName: 'A', lastName: 'B', streetName: 'C', postalCode: '1', city: 'D', country: 'US' },
            cookie,
          }),
          ctx,
        ),
    ],
    ['GET /api/account/addresses/{id}', (cookie) => addressRoute.GET(apiRequest('/api/account/addresses/abc', { cookie }), routeContext({ id: 'abc' }))],
    [
      'PATCH /api/account/addresses/{id}',
      (cookie) => addressRoute.PATCH(apiRequest('/api/account/addresses/abc', { method: 'PATCH', body: { city: 'X' }, cookie }), routeContext({ id: 'abc' })),
    ],
    ['DELETE /api/account/addresses/{id}', (cookie) => addressRoute.DELETE(apiRequest('/api/account/addresses/abc', { method: 'DELETE', cookie }), routeContext({ id: 'abc' }))],
  ];

  it.each(calls)('%s answers 401 without a session and for a guest session', async (_label, call) => {
    for (const cookie of [undefined, (await guestCookie()).cookie]) {
      const response = await call(cookie);
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe('unauthenticated');
    }
  });
});

describe('GET /api/account', () => {
  it("answers the customer's own profile and nothing more", async () => {
    const { email, customer, cookie } = await signedInCustomer();
    const response = await accountRoute.GET(apiRequest('/api/account', { cookie }), ctx);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      id: customer.id,
      email,
      firstName: 'Casey',
      lastName: 'Tester',
      addresses: [],
      defaultShippingAddressId: null,
      defaultBillingAddressId: null,
    });
  });

  it('treats a session whose customer no longer exists as signed out (401) and replaces it', async () => {
    const { customer, cookie } = await signedInCustomer();
    await ctApi().customers().withId({ ID: customer.id }).delete({ queryArgs: { version: customer.version } }).execute();
    const response = await accountRoute.GET(apiRequest('/api/account', { cookie }), ctx);
    expect(response.status).toBe(401);
    const replaced = await unseal(sessionCookie(response));
    expect(replaced).toEqual({ sid: replaced!.sid, market: 'en-gb', exp: expect.any(Number) });
  });
});

describe('PATCH /api/account', () => {
  it('changes the name and answers the profile', async () => {
    const { customer, cookie } = await signedInCustomer();
    const response = await accountRoute.PATCH(apiRequest('/api/account', { method: 'PATCH', body: { firstName: '  Alex ', lastName: 'Renamed' }, cookie }), ctx);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: customer.id, firstName: 'Alex', lastName: 'Renamed' });
    const stored = (await ctApi().customers().withId({ ID: customer.id }).get().execute()).body;
    expect(stored).toMatchObject({ firstName: 'Alex', lastName: 'Renamed' });
  });

  it('writes nothing when nothing changes', async () => {
    const { customer, cookie } = await signedInCustomer();
    const response = await accountRoute.PATCH(apiRequest('/api/account', { method: 'PATCH', body: { firstName: 'Casey' }, cookie }), ctx);
    expect(response.status).toBe(200);
    expect((await ctApi().customers().withId({ ID: customer.id }).get().execute()).body.version).toBe(customer.version);
  });

  it.each([
    ['an empty body', {}],
    ['an email change', { email: `${randomUUID()}@example.com` }],
    ['a customer id', { id: 'someone-else', firstName: 'X' }],
    ['a blank name', { lastName: '  ' }],
  ])('refuses %s with 400', async (_label, body) => {
    const { customer, cookie } = await signedInCustomer();
    const response = await accountRoute.PATCH(apiRequest('/api/account', { method: 'PATCH', body, cookie }), ctx);
    expect(response.status).toBe(400);
    expect((await ctApi().customers().withId({ ID: customer.id }).get().execute()).body.version).toBe(customer.version);
  });
});
