// The agent front door's guarded entry (lib/agents/authorize.ts) against real tokens from a real
// key server over HTTP: every control of docs/agents.md "Authorization" has a case that fails if the
// control breaks.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppError } from '@/lib/http/errors';
import { hmacWithPublicKey, startKeyServer, tampered, unsignedToken, type KeyServer } from '../../harness/agent-keys';
import { withEnv } from '../../harness/fresh-modules';

let keys: KeyServer;
let authorize: typeof import('@/lib/agents/authorize');

beforeAll(async () => {
  keys = await startKeyServer();
});
afterAll(() => keys?.close());
beforeEach(async () => {
  authorize = await withEnv(
    {
      AGENT_OAUTH_ISSUER: keys.issuer,
      AGENT_RESOURCE: keys.resource,
      AGENT_WRITES: 'on',
      AGENT_INTROSPECTION_CLIENT_ID: keys.introspectionClient.id,
      AGENT_INTROSPECTION_CLIENT_SECRET: keys.introspectionClient.secret,
    },
    () => import('@/lib/agents/authorize'),
  );
});

const READ = { scope: 'catalog:read', write: false } as const;
const WRITE = { scope: 'checkout:write', write: true } as const;
const request = (token?: string) => new Request('http://localhost:3000/api/mcp', { method: 'POST', headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
const now = () => Math.floor(Date.now() / 1000);

async function refusal(token: string | undefined, need: { scope: 'catalog:read' | 'checkout:write'; write: boolean } = WRITE): Promise<AppError> {
  const error = await authorize.authorizeAgentCall(request(token), need).then(
    () => null,
    (e: unknown) => e,
  );
  // Modules are loaded afresh per test (their env), so the class is compared by name.
  expect((error as Error | null)?.name).toBe('AppError');
  return error as AppError;
}

describe('valid tokens', () => {
  it.each(['RS256', 'ES256'] as const)('accepts an %s token and reads the agent, the customer, the scopes and the limit', async (alg) => {
    const token = await keys.sign(
      { authorization_details: [{ type: 'commerce_checkout', max_amount: 5000, currency: 'USD' }, { type: 'something_else', x: 1 }], grant_id: 'g-1' },
      { alg },
    );
    const call = await authorize.authorizeAgentCall(request(token), WRITE);
    expect(call.token).toMatchObject({ agentId: 'agent-1', principalId: 'customer-1', grantId: 'g-1' });
    expect([...call.token!.scopes]).toEqual(['catalog:read', 'checkout:write']);
    expect(call.token!.spendingLimits).toEqual([{ type: 'commerce_checkout', max_amount: 5000, currency: 'USD' }]);
    expect(call.introspection).toBe('active');
  });

  it('lets a catalog read come without a token, and tolerates at most 30 s of clock skew', async () => {
    expect((await authorize.authorizeAgentCall(request(), READ)).token).toBeNull();
    await authorize.authorizeAgentCall(request(await keys.sign({ exp: now() - 10 })), READ);
    await authorize.authorizeAgentCall(request(await keys.sign({ nbf: now() + 10 })), READ);
  });
});

describe('refused tokens (401 with a Bearer challenge naming the resource metadata)', () => {
  it.each([
    ['no token on a write', async () => undefined],
    ['alg none', async () => unsignedToken({ iss: keys.issuer, aud: keys.resource, sub: 'c', jti: 'j', iat: now(), exp: now() + 60, scope: 'checkout:write' })],
    ['HS256 signed with the public key', async () => hmacWithPublicKey(keys, { iss: keys.issuer, aud: keys.resource, sub: 'c', jti: 'j', iat: now(), exp: now() + 60, scope: 'checkout:write' })],
    ['a tampered payload', async () => tampered(await keys.sign(), { scope: 'checkout:write orders:read', sub: 'someone-else' })],
    ['an unknown kid', async () => keys.sign({}, { kid: 'rotated-away' })],
    ['expired beyond the leeway', async () => keys.sign({ exp: now() - 31, iat: now() - 600 })],
    ['not yet valid', async () => keys.sign({ nbf: now() + 120 })],
    ['another issuer', async () => keys.sign({ iss: 'https://evil.example' })],
    ['another audience', async () => keys.sign({ aud: 'https://other-shop.example/api/mcp' })],
    ['an ID token (typ JWT, not at+jwt)', async () => keys.sign({}, { typ: 'JWT' })],
    ['no jti', async () => keys.sign({}, { omit: ['jti'] })],
    ['a malformed spending limit', async () => keys.sign({ authorization_details: [{ type: 'commerce_checkout', max_amount: '5000', currency: 'USD' }] })],
    ['garbage', async () => 'not.a.jwt'],
  ])('%s', async (_name, make) => {
    const error = await refusal(await make());
    expect(error.code).toBe('invalid_token');
    expect(error.status).toBe(401);
    expect(error.challenge).toMatch(/^Bearer resource_metadata="http:\/\/localhost:3000\/\.well-known\/oauth-protected-resource\/api\/mcp"/);
  });

  it('logs an alert for alg none and HS* (an attack, not a mistake)', async () => {
    const alerts = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await refusal(unsignedToken({ sub: 'c' }));
    await refusal(await hmacWithPublicKey(keys, { sub: 'c' }));
    const events = alerts.mock.calls.map(([line]) => JSON.parse(String(line)) as { event: string; alg: string });
    expect(events.filter((e) => e.event === 'agent.token_algorithm_refused').map((e) => e.alg)).toEqual(['none', 'HS256']);
    alerts.mockRestore();
  });

  it('fetches the JWKS again for an unknown kid at most once per cooldown', async () => {
    await authorize.authorizeAgentCall(request(await keys.sign()), READ);
    const before = keys.jwksFetches();
    for (let i = 0; i < 5; i++) await refusal(await keys.sign({}, { kid: `made-up-${i}` }), READ);
    expect(keys.jwksFetches() - before).toBeLessThanOrEqual(1);
  });
});

describe('scopes, replays, revocation', () => {
  it('refuses a token without the scope the call needs: 403 insufficient_scope naming it', async () => {
    const error = await refusal(await keys.sign({ scope: 'catalog:read' }));
    expect(error.code).toBe('insufficient_scope');
    expect(error.status).toBe(403);
    expect(error.challenge).toContain('error="insufficient_scope", scope="checkout:write"');
  });

  it('uses a token for one write only: the replayed jti is refused', async () => {
    const token = await keys.sign();
    await authorize.authorizeAgentCall(request(token), WRITE);
    const error = await refusal(token);
    expect(error.code).toBe('invalid_token');
    expect(error.message).toContain('already used for a write');
    // Reads may repeat.
    await authorize.authorizeAgentCall(request(token), READ);
    await authorize.authorizeAgentCall(request(token), READ);
  });

  it('refuses a revoked token on a write at once (introspection inactive), though its signature is fine', async () => {
    const token = await keys.sign();
    keys.revoked.add(JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).jti);
    expect((await refusal(token)).message).toContain('revoked');
  });

  it('fails closed when introspection cannot answer: 503, never a write', async () => {
    keys.introspectionDown = true;
    try {
      const error = await refusal(await keys.sign());
      expect(error.code).toBe('authorization_unavailable');
      expect(error.status).toBe(503);
    } finally {
      keys.introspectionDown = false;
    }
  });

  it('is off (404) without an authorization server', async () => {
    const off = await withEnv({ AGENT_OAUTH_ISSUER: undefined }, () => import('@/lib/agents/authorize'));
    const error = await off.authorizeAgentCall(request(await keys.sign()), READ).catch((e: unknown) => e as AppError);
    expect((error as AppError).code).toBe('not_found');
  });
});
