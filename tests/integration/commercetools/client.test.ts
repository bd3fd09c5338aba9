// The commercetools client over real HTTP against local backends: token sharing and refresh,
// the 401 recovery path, and the typed result mapping of real upstream errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalBackend } from '../../../scripts/local-backend';
import { startStorefrontBackend } from '@/scripts/storefront-backend';
import { withEnv } from '../../harness/fresh-modules';

const STOREFRONT = { id: 'client-test-storefront', secret: 'client-test-secret-000000000000', scopes: ['view_categories', 'manage_orders'] };
const NO_ORDERS = { id: 'client-test-catalog-only', secret: 'client-test-secret-111111111111', scopes: ['view_categories'] };

let backend: LocalBackend;
let shortLived: LocalBackend;

beforeAll(async () => {
  [backend, shortLived] = await Promise.all([
    startStorefrontBackend({ port: 0, seed: false, clients: [STOREFRONT, NO_ORDERS] }),
    // Tokens shorter-lived than the refresh margin: every call must fetch a new one.
    startStorefrontBackend({ port: 0, seed: false, clients: [STOREFRONT], tokenTtlSeconds: 120 }),
  ]);
});
afterAll(async () => {
  await Promise.all([backend?.close(), shortLived?.close()]);
});

function envFor(target: LocalBackend, client: { id: string; secret: string }) {
  return {
    CTP_PROJECT_KEY: target.projectKey,
    CTP_CLIENT_ID: client.id,
    CTP_CLIENT_SECRET: client.secret,
    CTP_AUTH_URL: target.url,
    CTP_API_URL: target.url,
    CTP_SCOPES: undefined,
  };
}

const tokenRequests = (target: LocalBackend, clientId: string) => target.stats().tokenRequestsByClient[clientId] ?? 0;

async function loadClient(target: LocalBackend, client = STOREFRONT) {
  return withEnv(envFor(target, client), async () => ({
    ...(await import('@/lib/commercetools/client')),
    ...(await import('@/lib/commercetools/result')),
  }));
}

describe('commercetools client', () => {
  it('shares one token request among concurrent callers and reuses it afterwards', async () => {
    const { ctApi, ctCall, storefrontTokenProvider } = await loadClient(backend);
    const before = tokenRequests(backend, STOREFRONT.id);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => ctCall(() => ctApi().categories().get().execute())),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    await ctCall(() => ctApi().categories().get().execute());
    expect(tokenRequests(backend, STOREFRONT.id) - before).toBe(1);
    expect(storefrontTokenProvider().requests).toBe(1);
  });

  it('refreshes a token that is within the refresh margin of expiry', async () => {
    const { ctApi, ctCall } = await loadClient(shortLived);
    const before = tokenRequests(shortLived, STOREFRONT.id);
    await ctCall(() => ctApi().categories().get().execute());
    await ctCall(() => ctApi().categories().get().execute());
    expect(tokenRequests(shortLived, STOREFRONT.id) - before).toBe(2);
  });

  it('recovers from a token the API refuses by fetching a new one once', async () => {
    const { ctApi, ctCall, storefrontTokenProvider } = await loadClient(backend);
    storefrontTokenProvider().prime({ value: 'revoked-token', scopes: [], expiresAt: Date.now() + 3_600_000 });
    const result = await ctCall(() => ctApi().categories().get().execute());
    expect(result.ok).toBe(true);
    expect(storefrontTokenProvider().requests).toBe(1);
  });

  it('maps real upstream errors to typed failures', async () => {
    const { ctApi, ctCall } = await loadClient(backend);
    const missing = await ctCall(() => ctApi().carts().withId({ ID: '00000000-0000-4000-8000-000000000000' }).get().execute());
    expect(missing).toMatchObject({ ok: false, kind: 'not_found', status: 404 });

    const created = await ctCall(() => ctApi().carts().post({ body: { currency: 'USD', country: 'US' } }).execute());
    if (!created.ok) throw new Error(`cart creation failed: ${created.kind}`);
    const stale = await ctCall(() =>
      ctApi()
        .carts()
        .withId({ ID: created.value.id })
        .post({ body: { version: created.value.version + 5, actions: [{ action: 'setCountry', country: 'US' }] } })
        .execute(),
    );
    expect(stale).toMatchObject({ ok: false, kind: 'conflict', status: 409, codes: ['ConcurrentModification'] });
    expect(stale.ok === false && stale.currentVersion).toBe(created.value.version);
  });

  it('reports a missing scope as forbidden, not as a crash', async () => {
    const { ctApi, ctCall } = await loadClient(backend, NO_ORDERS);
    const result = await ctCall(() => ctApi().carts().post({ body: { currency: 'USD' } }).execute());
    expect(result).toMatchObject({ ok: false, kind: 'forbidden', status: 403, codes: ['insufficient_scope'] });
  });

  it('reports wrong credentials and an unreachable backend as typed failures', async () => {
    const wrong = await loadClient(backend, { ...STOREFRONT, secret: 'not-the-secret-000000000000000' });
    expect(await wrong.ctCall(() => wrong.ctApi().categories().get().execute())).toMatchObject({
      ok: false,
      kind: 'unauthorized',
      codes: ['invalid_client'],
    });
    const down = await withEnv({ ...envFor(backend, STOREFRONT), CTP_AUTH_URL: 'http://127.0.0.1:9', CTP_API_URL: 'http://127.0.0.1:9' }, async () => ({
      ...(await import('@/lib/commercetools/client')),
      ...(await import('@/lib/commercetools/result')),
    }));
    expect(await down.ctCall(() => down.ctApi().categories().get().execute())).toMatchObject({
      ok: false,
      kind: 'unavailable',
      retryable: true,
    });
  });
});
