// The real server refuses dangerous configurations: `next start` exits non-zero within 20 s, says
// which rule failed, and never answers an HTTP request meanwhile (not even for a public file or a
// build asset). The good configuration boots and answers /api/health.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_SECRET_PLACEHOLDER } from '@/lib/env';
import { DEFAULT_STOREFRONT_SCOPES } from '@/lib/security/scopes';
import { type LocalBackend } from '@/scripts/local-backend';
import { startStorefrontBackend } from '@/scripts/storefront-backend';
import {
  freePort,
  goodServerEnv,
  TEST_CLIENT,
  TEST_CTP_CLIENT_SECRET,
  TEST_SESSION_SECRET,
  type TestEnv,
} from '@/tests/harness/test-env';
import { probePaths, runNext, watchForHttp } from '../harness/boot-process';
import { startLoopbackTunnel, type LoopbackTunnel } from '../harness/loopback-tunnel';
import { startRedisServer, type RedisServer } from '../harness/redis-server';
import { startSlowAuthProxy, type SlowAuthProxy } from '../harness/slow-auth-proxy';

const REFUSAL_DEADLINE_MS = 20_000;

const ADMIN_CLIENT = { id: 'boottest-admin', secret: TEST_CTP_CLIENT_SECRET, scopes: ['manage_project'] };
const CHECKOUT_CLIENT = { id: 'boottest-checkout', secret: TEST_CTP_CLIENT_SECRET, scopes: [...DEFAULT_STOREFRONT_SCOPES, 'manage_sessions'] };
const MY_ORDERS_CLIENT = {
  id: 'boottest-my-orders',
  secret: TEST_CTP_CLIENT_SECRET,
  scopes: [...DEFAULT_STOREFRONT_SCOPES, 'manage_my_orders'],
};

/** Next answers public files and build assets while instrumentation's register() is pending. */
const SLOW_AUTH_DELAY_MS = 2_000;

let backend: LocalBackend;
let slowAuth: SlowAuthProxy;
let redis: RedisServer;
let tunnel: LoopbackTunnel;
beforeAll(async () => {
  backend = await startStorefrontBackend({ port: 0, seed: false, clients: [TEST_CLIENT, ADMIN_CLIENT, MY_ORDERS_CLIENT, CHECKOUT_CLIENT] });
  slowAuth = await startSlowAuthProxy(backend.url, SLOW_AUTH_DELAY_MS);
  redis = await startRedisServer();
  tunnel = await startLoopbackTunnel(backend.url);
});
afterAll(async () => {
  await slowAuth?.close();
  await backend?.close();
  await redis?.stop();
  await tunnel?.close();
});

/** The test env for a server on `port`, with the case's changes. */
function serverEnv(port: number, overrides: TestEnv): TestEnv {
  return { ...goodServerEnv(backend.url, backend.projectKey, { SITE_URL: `http://127.0.0.1:${port}`, ...overrides }), NODE_ENV: 'production' };
}

type RefusalCase = { name: string; rule: string; says?: string; env: () => TestEnv };

const refusals: RefusalCase[] = [
  { name: 'a client granted manage_project', rule: 'granted-scopes', says: 'manage_project', env: () => ({ CTP_CLIENT_ID: ADMIN_CLIENT.id }) },
  { name: 'a client granted manage_my_orders', rule: 'granted-scopes', says: 'manage_my_orders', env: () => ({ CTP_CLIENT_ID: MY_ORDERS_CLIENT.id }) },
  {
    name: 'CTP_SCOPES declaring manage_project',
    rule: 'declared-scopes',
    says: 'manage_project',
    env: () => ({ CTP_SCOPES: `manage_project:${backend.projectKey}` }),
  },
  {
    name: 'a NEXT_PUBLIC_ variable holding the client secret',
    rule: 'public-env',
    says: 'its value equals CTP_CLIENT_SECRET',
    env: () => ({ NEXT_PUBLIC_ANYTHING: TEST_CTP_CLIENT_SECRET }),
  },
  {
    name: 'NEXT_PUBLIC_CTP_CLIENT_SECRET with a random value',
    rule: 'public-env',
    says: 'NEXT_PUBLIC_CTP_CLIENT_SECRET',
    env: () => ({ NEXT_PUBLIC_CTP_CLIENT_SECRET: crypto.randomUUID() }),
  },
  { name: 'a 31-character session secret', rule: 'session-secret', says: 'is 31 characters', env: () => ({ SESSION_SECRET: TEST_SESSION_SECRET.slice(0, 31) }) },
  { name: 'an empty session secret', rule: 'session-secret', says: 'SESSION_SECRET is missing', env: () => ({ SESSION_SECRET: '' }) },
  {
    name: 'the .env.example placeholder session secret',
    rule: 'session-secret',
    says: '.env.example placeholder',
    env: () => ({ SESSION_SECRET: SESSION_SECRET_PLACEHOLDER }),
  },
  {
    name: 'a wrong client secret',
    rule: 'granted-scopes',
    says: 'credentials rejected by the auth server',
    env: () => ({ CTP_CLIENT_SECRET: 'wrong-secret-for-the-boot-test-0000' }),
  },
  {
    // The check takes 2 s here: long enough that any HTTP answer given before it finished is caught.
    name: 'a client granted manage_project, behind a slow auth server',
    rule: 'granted-scopes',
    says: 'manage_project',
    env: () => ({ CTP_CLIENT_ID: ADMIN_CLIENT.id, CTP_AUTH_URL: slowAuth.url }),
  },
  // Shared state (lib/security/shared-state.ts): the test env opts in with SHARED_STATE=memory.
  { name: 'Vercel without REDIS_URL (SHARED_STATE=memory set)', rule: 'shared-state', says: 'running on Vercel', env: () => ({ VERCEL: '1' }) },
  {
    name: 'production without REDIS_URL and without the opt-in',
    rule: 'shared-state',
    says: 'production without REDIS_URL',
    env: () => ({ SHARED_STATE: undefined }),
  },
  {
    name: 'SHARED_STATE=memory with two instances declared',
    rule: 'shared-state',
    says: '2 instances declared',
    env: () => ({ INSTANCE_COUNT: '2' }),
  },
  {
    name: 'test payments with a non-loopback API URL',
    rule: 'test-payments',
    says: 'PAYMENT_PROVIDER=test',
    env: () => ({ PAYMENT_PROVIDER: 'test', CTP_API_URL: 'https://api.europe-west1.gcp.commercetools.com' }),
  },
  {
    // Both URLs loopback, tokens and scopes fine: only the identity proof is missing.
    name: 'test payments through a loopback tunnel that is not the local backend',
    rule: 'local-backend',
    says: 'answered 404 to the identity challenge',
    env: () => ({ PAYMENT_PROVIDER: 'test', CTP_API_URL: tunnel.url, CTP_AUTH_URL: tunnel.url }),
  },
  // commercetools Checkout (docs/payments.md): the key, and the scope its sessions need.
  {
    name: 'commercetools Checkout without the application key',
    rule: 'checkout',
    says: 'CTP_CHECKOUT_APPLICATION_KEY is not set',
    env: () => ({ PAYMENT_PROVIDER: 'commercetools-checkout' }),
  },
  {
    name: 'commercetools Checkout with a client not granted manage_sessions',
    rule: 'granted-scopes',
    says: 'not granted manage_sessions',
    env: () => ({ PAYMENT_PROVIDER: 'commercetools-checkout', CTP_CHECKOUT_APPLICATION_KEY: 'local-checkout' }),
  },
  {
    name: 'the Checkout simulation through a loopback tunnel that is not the local backend',
    rule: 'local-backend',
    says: 'the Checkout simulation',
    env: () => ({ PAYMENT_PROVIDER: 'commercetools-checkout', CTP_CHECKOUT_APPLICATION_KEY: 'local-checkout', CTP_CLIENT_ID: CHECKOUT_CLIENT.id, CTP_API_URL: tunnel.url, CTP_AUTH_URL: tunnel.url }),
  },
];

/** Measured boot-to-exit times, printed at the end for the record. */
const timings: string[] = [];
afterAll(() => {
  if (timings.length) console.log(`next start timings:\n${timings.map((t) => `  ${t}`).join('\n')}`);
});

describe.concurrent('next start refuses', () => {
  it.each(refusals)('$name ($rule)', async ({ name, rule, says, env }) => {
    const port = await freePort();
    const server = runNext(['start', '-p', String(port)], serverEnv(port, env()));
    const deadline = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), REFUSAL_DEADLINE_MS).unref());
    const outcome = Promise.race([server.exited, deadline]);
    const answers = await watchForHttp(port, probePaths(), outcome);
    const exit = await server.stop();
    const output = server.output();
    timings.push(`${name}: exit ${exit.code} after ${exit.ms} ms`);

    expect(await outcome, `still running after ${REFUSAL_DEADLINE_MS} ms:\n${output}`).not.toBe('timeout');
    expect(answers, `answered HTTP while refusing:\n${output}`).toEqual([]);
    expect(exit.code, output).not.toBe(0);
    expect(exit.code, output).not.toBeNull();
    expect(output).toContain(`[${rule}]`);
    if (says) expect(output).toContain(says);
    // The refusal names variables, never their values.
    expect(output).not.toContain(TEST_CTP_CLIENT_SECRET);
    expect(output).not.toContain(TEST_SESSION_SECRET.slice(0, 31));
  });
});

const goodConfigurations: Array<{ name: string; env: () => TestEnv }> = [
  { name: 'one self-hosted instance (SHARED_STATE=memory)', env: () => ({}) },
  { name: 'Vercel with REDIS_URL', env: () => ({ VERCEL: '1', REDIS_URL: redis.url, SHARED_STATE: undefined }) },
  {
    name: 'commercetools Checkout (the local simulation) with manage_sessions',
    env: () => ({ PAYMENT_PROVIDER: 'commercetools-checkout', CTP_CHECKOUT_APPLICATION_KEY: 'local-checkout', CTP_CLIENT_ID: CHECKOUT_CLIENT.id }),
  },
];

describe('next start with a good configuration', () => {
  it.each(goodConfigurations)('$name: boots, answers /api/health with 200, and asked the auth server once', async ({ name, env }) => {
    const port = await freePort();
    const clientId = env().CTP_CLIENT_ID ?? TEST_CLIENT.id;
    const before = backend.stats().tokenRequestsByClient[clientId] ?? 0;
    const server = runNext(['start', '-p', String(port)], serverEnv(port, env()));
    try {
      let status: number | undefined;
      const started = Date.now();
      while (status !== 200 && Date.now() - started < REFUSAL_DEADLINE_MS && server.child.exitCode === null) {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5_000) });
          status = response.status;
          if (status === 200) expect(await response.json()).toEqual({ status: 'ok' });
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      timings.push(`good configuration, ${name}: /api/health 200 after ${Date.now() - started} ms`);
      expect(status, server.output()).toBe(200);
      // next.config.ts and instrumentation.ts both ran the checks; the token went to the app's provider.
      expect((backend.stats().tokenRequestsByClient[clientId] ?? 0) - before).toBe(1);
      expect(server.output()).not.toContain('FAIL');
    } finally {
      const exit = await server.stop();
      expect(exit.signal === 'SIGTERM' || exit.code === 143 || exit.code === 0, `exit ${JSON.stringify(exit)}`).toBe(true);
    }
  });
});
