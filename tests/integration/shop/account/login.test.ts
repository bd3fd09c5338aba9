// POST /api/auth/login through the real Route Handler against the local commercetools backend.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as accountRoute from '@/app/api/account/route';
import * as loginRoute from '@/app/api/auth/login/route';
import { DEMO_CUSTOMER } from '../../../../scripts/local-backend/seed/demo-catalog';
import { apiRequest, routeContext, sessionCookie } from '../../../harness/requests';
import {
  SKUS,
  cookieFor,
  createCustomer,
  createCustomerCart,
  createGuestCart,
  errorWithoutRequestId,
  getCart,
  guestCookie,
  skuQuantities,
  uniqueEmail,
  unseal,
} from './support';

const ctx = routeContext();
const login = (body: unknown, cookie?: string) =>
  loginRoute.POST(apiRequest('/api/auth/login', { method: 'POST', body, ...(cookie ? { cookie } : {}) }), ctx);
const account = (cookie?: string) => accountRoute.GET(apiRequest('/api/account', cookie ? { cookie } : {}), ctx);

describe('POST /api/auth/login', () => {
  it('signs in: 200 with the profile, and a new session id carrying the customer and the market', async () => {
    const guest = await guestCookie({ market: 'en-gb' });
    const response = await login({ email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password }, guest.cookie);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.customer).toMatchObject({ email: DEMO_CUSTOMER.email, firstName: DEMO_CUSTOMER.firstName, lastName: DEMO_CUSTOMER.lastName });
    expect(JSON.stringify(body)).not.toMatch(/password|version/i);

    const session = await unseal(sessionCookie(response));
    expect(session).toMatchObject({ customerId: body.customer.id, market: 'en-gb' });
    expect(session!.sid).not.toBe(guest.sid);
    // The guest's anonymousId is not carried into the signed-in session.
    expect(session!.anonymousId).toBeUndefined();

    expect((await account(sessionCookie(response))).status).toBe(200);
  });

  it('signs in without any prior session, and matches the email case-insensitively', async () => {
    const response = await login({ email: `  ${DEMO_CUSTOMER.email.toUpperCase()} `, password: DEMO_CUSTOMER.password });
    expect(response.status).toBe(200);
    expect((await unseal(sessionCookie(response)))?.customerId).toBe((await response.json()).customer.id);
  });

  it('answers an unknown email and a wrong password identically', async () => {
    const wrongPassword = await login({ email: DEMO_CUSTOMER.email, password: `${DEMO_CUSTOMER.password}x` });
    const unknownEmail = await login({ email: uniqueEmail('nobody'), password: DEMO_CUSTOMER.password });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(wrongPassword.status);
    const a = await errorWithoutRequestId(wrongPassword);
    const b = await errorWithoutRequestId(unknownEmail);
    expect(a).toEqual(b);
    expect(a.error).toEqual({ code: 'unauthenticated', reason: 'sign_in_failed', message: 'The email or password is incorrect.' });
    expect(a.requestIdMatches).toBe(true);
    expect(wrongPassword.headers.get('set-cookie')).toBeNull();
    expect(unknownEmail.headers.get('set-cookie')).toBeNull();
  });

  it("merges the guest cart into the customer's active cart, which becomes the session's cart", async () => {
    const { email, password, customer } = await createCustomer();
    const customerCart = await createCustomerCart(customer.id, [{ sku: SKUS[0]!, quantity: 1 }]);
    const guest = await guestCookie();
    const guestCart = await createGuestCart(guest.anonymousId, [{ sku: SKUS[1]!, quantity: 2 }]);
    const cookie = await cookieFor({ sid: guest.sid, anonymousId: guest.anonymousId, cartId: guestCart.id, cartVersion: guestCart.version, market: 'en-us' });

    const response = await login({ email, password }, cookie);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.cart).toEqual({ id: customerCart.id, itemCount: 3 });

    const session = await unseal(sessionCookie(response));
    const merged = await getCart(customerCart.id);
    expect(session).toMatchObject({ customerId: customer.id, cartId: customerCart.id, cartVersion: merged.version });
    expect(session!.sid).not.toBe(guest.sid);
    expect(merged).toMatchObject({ customerId: customer.id, cartState: 'Active' });
    expect(skuQuantities(merged)).toEqual({ [SKUS[0]!]: 1, [SKUS[1]!]: 2 });
    expect((await getCart(guestCart.id)).cartState).toBe('Merged');
  });

  it('makes the guest cart the customer\'s cart when they have none', async () => {
    const { email, password, customer } = await createCustomer();
    const guest = await guestCookie();
    const guestCart = await createGuestCart(guest.anonymousId, [{ sku: SKUS[2]!, quantity: 1 }]);
    const cookie = await cookieFor({ sid: guest.sid, anonymousId: guest.anonymousId, cartId: guestCart.id, cartVersion: guestCart.version });

    const response = await login({ email, password }, cookie);
    const session = await unseal(sessionCookie(response));
    expect(session).toMatchObject({ customerId: customer.id, cartId: guestCart.id });
    const cart = await getCart(guestCart.id);
    expect(cart).toMatchObject({ customerId: customer.id, cartState: 'Active' });
    expect(skuQuantities(cart)).toEqual({ [SKUS[2]!]: 1 });
  });

  it("never hands a cart the session does not own to the customer", async () => {
    const { email, password, customer } = await createCustomer();
    // Someone else's guest cart, its id planted in this session.
    const foreignCart = await createGuestCart(randomUUID(), [{ sku: SKUS[0]!, quantity: 1 }]);
    const cookie = await cookieFor({ anonymousId: randomUUID(), cartId: foreignCart.id });
    const response = await login({ email, password }, cookie);
    expect(response.status).toBe(200);
    expect((await unseal(sessionCookie(response)))?.cartId).toBeUndefined();
    const untouched = await getCart(foreignCart.id);
    expect(untouched.customerId).toBeUndefined();
    expect(untouched.cartState).toBe('Active');
    expect(customer.id).toBeTruthy();
  });

  it("switching accounts keeps nothing of the first customer's session and revokes its id", async () => {
    const first = await createCustomer();
    const firstCart = await createCustomerCart(first.customer.id, [{ sku: SKUS[0]!, quantity: 1 }]);
    const firstCookie = await cookieFor({ customerId: first.customer.id, cartId: firstCart.id, orderIds: ['some-order'], market: 'de-de' });
    expect((await account(firstCookie)).status).toBe(200);

    const second = await createCustomer();
    const response = await login({ email: second.email, password: second.password }, firstCookie);
    expect(response.status).toBe(200);
    const session = await unseal(sessionCookie(response));
    expect(session).toMatchObject({ customerId: second.customer.id, market: 'de-de' });
    expect(session!.cartId).toBeUndefined();
    expect(session!.orderIds).toBeUndefined();
    expect((await getCart(firstCart.id)).customerId).toBe(first.customer.id);
    // The first customer's cookie is signed out everywhere.
    expect((await account(firstCookie)).status).toBe(401);
  });

  it('keeps a guest\'s order ids (the confirmation page keeps working)', async () => {
    const { email, password } = await createCustomer();
    const cookie = await cookieFor({ anonymousId: randomUUID(), orderIds: ['order-1'] });
    const session = await unseal(sessionCookie(await login({ email, password }, cookie)));
    expect(session?.orderIds).toEqual(['order-1']);
  });

  it.each([
    ['an unknown key', { email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password, customerId: 'x' }],
    ['no password', { email: DEMO_CUSTOMER.email }],
    ['an empty email', { email: ' ', password: 'whatever-password' }],
    ['a password over 256 characters', { email: DEMO_CUSTOMER.email, password: 'x'.repeat(257) }],
  ])('refuses %s with 400', async (_label, body) => {
    const response = await login(body);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('validation_failed');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a cross-site sign-in (403) before checking anything', async () => {
    const response = await loginRoute.POST(
      apiRequest('/api/auth/login', { method: 'POST', body: { email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password }, headers: { origin: 'https://evil.example' } }),
      ctx,
    );
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});
