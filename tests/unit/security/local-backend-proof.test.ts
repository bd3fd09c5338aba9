// The local-backend rule against real servers: the local backend proves itself with the client's
// secret; a loopback tunnel to anything else (here: one that forwards to the local backend but, like
// the real API, has no /__local/ routes), a backend holding another secret, a second backend, a
// server inventing an answer, and no answer at all are refused.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServerEnv } from '@/lib/env';
import { runBootChecks } from '@/lib/security/env-guard';
import { checkLocalBackend } from '@/lib/security/local-backend-proof';
import { type LocalBackend } from '@/scripts/local-backend';
import { startStorefrontBackend } from '@/scripts/storefront-backend';
import { startLoopbackTunnel, type LoopbackTunnel } from '@/tests/harness/loopback-tunnel';
import { freePort, goodServerEnv, TEST_CLIENT, TEST_CTP_CLIENT_SECRET, type TestEnv } from '@/tests/harness/test-env';

let backend: LocalBackend;
let second: LocalBackend;
let tunnel: LoopbackTunnel;
let impostor: Server;
let impostorUrl: string;
beforeAll(async () => {
  backend = await startStorefrontBackend({ port: 0, seed: false, clients: [TEST_CLIENT] });
  second = await startStorefrontBackend({ port: 0, seed: false, clients: [TEST_CLIENT] });
  tunnel = await startLoopbackTunnel(backend.url);
  // Answers the challenge with a well-formed but invented proof.
  impostor = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ backend: 'commercetools-local', projectKey: backend.projectKey, instance: 'x', proof: 'ab'.repeat(32) }));
  });
  await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve));
  impostorUrl = `http://127.0.0.1:${(impostor.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await tunnel?.close();
  impostor?.close();
  await Promise.all([backend?.close(), second?.close()]);
});

const env = (overrides: TestEnv) => parseServerEnv(goodServerEnv(backend.url, backend.projectKey, { PAYMENT_PROVIDER: 'test', ...overrides }));

async function expectRefused(overrides: TestEnv, fragment: string) {
  const result = await checkLocalBackend(env(overrides));
  expect(result.status, result.message).toBe('fail');
  expect(result.message.startsWith('[local-backend] ')).toBe(true);
  expect(result.message).toContain('Fix:');
  expect(result.message).toContain(fragment);
  expect(result.message).not.toContain(TEST_CTP_CLIENT_SECRET);
}

describe('local-backend rule', () => {
  it('passes when the local backend proves it holds the client secret', async () => {
    const result = await checkLocalBackend(env({}));
    expect(result.status, result.message).toBe('pass');
  });

  it('refuses a loopback tunnel to a project without the local identity route', async () => {
    await expectRefused({ CTP_API_URL: tunnel.url, CTP_AUTH_URL: tunnel.url }, 'answered 404 to the identity challenge');
    // Either URL alone through the tunnel is refused too.
    await expectRefused({ CTP_API_URL: tunnel.url }, tunnel.url);
    await expectRefused({ CTP_AUTH_URL: tunnel.url }, tunnel.url);
  });

  it('refuses a backend that does not hold our secret, and an invented proof', async () => {
    await expectRefused({ CTP_CLIENT_SECRET: 'another-secret-for-the-proof-test-000' }, 'without knowing CTP_CLIENT_SECRET');
    await expectRefused({ CTP_API_URL: impostorUrl }, 'without knowing CTP_CLIENT_SECRET');
  });

  it('refuses two different backends behind the two URLs', async () => {
    await expectRefused({ CTP_AUTH_URL: second.url }, 'two different backends');
  });

  it('does not even ask a host that is not loopback', async () => {
    await expectRefused({ CTP_API_URL: 'https://api.europe-west1.gcp.commercetools.com' }, 'not a loopback address');
  });

  it('refuses when the backend cannot be reached', async () => {
    const nowhere = `http://127.0.0.1:${await freePort()}`;
    await expectRefused({ CTP_API_URL: nowhere, CTP_AUTH_URL: nowhere }, 'could not be reached');
  });

  it('asks nothing when test payments are off', async () => {
    const nowhere = `http://127.0.0.1:${await freePort()}`;
    const result = await checkLocalBackend(env({ PAYMENT_PROVIDER: 'none', CTP_API_URL: nowhere, CTP_AUTH_URL: nowhere }));
    expect(result.status).toBe('pass');
  });

  it('is one of the boot rules: a tunnel passes every other rule and is still refused', async () => {
    const results = await runBootChecks(goodServerEnv(tunnel.url, backend.projectKey, { PAYMENT_PROVIDER: 'test' }));
    expect(results.filter((r) => r.status === 'fail').map((r) => r.rule)).toEqual(['local-backend']);
  });
});
