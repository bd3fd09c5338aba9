// Sessions tied to the customer's credentials: a password change keeps the calling session and
// signs out every other one; "sign out everywhere" ends them all; a sign-in lasts at most 30 days.
// Through the real Route Handlers against the local commercetools backend.
import { describe, expect, it } from 'vitest';
import * as accountRoute from '@/app/api/account/route';
import * as passwordRoute from '@/app/api/account/password/route';
import * as loginRoute from '@/app/api/auth/login/route';
import * as everywhereRoute from '@/app/api/auth/logout-everywhere/route';
import { RATE_LIMITS } from '@/lib/security/rate-limit';
import { SIGNED_IN_LIFETIME_SECONDS } from '@/lib/session/config';
import { apiRequest, routeContext, sessionCookie } from '../../../harness/requests';
import { cookieFor, createCustomer, uniqueIp } from './support';

const ctx = routeContext();
const login = (email: string, password: string) =>
  loginRoute.POST(apiRequest('/api/auth/login', { method: 'POST', body: { email, password }, headers: { 'x-forwarded-for': uniqueIp() } }), ctx);
const account = (cookie?: string) => accountRoute.GET(apiRequest('/api/account', cookie ? { cookie } : {}), ctx);
const changePassword = (cookie: string, body: unknown) => passwordRoute.POST(apiRequest('/api/account/password', { method: 'POST', body, cookie }), ctx);
const everywhere = (cookie?: string) => everywhereRoute.POST(apiRequest('/api/auth/logout-everywhere', { method: 'POST', body: {}, ...(cookie ? { cookie } : {}) }), ctx);

/** A customer signed in on two devices through the real sign-in. */
async function customerOnTwoDevices() {
  const created = await createCustomer();
  const sign = async () => {
    const response = await login(created.email, created.password);
    expect(response.status).toBe(200);
    return sessionCookie(response)!;
  };
  return { ...created, phone: await sign(), laptop: await sign() };
}

const NEW_PASSWORD = 'a brand new passphrase 2026';

describe('POST /api/account/password', () => {
  it('changes the password: this session stays signed in, every other session is signed out on its next use', async () => {
    const { email, password, phone, laptop } = await customerOnTwoDevices();
    const response = await changePassword(phone, { currentPassword: password, newPassword: NEW_PASSWORD });
    expect(response.status).toBe(204);
    const renewed = sessionCookie(response)!;
    expect(renewed).not.toBe(phone);
    expect((await account(renewed)).status).toBe(200);
    // The other device, and a copy of this device's old cookie: signed out.
    expect((await account(laptop)).status).toBe(401);
    expect((await account(phone)).status).toBe(401);
    expect((await login(email, password)).status).toBe(401);
    expect((await login(email, NEW_PASSWORD)).status).toBe(200);
  });

  it('refuses a wrong current password (422 at currentPassword) and a common new one, changing nothing', async () => {
    const { email, password, phone, laptop } = await customerOnTwoDevices();
    const wrong = await changePassword(phone, { currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expect(wrong.status).toBe(422);
    const body = (await wrong.json()).error;
    expect(body).toMatchObject({ code: 'business_rule', reason: 'current_password_wrong' });
    expect(Object.keys(body.fields)).toEqual(['currentPassword']);
    const common = await changePassword(phone, { currentPassword: password, newPassword: 'password123' });
    expect((await common.json()).error).toMatchObject({ reason: 'password_too_common', fields: { newPassword: expect.any(Array) } });
    const short = await changePassword(phone, { currentPassword: password, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect((await account(laptop)).status).toBe(200);
    expect((await login(email, password)).status).toBe(200);
  });

  it(`is rate limited: ${RATE_LIMITS.passwordCheckPerAccount.limit} wrong current passwords, then 429 even with the right one`, async () => {
    const { password, phone } = await customerOnTwoDevices();
    for (let i = 0; i < RATE_LIMITS.passwordCheckPerAccount.limit; i++) {
      expect((await changePassword(phone, { currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD })).status).toBe(422);
    }
    const limited = await changePassword(phone, { currentPassword: password, newPassword: NEW_PASSWORD });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('needs a signed-in session (401)', async () => {
    const guest = await cookieFor({ market: 'en-us' });
    expect((await changePassword(guest, { currentPassword: 'whatever-it-is', newPassword: NEW_PASSWORD })).status).toBe(401);
  });
});

describe('POST /api/auth/logout-everywhere', () => {
  it('signs every session of the customer out, this one included; signing in again works', async () => {
    const { email, password, phone, laptop } = await customerOnTwoDevices();
    const response = await everywhere(phone);
    expect(response.status).toBe(204);
    expect((await account(sessionCookie(response))).status).toBe(401);
    expect((await account(phone)).status).toBe(401);
    expect((await account(laptop)).status).toBe(401);
    const again = await login(email, password);
    expect((await account(sessionCookie(again))).status).toBe(200);
  });

  it('is 401 for a guest', async () => {
    expect((await everywhere(await cookieFor({ market: 'en-us' }))).status).toBe(401);
  });
});

describe('absolute sign-in lifetime', () => {
  it('refuses a signed-in session older than the lifetime however recently it was used', async () => {
    const { customer } = await createCustomer();
    const fresh = await cookieFor({ customerId: customer.id, authAt: Date.now() - 1000 });
    expect((await account(fresh)).status).toBe(200);
    const old = await cookieFor({ customerId: customer.id, authAt: Date.now() - SIGNED_IN_LIFETIME_SECONDS * 1000 - 60_000 });
    expect((await account(old)).status).toBe(401);
    // A signed-in session without a sign-in date (sealed before sessions were dated) is not trusted.
    const undated = await cookieFor({ customerId: customer.id, authAt: undefined });
    expect((await account(undated)).status).toBe(401);
  });
});
