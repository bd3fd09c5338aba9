// Data subject rights through the real Route Handlers: a signed-in customer downloads everything
// the shop holds about them, and deletes the account with their password (every session ends,
// the orders stay but no login reaches them).
import { describe, expect, it } from 'vitest';
import * as deleteRoute from '@/app/api/account/delete/route';
import * as exportRoute from '@/app/api/account/export/route';
import * as accountRoute from '@/app/api/account/route';
import * as loginRoute from '@/app/api/auth/login/route';
import { ctApi } from '@/lib/commercetools/client';
import { RATE_LIMITS } from '@/lib/security/rate-limit';
import { apiRequest, routeContext, sessionCookie } from '../../../harness/requests';
import { expectStatus, Shopper } from '../cart/support';
import { DETAILS, placeOrder, readyShopper, skus } from '../checkout/support';
import { createCustomer, uniqueIp } from './support';

process.env.PAYMENT_PROVIDER = 'test';
const ctx = routeContext();

async function signedInCustomer() {
  const created = await createCustomer();
  const response = await loginRoute.POST(
    apiRequest('/api/auth/login', { method: 'POST', body: { email: created.email, password: created.password }, headers: { 'x-forwarded-for': uniqueIp() } }),
    ctx,
  );
  expect(response.status).toBe(200);
  return { ...created, shopper: new Shopper(sessionCookie(response)) };
}

const exportData = (shopper: Shopper) => shopper.call(exportRoute.GET, '/api/account/export');
const deleteAccount = (shopper: Shopper, password: string) => shopper.call(deleteRoute.POST, '/api/account/delete', { method: 'POST', body: { password } });

describe('GET /api/account/export', () => {
  it('answers the profile, the address book and every order as a JSON download', async () => {
    const { shopper, email } = await signedInCustomer();
    await readyShopper([[skus[0]!, 2]], shopper);
    const placed = (await expectStatus(await placeOrder(shopper), 201)).order;
    const response = await exportData(shopper);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="account-data.json"');
    const body = await expectStatus(response, 200);
    expect(body.profile).toMatchObject({ email, firstName: 'Casey', lastName: 'Tester' });
    expect(body.addressBook).toMatchObject({ addresses: expect.any(Array) });
    expect(body.orders.map((o: { id: string }) => o.id)).toEqual([placed.id]);
    expect(body.orders[0].lineItems[0]).toMatchObject({ sku: skus[0], quantity: 2 });
    expect(JSON.stringify(body)).not.toMatch(/password/i);
  });

  it(`is signed-in only (401) and limited to ${RATE_LIMITS.dataExportPerAccount.limit} per hour`, async () => {
    expect((await exportData(new Shopper())).status).toBe(401);
    const { shopper } = await signedInCustomer();
    for (let i = 0; i < RATE_LIMITS.dataExportPerAccount.limit; i++) await expectStatus(await exportData(shopper), 200);
    expect((await exportData(shopper)).status).toBe(429);
  });
});

describe('POST /api/account/delete', () => {
  it('refuses a wrong password (422, nothing deleted)', async () => {
    const { shopper, customer } = await signedInCustomer();
    const refused = await expectStatus(await deleteAccount(shopper, 'not the password'), 422);
    expect(refused.error).toMatchObject({ reason: 'current_password_wrong', fields: { password: expect.any(Array) } });
    expect((await ctApi().customers().withId({ ID: customer.id }).get().execute()).statusCode).toBe(200);
  });

  it('deletes the customer, ends every session of it, and keeps the orders, detached from any login', async () => {
    const { shopper, email, password, customer } = await signedInCustomer();
    const other = await signedInCustomerSession(email, password);
    await readyShopper([[skus[1]!, 1]], shopper);
    const order = (await expectStatus(await placeOrder(shopper), 201)).order;

    const response = await deleteAccount(shopper, password);
    expect(response.status).toBe(204);
    await expect(ctApi().customers().withId({ ID: customer.id }).get().execute()).rejects.toMatchObject({ statusCode: 404 });
    // Both sessions are signed out; the email no longer signs in.
    expect((await shopper.call(accountRoute.GET, '/api/account')).status).toBe(401);
    expect((await other.call(accountRoute.GET, '/api/account')).status).toBe(401);
    const again = await loginRoute.POST(apiRequest('/api/auth/login', { method: 'POST', body: { email, password }, headers: { 'x-forwarded-for': uniqueIp() } }), ctx);
    expect(again.status).toBe(401);
    // The order is kept for the records.
    const kept = (await ctApi().orders().withId({ ID: order.id }).get().execute()).body;
    expect(kept).toMatchObject({ id: order.id, customerEmail: DETAILS.email, customerId: customer.id });
  });
});

async function signedInCustomerSession(email: string, password: string): Promise<Shopper> {
  const response = await loginRoute.POST(apiRequest('/api/auth/login', { method: 'POST', body: { email, password }, headers: { 'x-forwarded-for': uniqueIp() } }), ctx);
  expect(response.status).toBe(200);
  return new Shopper(sessionCookie(response));
}
