// POST /api/auth/logout: the old session id is revoked (memory store, Redis store), a replayed old
// cookie is not signed in, and what happens when the revocation store cannot answer.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createClient } from 'redis';
import * as accountRoute from '@/app/api/account/route';
import * as loginRoute from '@/app/api/auth/login/route';
import * as logoutRoute from '@/app/api/auth/logout/route';
import * as sessionRoute from '@/app/api/session/route';
import { closeRedisClients } from '@/lib/redis';
import { DEMO_CUSTOMER } from '../../../../scripts/local-backend/seed/demo-catalog';
import { withEnv } from '../../../harness/fresh-modules';
import { apiRequest, routeContext, sessionCookie } from '../../../harness/requests';
import { freePort } from '../../../harness/test-env';
import { cookieFor, createCustomer, guestCookie, unseal } from './support';
import { existingProcessSingleton } from '@/lib/process-singleton';

const ctx = routeContext();
const backend = inject('localBackend');
const redisUrl = inject('redisUrl');

type Routes = {
  login: typeof loginRoute;
  logout: typeof logoutRoute;
  account: typeof accountRoute;
  session: typeof sessionRoute;
  lib: typeof import('@/lib/session');
  revocation: typeof import('@/lib/session/revocation');
};

const loadRoutes = async (): Promise<Routes> => ({
  login: await import('@/app/api/auth/login/route'),
  logout: await import('@/app/api/auth/logout/route'),
  account: await import('@/app/api/account/route'),
  session: await import('@/app/api/session/route'),
  lib: await import('@/lib/session'),
  revocation: await import('@/lib/session/revocation'),
});

async function signIn(routes: Routes, credentials = { email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password }, cookie?: string) {
  const response = await routes.login.POST(apiRequest('/api/auth/login', { method: 'POST', body: credentials, ...(cookie ? { cookie } : {}) }), ctx);
  expect(response.status).toBe(200);
  return sessionCookie(response)!;
}
const logout = (routes: Routes, cookie?: string) =>
  routes.logout.POST(apiRequest('/api/auth/logout', { method: 'POST', ...(cookie ? { cookie } : {}) }), ctx);
const account = (routes: Routes, cookie: string) => routes.account.GET(apiRequest('/api/account', { cookie }), ctx);

afterAll(async () => {
  await closeRedisClients();
  await withEnv({ REDIS_URL: undefined }, async () => undefined);
});

describe.each([
  ['memory', undefined],
  ['redis', redisUrl],
] as const)('POST /api/auth/logout (%s revocation store)', (mode, url) => {
  let routes: Routes;
  const load = async () => {
    routes = await withEnv({ REDIS_URL: url }, loadRoutes);
    return routes;
  };

  it('answers 204 with a fresh session keeping only the market; the old cookie is signed out for good', async () => {
    await load();
    const guest = await guestCookie({ market: 'de-de' });
    const signedIn = await signIn(routes, undefined, guest.cookie);
    const before = (await unseal(signedIn))!;
    expect((await account(routes, signedIn)).status).toBe(200);

    const response = await logout(routes, signedIn);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    const fresh = sessionCookie(response);
    const after = (await routes.lib.readSession(fresh!)).data!;
    expect(after.sid).not.toBe(before.sid);
    expect(after).toEqual({ sid: after.sid, market: 'de-de', exp: expect.any(Number) });

    // Replaying the old cookie: not signed in (and the server asks the browser to drop it).
    const replay = await account(routes, signedIn);
    expect(replay.status).toBe(401);
    expect(replay.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await routes.lib.readSession(signedIn)).data).toBeNull();
    expect((await account(routes, fresh!)).status).toBe(401);
    // The session overview does not see a customer either.
    expect((await (await routes.session.GET(apiRequest('/api/session', { cookie: signedIn }), ctx)).json()).customer).toBeNull();

    // Another instance (modules loaded afresh) refuses it too when the store is shared.
    if (mode === 'redis') {
      const other = await withEnv({ REDIS_URL: url }, loadRoutes);
      expect((await account(other, signedIn)).status).toBe(401);
    }
  });

  it('records the revocation in the configured store, for as long as a seal can live', async () => {
    await load();
    const signedIn = await signIn(routes);
    const { sid } = (await unseal(signedIn))!;
    expect((await logout(routes, signedIn)).status).toBe(204);
    // The process-wide memory store (shared by every module instance: lib/process-singleton.ts).
    const memoryStore = existingProcessSingleton<{ isRevoked(s: string): Promise<boolean> }>('session.revocations');
    const inMemory = (await memoryStore?.isRevoked(sid)) ?? false;
    if (mode === 'memory') {
      expect(inMemory).toBe(true);
      return;
    }
    // Redis: the entry is there with the session TTL, and the process memory knows nothing of it.
    expect(inMemory).toBe(false);
    const redis = await createClient({ url: redisUrl }).connect();
    try {
      const key = `storefront:${backend.projectKey}:revoked-session:${sid}`;
      expect(await redis.exists(key)).toBe(1);
      const ttl = await redis.pTTL(key);
      expect(ttl).toBeGreaterThan((routes.revocation.REVOCATION_TTL_SECONDS - 60) * 1000);
      expect(ttl).toBeLessThanOrEqual(routes.revocation.REVOCATION_TTL_SECONDS * 1000);
    } finally {
      redis.destroy();
    }
  });

  it('revokes nothing for a guest: anonymous sign-outs cannot grow the store', async () => {
    await load();
    const guest = await guestCookie({ market: 'en-gb' });
    const { sid } = (await unseal(guest.cookie))!;
    for (let i = 0; i < 5; i++) expect((await logout(routes, guest.cookie)).status).toBe(204);
    expect(await routes.revocation.revocationStore().isRevoked(sid)).toBe(false);
  });

  it('keeps a revocation no longer than the newest seal of the session could live', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const nowSeconds = now / 1000;
    expect(routes.revocation.revocationTtlSeconds(nowSeconds + 3600, now)).toBe(3600);
    expect(routes.revocation.revocationTtlSeconds(nowSeconds - 5, now)).toBe(1);
    expect(routes.revocation.revocationTtlSeconds(nowSeconds + 10 * routes.revocation.REVOCATION_TTL_SECONDS, now)).toBe(routes.revocation.REVOCATION_TTL_SECONDS);
    expect(routes.revocation.revocationTtlSeconds(undefined, now)).toBe(routes.revocation.REVOCATION_TTL_SECONDS);
  });

  it('answers 204 and sets no cookie without a session', async () => {
    await load();
    const response = await logout(routes);
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('signs a customer out of every copy of the cookie, and a new sign-in works', async () => {
    await load();
    const { email, password } = await createCustomer();
    const first = await signIn(routes, { email, password });
    expect((await logout(routes, first)).status).toBe(204);
    const second = await signIn(routes, { email, password });
    expect((await account(routes, second)).status).toBe(200);
    expect((await account(routes, first)).status).toBe(401);
  });

  it('refuses a logout with a body (400) and cross-site (403), revoking nothing', async () => {
    await load();
    const signedIn = await signIn(routes);
    const withBody = await routes.logout.POST(apiRequest('/api/auth/logout', { method: 'POST', body: { all: true }, cookie: signedIn }), ctx);
    expect(withBody.status).toBe(400);
    const crossSite = await routes.logout.POST(apiRequest('/api/auth/logout', { method: 'POST', cookie: signedIn, headers: { origin: 'https://evil.example' } }), ctx);
    expect(crossSite.status).toBe(403);
    expect((await account(routes, signedIn)).status).toBe(200);
  });
});

describe('when the Redis revocation store cannot answer', () => {
  it('refuses a signed-in session with 503 (neither trusted nor replaced), reads a guest session as usual', async () => {
    const deadUrl = `redis://127.0.0.1:${await freePort()}`;
    const routes = await withEnv({ REDIS_URL: deadUrl }, loadRoutes);
    const { customer } = await createCustomer();
    const signedIn = await cookieFor({ customerId: customer.id });
    const response = await account(routes, signedIn);
    expect(response.status).toBe(503);
    expect(response.headers.get('set-cookie')).toBeNull();

    const guest = await guestCookie({ market: 'en-gb' });
    const view = await routes.session.GET(apiRequest('/api/session', { cookie: guest.cookie }), ctx);
    expect(view.status).toBe(200);
    expect((await view.json()).market.locale).toBe('en-gb');

    // A signed-in sign-out cannot be recorded: 503, and the cookie is left alone. A guest's needs no
    // revocation (nothing to record), so it works.
    const signedInLogout = await logout(routes, signedIn);
    expect(signedInLogout.status).toBe(503);
    expect(signedInLogout.headers.get('set-cookie')).toBeNull();
    expect((await logout(routes, guest.cookie)).status).toBe(204);
  });
});
