// POST /api/auth/signup through the real Route Handler against the local commercetools backend.
import { describe, expect, it } from 'vitest';
import * as accountRoute from '@/app/api/account/route';
import * as loginRoute from '@/app/api/auth/login/route';
import * as signupRoute from '@/app/api/auth/signup/route';
import { ctApi } from '@/lib/commercetools/client';
import { DEMO_CUSTOMER } from '../../../../scripts/local-backend/seed/demo-catalog';
import { apiRequest, routeContext, sessionCookie } from '../../../harness/requests';
import { SKUS, STRONG_PASSWORD, cookieFor, createGuestCart, errorWithoutRequestId, getCart, guestCookie, skuQuantities, uniqueEmail, unseal, without } from './support';

/** The one answer for every refused sign-up (ShopErrors.sign_up_refused in lib/i18n/messages/en.json). */
const SIGN_UP_REFUSED_MESSAGE =
  'We could not create an account with these details. If you already have an account, sign in; otherwise choose a less common password.';

const ctx = routeContext();
const signup = (body: unknown, cookie?: string) =>
  signupRoute.POST(apiRequest('/api/auth/signup', { method: 'POST', body, ...(cookie ? { cookie } : {}) }), ctx);
const details = (overrides: Record<string, unknown> = {}) => ({
  email: uniqueEmail('signup'),
  password: STRONG_PASSWORD,
  firstName: 'Robin',
  lastName: 'Newcomer',
  ...overrides,
});

async function customersWithEmail(email: string): Promise<number> {
  const found = await ctApi()
    .customers()
    .get({ queryArgs: { where: 'lowercaseEmail = :email', 'var.email': email.toLowerCase() } })
    .execute();
  return found.body.count;
}

describe('POST /api/auth/signup', () => {
  it('creates the account (201), signs in with a new session id, and keeps the guest cart', async () => {
    const guest = await guestCookie({ market: 'en-us' });
    const cart = await createGuestCart(guest.anonymousId, [{ sku: SKUS[0]!, quantity: 2 }]);
    const cookie = await cookieFor({ sid: guest.sid, anonymousId: guest.anonymousId, cartId: cart.id, cartVersion: cart.version, market: 'en-us' });
    const input = details();

    const response = await signup(input, cookie);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.customer).toMatchObject({ email: input.email, firstName: 'Robin', lastName: 'Newcomer', addresses: [] });
    expect(body.cart).toEqual({ id: cart.id, itemCount: 2 });
    expect(JSON.stringify(body)).not.toContain(STRONG_PASSWORD);

    const session = await unseal(sessionCookie(response));
    expect(session).toMatchObject({ customerId: body.customer.id, cartId: cart.id, market: 'en-us' });
    expect(session!.sid).not.toBe(guest.sid);
    const owned = await getCart(cart.id);
    expect(owned).toMatchObject({ customerId: body.customer.id, cartState: 'Active' });
    expect(skuQuantities(owned)).toEqual({ [SKUS[0]!]: 2 });

    const profile = await accountRoute.GET(apiRequest('/api/account', { cookie: sessionCookie(response) }), ctx);
    expect(profile.status).toBe(200);
    expect((await profile.json()).email).toBe(input.email);

    // The password works for signing in afterwards.
    const login = await loginRoute.POST(apiRequest('/api/auth/login', { method: 'POST', body: { email: input.email, password: input.password } }), ctx);
    expect(login.status).toBe(200);
  });

  it.each([
    ['7 characters', 'Zq8#vLp'],
    ['7 code points that are 14 UTF-16 units', '😀😀😀😀😀😀😀'],
    ['257 characters', 'a-long-passphrase '.repeat(15).slice(0, 257)],
  ])('refuses a password of %s with 400 and a field error', async (_label, password) => {
    const input = details({ password });
    const response = await signup(input);
    expect(response.status).toBe(400);
    const error = (await response.json()).error;
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fields)).toEqual(['password']);
    expect(await customersWithEmail(input.email)).toBe(0);
  });

  it.each([
    ['8 characters', 'Zq8#vLp2'],
    ['a 256-character passphrase', 'my unguessable passphrase '.repeat(10).slice(0, 256)],
    ['8 code points of emoji', '😀😺🚲🌋🎻🧭🪁🦉'],
  ])('accepts a password of %s', async (_label, password) => {
    const response = await signup(details({ password }));
    expect(response.status).toBe(201);
  });

  it('refuses a common password (in any case) and a password equal to the email with the generic answer', async () => {
    for (const input of [
      details({ password: 'Password123' }),
      details({ password: 'QWERTYUIOP' }),
      details({ password: 'iloveyou2025' }),
      (() => {
        const email = uniqueEmail('same');
        return details({ email, password: email.toUpperCase() });
      })(),
    ]) {
      const response = await signup(input);
      expect(response.status).toBe(422);
      expect((await errorWithoutRequestId(response)).error).toEqual({ code: 'business_rule', reason: 'sign_up_refused', message: SIGN_UP_REFUSED_MESSAGE });
      expect(await customersWithEmail(input.email)).toBe(0);
    }
  });

  it('answers an email that already has an account exactly like any other refusal, never saying it exists', async () => {
    const common = await signup(details({ password: 'sunshine123' }));
    const duplicate = await signup(details({ email: DEMO_CUSTOMER.email, password: 'an uncommon passphrase 7' }));
    const duplicateOtherCase = await signup(details({ email: DEMO_CUSTOMER.email.toUpperCase(), password: 'an uncommon passphrase 7' }));
    const answers = await Promise.all([common, duplicate, duplicateOtherCase].map(async (r) => ({ status: r.status, cookie: r.headers.get('set-cookie'), ...(await errorWithoutRequestId(r)) })));
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[0]).toMatchObject({ status: 422, cookie: null, error: { code: 'business_rule' } });
    expect(answers[0]!.error).not.toHaveProperty('fields');
    expect(JSON.stringify(answers[1])).not.toMatch(/exists|duplicate|taken/i);
    expect(JSON.stringify(answers[1]).toLowerCase()).not.toContain(DEMO_CUSTOMER.email);
    expect(await customersWithEmail(DEMO_CUSTOMER.email)).toBe(1);
  });

  it('does not sign in or touch the session on a refusal', async () => {
    const guest = await guestCookie();
    const response = await signup(details({ email: DEMO_CUSTOMER.email, password: 'an uncommon passphrase 7' }), guest.cookie);
    expect(response.status).toBe(422);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it.each([
    ['an unknown key', details({ customerId: 'someone-else' })],
    ['no last name', without(details(), 'lastName')],
    ['a malformed email', details({ email: 'not-an-email' })],
    ['a blank first name', details({ firstName: '   ' })],
  ])('refuses %s with 400', async (_label, body) => {
    const response = await signup(body);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('validation_failed');
  });
});
