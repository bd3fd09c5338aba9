// Rate limits on sign-in and sign-up through the real Route Handlers, with the memory store and with
// the Redis store (the run's real redis-server): per account from unknown devices, per account and
// client, per known device, per client address (behind a trusted proxy), 429 with Retry-After, and
// parallel attempts never getting more than the limit through.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient } from 'redis';
import { closeRedisClients } from '@/lib/redis';
import { RATE_LIMITS } from '@/lib/security/rate-limit';
import { withEnv } from '../../../harness/fresh-modules';
import { apiRequest, routeContext } from '../../../harness/requests';
import { createCustomer, STRONG_PASSWORD, uniqueEmail, uniqueIp } from './support';

const ctx = routeContext();
const backend = inject('localBackend');
const redisUrl = inject('redisUrl');
const WINDOW = RATE_LIMITS.loginPerEmail.windowSeconds;

/** The known-device cookie a successful sign-in sets (`name=value`). */
function deviceCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('device='));
  expect(cookie, 'a known-device cookie').toBeDefined();
  return cookie!.split(';')[0]!;
}

type Routes = { login: typeof import('@/app/api/auth/login/route'); signup: typeof import('@/app/api/auth/signup/route') };

afterAll(async () => {
  await closeRedisClients();
  await withEnv({ REDIS_URL: undefined, VERCEL: undefined }, async () => undefined);
});

describe.each([
  ['memory', undefined],
  ['redis', redisUrl],
] as const)('sign-in and sign-up rate limits (%s store)', (mode, url) => {
  let routes: Routes;
  beforeAll(async () => {
    // VERCEL=1: the app trusts X-Forwarded-For's first hop, as it does on Vercel.
    routes = await withEnv({ REDIS_URL: url, VERCEL: '1' }, async () => ({
      login: await import('@/app/api/auth/login/route'),
      signup: await import('@/app/api/auth/signup/route'),
    }));
  });

  const login = (body: { email: string; password: string }, ip: string, cookie?: string) =>
    routes.login.POST(apiRequest('/api/auth/login', { method: 'POST', body, cookie, headers: { 'x-forwarded-for': `${ip}, 10.0.0.1` } }), ctx);
  const signup = (email: string, ip: string) =>
    routes.signup.POST(
      apiRequest('/api/auth/signup', {
        method: 'POST',
        body: { email, password: STRONG_PASSWORD, firstName: 'Rate', lastName: 'Limited' },
        headers: { 'x-forwarded-for': ip },
      }),
      ctx,
    );

  async function expect429(response: Response) {
    expect(response.status).toBe(429);
    expect((await response.json()).error.code).toBe('rate_limited');
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW);
    return retryAfter;
  }

  it(`one client gets ${RATE_LIMITS.loginPerEmailPerClient.limit} failed sign-ins to an account, then 429; the account stays open to everyone else`, async () => {
    const { email, password } = await createCustomer();
    const attacker = uniqueIp();
    for (let i = 0; i < RATE_LIMITS.loginPerEmailPerClient.limit; i += 1) {
      expect((await login({ email, password: `wrong-${i}` }, attacker)).status).toBe(401);
    }
    await expect429(await login({ email: email.toUpperCase(), password: 'wrong-again' }, attacker));
    await expect429(await login({ email, password }, attacker));
    // The customer, from another address: not locked out by that client.
    expect((await login({ email, password }, uniqueIp())).status).toBe(200);
    // The attacker's other targets are unaffected by this account's budget.
    expect((await login({ email: uniqueEmail(), password: 'whatever-password' }, attacker)).status).toBe(401);
  });

  it(`stuffing from many addresses: ${RATE_LIMITS.loginPerEmail.limit} failures per account from unknown devices, then 429 for them; the customer's own browser still signs in`, async () => {
    const { email, password } = await createCustomer();
    // The customer signed in on this browser before: it holds the known-device cookie.
    const own = deviceCookie(await login({ email, password }, uniqueIp()));
    for (let i = 0; i < RATE_LIMITS.loginPerEmail.limit; i += 1) {
      expect((await login({ email, password: `stuffed-${i}` }, uniqueIp())).status).toBe(401);
    }
    await expect429(await login({ email, password }, uniqueIp()));
    expect((await login({ email, password }, uniqueIp(), own)).status).toBe(200);
    // The cookie proves a device for that account only.
    const other = await createCustomer();
    await expect429(await login({ email, password }, uniqueIp(), deviceCookie(await login({ email: other.email, password: other.password }, uniqueIp()))));
  });

  it(`a known device has a budget of its own: ${RATE_LIMITS.loginPerKnownDevice.limit} failures, then 429 for that device only`, async () => {
    const { email, password } = await createCustomer();
    const device = deviceCookie(await login({ email, password }, uniqueIp()));
    for (let i = 0; i < RATE_LIMITS.loginPerKnownDevice.limit; i += 1) {
      expect((await login({ email, password: `typo-${i}` }, uniqueIp(), device)).status).toBe(401);
    }
    await expect429(await login({ email, password }, uniqueIp(), device));
    expect((await login({ email, password }, uniqueIp())).status).toBe(200);
  });

  it('does not count successful sign-ins', async () => {
    const { email, password } = await createCustomer();
    const ip = uniqueIp();
    for (let i = 0; i < RATE_LIMITS.loginPerEmail.limit + 2; i += 1) {
      expect((await login({ email, password }, ip)).status).toBe(200);
    }
  });

  it(`allows ${RATE_LIMITS.loginPerIp.limit} failed sign-ins per client address (first X-Forwarded-For hop), then 429`, async () => {
    const ip = uniqueIp();
    for (let i = 0; i < RATE_LIMITS.loginPerIp.limit; i += 1) {
      expect((await login({ email: uniqueEmail('spray'), password: 'not-the-password' }, ip)).status).toBe(401);
    }
    await expect429(await login({ email: uniqueEmail('spray'), password: 'not-the-password' }, ip));
    // The proxy hops after the first one do not make a new client.
    const sameClient = await routes.login.POST(
      apiRequest('/api/auth/login', { method: 'POST', body: { email: uniqueEmail(), password: 'x-password' }, headers: { 'x-forwarded-for': `${ip}, 198.51.100.7` } }),
      ctx,
    );
    await expect429(sameClient);
    // A different client is not limited.
    expect((await login({ email: uniqueEmail('spray'), password: 'not-the-password' }, uniqueIp())).status).toBe(401);
  });

  it('lets no more than the limit through when the attempts arrive in parallel', async () => {
    const { email } = await createCustomer();
    const attempts = 3 * RATE_LIMITS.loginPerEmail.limit;
    const statuses = await Promise.all(
      Array.from({ length: attempts }, (_, i) => login({ email, password: `parallel-${i}` }, uniqueIp()).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(RATE_LIMITS.loginPerEmail.limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(attempts - RATE_LIMITS.loginPerEmail.limit);
  });

  it(`allows ${RATE_LIMITS.signupPerEmail.limit} sign-up attempts per email, then 429`, async () => {
    const email = uniqueEmail('signup-limit');
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMITS.signupPerEmail.limit; i += 1) statuses.push((await signup(email, uniqueIp())).status);
    expect(statuses).toEqual([201, ...Array(RATE_LIMITS.signupPerEmail.limit - 1).fill(422)]);
    await expect429(await signup(email, uniqueIp()));
  });

  it(`allows ${RATE_LIMITS.signupPerIp.limit} sign-ups per client address, then 429`, async () => {
    const ip = uniqueIp();
    for (let i = 0; i < RATE_LIMITS.signupPerIp.limit; i += 1) {
      expect((await signup(uniqueEmail('signup-ip'), ip)).status).toBe(201);
    }
    const email = uniqueEmail('signup-ip');
    await expect429(await signup(email, ip));
    // Refused before anything was created.
    expect((await signup(email, uniqueIp())).status).toBe(201);
  });
});

describe('the Redis store', () => {
  let loginRoute: Routes['login'];
  beforeAll(async () => {
    loginRoute = await withEnv({ REDIS_URL: redisUrl, VERCEL: '1' }, () => import('@/app/api/auth/login/route'));
  });
  const login = (body: { email: string; password: string }, ip: string) =>
    loginRoute.POST(apiRequest('/api/auth/login', { method: 'POST', body, headers: { 'x-forwarded-for': `${ip}, 10.0.0.1` } }), ctx);

  it('keeps the counters in Redis, under hashed keys that hold no email or address', async () => {
    const { email } = await createCustomer();
    const ip = uniqueIp();
    expect((await login({ email, password: 'wrong-password' }, ip)).status).toBe(401);
    const redis = await createClient({ url: redisUrl }).connect();
    try {
      const keys = await redis.keys(`storefront:${backend.projectKey}:rate-limit:*`);
      expect(keys.some((k) => k.includes(':login-email:'))).toBe(true);
      expect(keys.some((k) => k.includes(':login-ip:'))).toBe(true);
      for (const key of keys) {
        expect(key).not.toContain(email.toLowerCase());
        expect(key).not.toContain(ip);
        expect(await redis.pTTL(key)).toBeGreaterThan(0);
      }
    } finally {
      redis.destroy();
    }
  });
});

describe('without a trusted proxy', () => {
  it('ignores X-Forwarded-For: inventing addresses does not escape the shared limit', async () => {
    const { MemoryRateLimitStore, throttledSignIn, codeForReason } = await withEnv({ REDIS_URL: undefined, VERCEL: undefined, NETLIFY: undefined }, async () => ({
      ...(await import('@/lib/security/rate-limit')),
      ...(await import('@/lib/http/auth')),
      ...(await import('@/lib/http/errors')),
    }));
    const attempt = (request: ReturnType<typeof apiRequest>) =>
      throttledSignIn(request, uniqueEmail(), async () => undefined, () => true, store);
    // A store of our own, so the shared ceiling can be reached without hundreds of requests.
    const store = new MemoryRateLimitStore();
    const rule = RATE_LIMITS.loginUntrustedIp;
    for (let i = 0; i < rule.limit; i += 1) {
      const request = apiRequest('/api/auth/login', { method: 'POST', headers: { 'x-forwarded-for': uniqueIp() } });
      await attempt(request);
    }
    const request = apiRequest('/api/auth/login', { method: 'POST', headers: { 'x-forwarded-for': uniqueIp() } });
    const refusal = await attempt(request).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ reason: 'rate_limited', retryAfterSeconds: expect.any(Number) });
    expect(codeForReason((refusal as { reason: 'rate_limited' }).reason)).toBe('rate_limited');
  });
});

describe('sign-out', () => {
  it('is rate limited per client address (429 with Retry-After once the shared limit is spent)', async () => {
    const { MemoryRateLimitStore, throttleLogout } = await withEnv({ REDIS_URL: undefined, VERCEL: undefined, NETLIFY: undefined }, async () => ({
      ...(await import('@/lib/security/rate-limit')),
      ...(await import('@/lib/http/auth')),
    }));
    const store = new MemoryRateLimitStore();
    const request = apiRequest('/api/auth/logout', { method: 'POST' });
    for (let i = 0; i < RATE_LIMITS.logoutUntrustedIp.limit; i += 1) await throttleLogout(request, store);
    const refusal = await throttleLogout(request, store).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ reason: 'rate_limited', retryAfterSeconds: expect.any(Number) });
  });
});
