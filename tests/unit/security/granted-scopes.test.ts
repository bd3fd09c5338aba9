// The granted-scopes rule against a real (local) auth server: what the client is GRANTED decides,
// whatever CTP_SCOPES asks for, and every way of not getting an answer fails closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServerEnv } from '@/lib/env';
import { sharedTokenProvider } from '@/lib/commercetools/token';
import { runBootChecks, type RuleResult } from '@/lib/security/env-guard';
import { checkGrantedScopes } from '@/lib/security/granted-scopes';
import { DEFAULT_STOREFRONT_SCOPES } from '@/lib/security/scopes';
import { type LocalBackend } from '@/scripts/local-backend';
import { startStorefrontBackend } from '@/scripts/storefront-backend';
import { freePort, goodServerEnv, TEST_CLIENT, TEST_CTP_CLIENT_SECRET, type TestEnv } from '@/tests/harness/test-env';

const storefront = [...DEFAULT_STOREFRONT_SCOPES];
// One client per case: the process-wide token provider is keyed by auth URL + client id.
const clients = {
  good: TEST_CLIENT,
  goodForShared: { id: 'boottest-shared', secret: TEST_CTP_CLIENT_SECRET, scopes: storefront },
  admin: { id: 'boottest-admin', secret: TEST_CTP_CLIENT_SECRET, scopes: ['manage_project'] },
  adminWithDeclared: { id: 'boottest-admin-declared', secret: TEST_CTP_CLIENT_SECRET, scopes: ['manage_project'] },
  myOrders: { id: 'boottest-my-orders', secret: TEST_CTP_CLIENT_SECRET, scopes: [...storefront, 'manage_my_orders'] },
  wrongSecret: { id: 'boottest-wrong-secret', secret: TEST_CTP_CLIENT_SECRET, scopes: storefront },
  otherProject: { id: 'boottest-other-project', secret: TEST_CTP_CLIENT_SECRET, scopes: storefront.map((s) => `${s}:other-project`) },
};

let backend: LocalBackend;
beforeAll(async () => {
  backend = await startStorefrontBackend({ port: 0, seed: false, clients: Object.values(clients) });
});
afterAll(() => backend?.close());

const env = (clientId: string, overrides: TestEnv = {}) =>
  goodServerEnv(backend.url, backend.projectKey, { CTP_CLIENT_ID: clientId, ...overrides });
const check = (clientId: string, overrides: TestEnv = {}) => checkGrantedScopes(parseServerEnv(env(clientId, overrides)));

function expectFail(result: RuleResult, ...fragments: string[]): void {
  expect(result.status, result.message).toBe('fail');
  expect(result.message.startsWith('[granted-scopes] ')).toBe(true);
  expect(result.message).toContain('Fix:');
  expect(result.message).not.toContain(TEST_CTP_CLIENT_SECRET);
  for (const fragment of fragments) expect(result.message).toContain(fragment);
}

describe('granted-scopes rule', () => {
  it('passes a client granted only storefront scopes', async () => {
    const result = await check(clients.good.id);
    expect(result.status, result.message).toBe('pass');
    for (const scope of storefront) expect(result.message).toContain(scope);
  });

  it('refuses a client granted manage_project', async () => {
    expectFail(await check(clients.admin.id), 'manage_project', 'full admin access');
  });

  it('refuses a client granted manage_my_orders on top of the storefront scopes', async () => {
    expectFail(await check(clients.myOrders.id), 'manage_my_orders');
  });

  it('checks what is granted, not what CTP_SCOPES asks for', async () => {
    // CTP_SCOPES is harmless, but the client behind the secret is an admin: refused.
    expectFail(await check(clients.adminWithDeclared.id, { CTP_SCOPES: 'view_published_products:' + backend.projectKey }), 'manage_project');
  });

  it('fails closed when the auth server rejects the credentials', async () => {
    expectFail(
      await check(clients.wrongSecret.id, { CTP_CLIENT_SECRET: 'not-the-right-secret-000000000000' }),
      'credentials rejected by the auth server',
      'CTP_CLIENT_SECRET',
    );
  });

  it('fails closed when the auth server is unreachable', async () => {
    const closedPort = await freePort();
    expectFail(await check(clients.good.id, { CTP_AUTH_URL: `http://127.0.0.1:${closedPort}` }), 'no usable answer from the auth server');
  });

  it('refuses a client of another project', async () => {
    expectFail(await check(clients.otherProject.id), 'other-project', `CTP_PROJECT_KEY=${backend.projectKey}`);
  });

  it('refuses CTP_SCOPES asking for a scope the client is not granted', async () => {
    expectFail(await check(clients.good.id, { CTP_SCOPES: `view_types:${backend.projectKey}` }), 'view_types', 'not granted');
  });

  it('leaves its token to the app when CTP_SCOPES is unset: boot costs no extra token request', async () => {
    const before = backend.stats().tokenRequests;
    const results = await runBootChecks(env(clients.goodForShared.id));
    expect(results.every((r) => r.status === 'pass'), JSON.stringify(results)).toBe(true);
    expect(backend.stats().tokenRequests).toBe(before + 1);
    // The app's client asks the same process-wide provider (no scope parameter) and gets that token.
    await sharedTokenProvider({ authUrl: backend.url, clientId: clients.goodForShared.id, clientSecret: TEST_CTP_CLIENT_SECRET }).get();
    expect(backend.stats().tokenRequests).toBe(before + 1);
  });
});
