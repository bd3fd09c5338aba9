// The go-live items about the deploy environment: second and admin credentials, the development
// MCP client's names (read from .mcp.json), an https SITE_URL, a real payment provider, and the
// storefront client's granted scopes asked of a real (local) auth server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDeployCredentials, checkPaymentProvider, checkSiteUrl, checkStorefrontClient, devMcpEnvNames } from '@/scripts/golive/env-checks';
import { type LocalBackend } from '@/scripts/local-backend';
import { startStorefrontBackend } from '@/scripts/storefront-backend';
import { freePort, goodServerEnv, TEST_CLIENT, TEST_CTP_CLIENT_SECRET } from '@/tests/harness/test-env';

// Built at run time so this file holds no string a secret scanner would flag.
const SECRET = ['Qm7vT2xLp9RzK4wN', 'c8YhB3dFj6GsA1eU'].join('');
const storefront = { CTP_CLIENT_ID: 'storefront', CTP_CLIENT_SECRET: SECRET };

describe('deploy-credentials', () => {
  it('passes the storefront credential alone', () => {
    expect(checkDeployCredentials({ ...storefront, CTP_PROJECT_KEY: 'shop', CTP_CHECKOUT_APPLICATION_KEY: 'checkout-app' }).status).toBe('pass');
  });

  it.each([
    ['a second CTP_ client', { CTP_ADMIN_CLIENT_ID: 'setup-client-4711', CTP_ADMIN_CLIENT_SECRET: SECRET }, 'CTP_ADMIN_CLIENT_SECRET (a second commercetools credential)'],
    ['a COMMERCETOOLS_ secret', { COMMERCETOOLS_CLIENT_SECRET: SECRET }, 'COMMERCETOOLS_CLIENT_SECRET (a second commercetools credential)'],
    ['a CT_ token', { CT_IMPORT_ACCESS_TOKEN: SECRET }, 'CT_IMPORT_ACCESS_TOKEN (a second commercetools credential)'],
    ['an ADMIN password', { SETUP_ADMIN_PASSWORD: 'hunter2hunter2' }, 'SETUP_ADMIN_PASSWORD (an admin/manage credential: its name contains PASSWORD)'],
    ['a MANAGE client id', { MANAGE_PROJECT_CLIENT_ID: 'setup-client' }, 'MANAGE_PROJECT_CLIENT_ID (an admin/manage credential: its name contains CLIENT_ID)'],
    ['a secret-shaped ADMIN value', { ADMIN_CT: SECRET }, 'ADMIN_CT (an admin/manage credential: its value looks like a secret)'],
    ['the development MCP client', { CTP_DEV_MCP_CLIENT_SECRET: SECRET }, 'CTP_DEV_MCP_CLIENT_SECRET (the development MCP server\'s credential, from .mcp.json)'],
    ['the development MCP project key', { CTP_DEV_MCP_PROJECT_KEY: 'shop-dev' }, 'CTP_DEV_MCP_PROJECT_KEY (the development MCP server\'s credential'],
  ])('refuses %s, by name and never by value', (_, extra, fragment) => {
    const result = checkDeployCredentials({ ...storefront, ...extra });
    expect(result.status, result.message).toBe('fail');
    expect(result.message).toContain(fragment);
    expect(result.message).toContain('Fix: remove these variables from the deploy environment');
    for (const value of Object.values(extra)) expect(result.message).not.toContain(value);
  });

  it('ignores empty variables and admin-ish names that hold no credential', () => {
    expect(checkDeployCredentials({ ...storefront, CTP_ADMIN_CLIENT_SECRET: '', ADMIN_EMAIL_DISPLAY: 'Shop team' }).status).toBe('pass');
  });

  it('reads the development MCP names from .mcp.json', () => {
    expect(devMcpEnvNames()).toEqual(expect.arrayContaining(['CTP_DEV_MCP_CLIENT_ID', 'CTP_DEV_MCP_CLIENT_SECRET']));
    expect(devMcpEnvNames()).not.toContain('CTP_CLIENT_SECRET');
  });
});

describe('site-url', () => {
  it.each([
    [{}, 'SITE_URL is not set'],
    [{ SITE_URL: 'http://shop.example.com' }, 'not https'],
    [{ SITE_URL: 'https://localhost:3000' }, 'loopback'],
    [{ SITE_URL: 'shop.example.com' }, 'not a URL'],
  ])('fails %j', (env, fragment) => {
    const result = checkSiteUrl(env);
    expect(result.status).toBe('fail');
    expect(result.message).toContain(fragment);
  });

  it('passes an https origin without printing it', () => {
    const result = checkSiteUrl({ SITE_URL: 'https://shop.example.com' });
    expect(result.status).toBe('pass');
    expect(result.message).not.toContain('shop.example.com');
  });
});

describe('payment-provider', () => {
  it.each([
    [{}, 'PAYMENT_PROVIDER unset'],
    [{ PAYMENT_PROVIDER: 'none' }, '=none'],
    [{ PAYMENT_PROVIDER: 'test' }, 'without payment'],
    [{ PAYMENT_PROVIDER: 'stripe-live-guess' }, 'a value no provider has'],
  ])('fails %j with the fix', (env, fragment) => {
    const result = checkPaymentProvider(env);
    expect(result.status).toBe('fail');
    expect(result.message).toContain(fragment);
    expect(result.message).toContain('Fix: set PAYMENT_PROVIDER=commercetools-checkout');
  });

  const checkout = { PAYMENT_PROVIDER: 'commercetools-checkout', CTP_API_URL: 'https://api.europe-west1.gcp.commercetools.com', CTP_PROJECT_KEY: 'shop' };

  it('fails commercetools Checkout configured as the boot rule would refuse it', () => {
    const result = checkPaymentProvider(checkout);
    expect(result.status).toBe('fail');
    expect(result.message).toContain('(boot rule checkout)');
    expect(result.message).toContain('CTP_CHECKOUT_APPLICATION_KEY is not set');
  });

  it('passes commercetools Checkout with its application key in a commercetools region', () => {
    const result = checkPaymentProvider({ ...checkout, CTP_CHECKOUT_APPLICATION_KEY: 'app-key' });
    expect(result.status, result.message).toBe('pass');
  });
});

describe('storefront-client (the granted-scopes rule, against a real auth server)', () => {
  const admin = { id: 'golive-admin', secret: TEST_CTP_CLIENT_SECRET, scopes: ['manage_project'] };
  const noSessions = { ...TEST_CLIENT, id: 'golive-no-sessions' };
  let backend: LocalBackend;
  beforeAll(async () => {
    backend = await startStorefrontBackend({ port: 0, seed: false, clients: [{ ...TEST_CLIENT, scopes: [...TEST_CLIENT.scopes, 'manage_sessions'] }, noSessions, admin] });
  });
  afterAll(() => backend?.close());
  const env = (overrides: Record<string, string | undefined> = {}) =>
    goodServerEnv(backend.url, backend.projectKey, { NODE_ENV: 'production', PAYMENT_PROVIDER: 'commercetools-checkout', ...overrides });

  it('fails a storefront client without manage_sessions when commercetools Checkout is the provider', async () => {
    const result = await checkStorefrontClient(env({ CTP_CLIENT_ID: noSessions.id }));
    expect(result.status).toBe('fail');
    expect(result.message).toContain('manage_sessions');
  });

  it('passes a storefront client with the storefront scopes and manage_sessions', async () => {
    const result = await checkStorefrontClient(env());
    expect(result.status, result.message).toBe('pass');
    expect(result.message).toMatch(/^\[storefront-client\] \(boot rule granted-scopes\) client storefront-boottest is granted only allowlisted scopes/);
  });

  it('fails a manage_project client', async () => {
    const result = await checkStorefrontClient(env({ CTP_CLIENT_ID: admin.id }));
    expect(result.status).toBe('fail');
    expect(result.message).toContain('manage_project');
  });

  it('fails, never passes, when the auth server is unreachable', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const result = await checkStorefrontClient(env({ CTP_AUTH_URL: closed, CTP_CLIENT_ID: 'golive-unreachable' }));
    expect(result.status, result.message).toBe('fail');
    expect(result.message).toContain('no usable answer from the auth server');
    expect(result.message).not.toContain(TEST_CTP_CLIENT_SECRET);
  });

  it('fails when the configuration does not parse', async () => {
    const result = await checkStorefrontClient(env({ CTP_CLIENT_SECRET: undefined }));
    expect(result.status).toBe('fail');
    expect(result.message).toContain('CTP_CLIENT_SECRET is required');
  });
});
