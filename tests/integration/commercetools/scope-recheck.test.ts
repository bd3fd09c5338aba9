// Scopes are re-checked on every token refresh, not only at boot: when the API client is granted a
// scope outside the allowlist after boot (the local backend's admin hook changes the grant; the token
// response states it, as commercetools does), the next refresh is refused, no request goes upstream
// with that token (or any other of the client), one loud log line says why, and /api/health is 503.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetProcessSingletons } from '@/lib/process-singleton';
import { DEFAULT_STOREFRONT_SCOPES } from '@/lib/security/scopes';
import { type LocalBackend, SEED_ADMIN_CLIENT } from '@/scripts/local-backend';
import { startStorefrontBackend } from '@/scripts/storefront-backend';
import { withEnv } from '../../harness/fresh-modules';
import { apiRequest, routeContext } from '../../harness/requests';

const storefront = [...DEFAULT_STOREFRONT_SCOPES];
const UNSCOPED = { id: 'recheck-unscoped', secret: 'recheck-secret-unscoped-0000000000', scopes: storefront };
const SCOPED = { id: 'recheck-scoped', secret: 'recheck-secret-scoped-00000000000', scopes: storefront };

let backend: LocalBackend;
beforeAll(async () => {
  // Tokens shorter-lived than the refresh margin: every call refreshes, so no test waits for expiry.
  backend = await startStorefrontBackend({ port: 0, seed: false, tokenTtlSeconds: 120, clients: [UNSCOPED, SCOPED, SEED_ADMIN_CLIENT] });
});
afterEach(() => {
  resetProcessSingletons('security.scopeAlarm');
  vi.restoreAllMocks();
});
afterAll(() => backend?.close());

const stats = (clientId: string) => ({
  tokens: backend.stats().tokenRequestsByClient[clientId] ?? 0,
  api: backend.stats().apiRequestsByClient[clientId] ?? 0,
});

async function grant(clientId: string, scopes: string[]) {
  const token = await fetch(`${backend.url}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${SEED_ADMIN_CLIENT.id}:${SEED_ADMIN_CLIENT.secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  const { access_token } = (await token.json()) as { access_token: string };
  const response = await fetch(`${backend.url}/__local/clients/${clientId}/scopes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ scopes }),
  });
  expect(response.status).toBe(200);
}

async function load(client: { id: string; secret: string }, scopes?: string) {
  return withEnv(
    {
      CTP_PROJECT_KEY: backend.projectKey,
      CTP_CLIENT_ID: client.id,
      CTP_CLIENT_SECRET: client.secret,
      CTP_AUTH_URL: backend.url,
      CTP_API_URL: backend.url,
      CTP_SCOPES: scopes,
    },
    async () => ({
      ...(await import('@/lib/commercetools/client')),
      ...(await import('@/lib/commercetools/result')),
      health: await import('@/app/api/health/route'),
    }),
  );
}

type Loaded = Awaited<ReturnType<typeof load>>;
const categories = (m: Loaded) => m.ctCall(() => m.ctApi().categories().get().execute());
const health = (m: Loaded) => m.health.GET(apiRequest('/api/health'), routeContext());

async function expectRefusedAfterGrant(client: { id: string; secret: string }, m: Loaded, forbidden: string) {
  expect((await categories(m)).ok).toBe(true);
  expect((await health(m)).status).toBe(200);

  await grant(client.id, [...storefront, forbidden]);
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const before = stats(client.id);

  const refused = await categories(m);
  expect(refused.ok).toBe(false);
  expect(!refused.ok && refused.kind).toBe('forbidden');
  const afterRefresh = stats(client.id);
  expect(afterRefresh.tokens).toBeGreaterThan(before.tokens);
  // Not one API call with the new token, nor with the old one.
  expect(afterRefresh.api).toBe(before.api);

  // The client stays refused: no further token request, no API call.
  expect((await categories(m)).ok).toBe(false);
  expect(stats(client.id)).toEqual(afterRefresh);

  const lines = errors.mock.calls.map((call) => String(call[0]));
  const alarm = lines.filter((line) => line.includes('"event":"security.token_scope_violation"'));
  expect(alarm).toHaveLength(1);
  expect(alarm[0]).toContain(`"clientId":"${client.id}"`);
  expect(alarm[0]).toContain(`${forbidden}:${backend.projectKey}`);
  expect(lines.join('\n')).not.toContain(client.secret);

  const answer = await health(m);
  expect(answer.status).toBe(503);
  expect((await answer.json()).error).toMatchObject({ code: 'upstream_unavailable' });
}

describe('scope re-check on token refresh', () => {
  it('refuses the refreshed token of a client since granted manage_project (CTP_SCOPES unset)', async () => {
    await expectRefusedAfterGrant(UNSCOPED, await load(UNSCOPED), 'manage_project');
  });

  it('sees the whole grant even when CTP_SCOPES asks for less (the token would not show it)', async () => {
    const m = await load(SCOPED, `view_categories:${backend.projectKey}`);
    await expectRefusedAfterGrant(SCOPED, m, 'manage_api_clients');
  });
});
