// Password reset through the real Route Handlers: the same 202 whether or not the email has an
// account, the link mailed through the local SMTP sink, a single-use token that sets the password
// and signs out every session, and the limits.
import { describe, expect, inject, it } from 'vitest';
import * as accountRoute from '@/app/api/account/route';
import * as loginRoute from '@/app/api/auth/login/route';
import * as resetRoute from '@/app/api/auth/password-reset/route';
import * as confirmRoute from '@/app/api/auth/password-reset/confirm/route';
import { RATE_LIMITS } from '@/lib/security/rate-limit';
import { mailsTo, waitForMails } from '../../../harness/mail';
import { apiRequest, routeContext, sessionCookie } from '../../../harness/requests';
import { createCustomer, uniqueEmail, uniqueIp } from './support';

const sink = inject('mailSink');
const ctx = routeContext();
const requestReset = (email: string, ip = uniqueIp()) =>
  resetRoute.POST(apiRequest('/api/auth/password-reset', { method: 'POST', body: { email }, headers: { 'x-forwarded-for': ip } }), ctx);
const confirm = (body: unknown, cookie?: string) =>
  confirmRoute.POST(apiRequest('/api/auth/password-reset/confirm', { method: 'POST', body, ...(cookie ? { cookie } : {}) }), ctx);
const login = (email: string, password: string) =>
  loginRoute.POST(apiRequest('/api/auth/login', { method: 'POST', body: { email, password }, headers: { 'x-forwarded-for': uniqueIp() } }), ctx);
const account = (cookie?: string) => accountRoute.GET(apiRequest('/api/account', cookie ? { cookie } : {}), ctx);

/** The token of the newest reset link mailed to `email`. */
async function mailedToken(email: string, count = 1): Promise<string> {
  const mails = await waitForMails(sink.webUrl, email, count);
  expect(mails.length).toBeGreaterThanOrEqual(count);
  const link = /(http\S+\/reset-password#token=(\S+))/.exec(mails.at(-1)!.text);
  expect(link, 'a reset link').not.toBeNull();
  expect(link![1]).toMatch(/^http:\/\/localhost:3000\/en-us\/reset-password#token=/);
  return decodeURIComponent(link![2]!);
}

const NEW_PASSWORD = 'my new reset passphrase 99';

describe('POST /api/auth/password-reset', () => {
  it('answers the same 202 whether or not the email has an account, and mails a link only to an account', async () => {
    const { email } = await createCustomer();
    const stranger = uniqueEmail('nobody');
    const known = await requestReset(email);
    const unknown = await requestReset(stranger);
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    await mailedToken(email);
    const mail = (await mailsTo(sink.webUrl, email))[0]!;
    expect(mail.subject).toBe('Reset your password');
    expect(mail.text).toContain('30 minutes');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await mailsTo(sink.webUrl, stranger)).toEqual([]);
  });

  it(`is limited to ${RATE_LIMITS.resetRequestPerEmail.limit} requests per email in 15 minutes (429), whatever the address`, async () => {
    const { email } = await createCustomer();
    for (let i = 0; i < RATE_LIMITS.resetRequestPerEmail.limit; i++) expect((await requestReset(email)).status).toBe(202);
    const limited = await requestReset(email);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses a body that is not an email (400)', async () => {
    expect((await requestReset('not-an-email')).status).toBe(400);
  });
});

describe('POST /api/auth/password-reset/confirm', () => {
  it('sets the password with the mailed token, signs out every session, and the token works once', async () => {
    const { email, password } = await createCustomer();
    const signedIn = sessionCookie(await login(email, password))!;
    expect((await account(signedIn)).status).toBe(200);
    expect((await requestReset(email)).status).toBe(202);
    const token = await mailedToken(email);

    const done = await confirm({ token, newPassword: NEW_PASSWORD });
    expect(done.status).toBe(204);
    expect((await account(signedIn)).status).toBe(401);
    expect((await login(email, password)).status).toBe(401);
    expect((await login(email, NEW_PASSWORD)).status).toBe(200);

    const again = await confirm({ token, newPassword: 'yet another passphrase 1' });
    expect(again.status).toBe(422);
    expect((await again.json()).error).toMatchObject({ reason: 'reset_token_invalid', fields: { token: expect.any(Array) } });
  });

  it('a newer link makes the older one stop working', async () => {
    const { email } = await createCustomer();
    await requestReset(email);
    const first = await mailedToken(email, 1);
    await requestReset(email);
    const second = await mailedToken(email, 2);
    expect(second).not.toBe(first);
    expect((await confirm({ token: first, newPassword: NEW_PASSWORD })).status).toBe(422);
    expect((await confirm({ token: second, newPassword: NEW_PASSWORD })).status).toBe(204);
  });

  it('refuses an unknown token (422), a common password (422) and a malformed body (400), changing nothing', async () => {
    const { email, password } = await createCustomer();
    expect((await confirm({ token: 'bm90LWEtdG9rZW4', newPassword: NEW_PASSWORD })).status).toBe(422);
    await requestReset(email);
    const token = await mailedToken(email);
    const common = await confirm({ token, newPassword: 'password123' });
    expect((await common.json()).error.reason).toBe('password_too_common');
    expect((await confirm({ token, newPassword: 'short' })).status).toBe(400);
    expect((await confirm({ token: '<script>', newPassword: NEW_PASSWORD })).status).toBe(400);
    expect((await login(email, password)).status).toBe(200);
    // The common password was refused before the token was used: it still works.
    expect((await confirm({ token, newPassword: NEW_PASSWORD })).status).toBe(204);
  });
});
