// The local agent AS's metadata, keys and client-credentials tokens, over real HTTP against the
// run's oidc-provider (tests/harness/global-setup.ts).
import { decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { AGENT_AUTH, as, basic, postForm, verifyAccessToken } from './support';

describe('local agent authorization server: metadata and keys', () => {
  it('listens on loopback and serves RFC 8414 metadata, the same at openid-configuration', async () => {
    expect(new URL(as.issuer).hostname).toBe('127.0.0.1');
    const rfc8414 = await (await fetch(`${as.issuer}/.well-known/oauth-authorization-server`)).json();
    const oidc = await (await fetch(`${as.issuer}/.well-known/openid-configuration`)).json();
    expect(rfc8414).toEqual(oidc);
    expect(rfc8414).toMatchObject({
      issuer: as.issuer,
      jwks_uri: `${as.issuer}/jwks`,
      token_endpoint: `${as.issuer}/token`,
      authorization_endpoint: `${as.issuer}/auth`,
      introspection_endpoint: `${as.issuer}/token/introspection`,
      revocation_endpoint: `${as.issuer}/token/revocation`,
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
      authorization_details_types_supported: ['commerce_checkout'],
    });
    expect(rfc8414.scopes_supported).toEqual(expect.arrayContaining(['catalog:read', 'checkout:write', 'orders:read']));
    expect(rfc8414.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'client_credentials']));
    expect(rfc8414.grant_types_supported).not.toContain('implicit');
  });

  it('publishes public signing keys only, each with a kid and an asymmetric alg', async () => {
    const { keys } = (await (await fetch(`${as.issuer}/jwks`)).json()) as { keys: Record<string, unknown>[] };
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key.kid).toEqual(expect.any(String));
      expect(['RS256', 'ES256']).toContain(key.alg);
      expect(key).not.toHaveProperty('d'); // no private part
    }
  });
});

describe('local agent authorization server: client credentials', () => {
  it('issues an RFC 9068 JWT for the resource, verified with the JWKS', async () => {
    const response = await postForm('/token', { grant_type: 'client_credentials', scope: 'catalog:read' }, AGENT_AUTH);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { access_token: string; token_type: string; expires_in: number; scope: string };
    expect(body).toMatchObject({ token_type: 'Bearer', scope: 'catalog:read', expires_in: 600 });
    const header = decodeProtectedHeader(body.access_token);
    expect(header.typ).toBe('at+jwt');
    expect(['RS256', 'ES256']).toContain(header.alg);
    const { payload } = await verifyAccessToken(body.access_token);
    expect(payload).toMatchObject({ iss: as.issuer, aud: as.resource, sub: as.agentClientId, client_id: as.agentClientId, scope: 'catalog:read' });
    expect(payload.jti).toEqual(expect.any(String));
    expect(payload.nbf).toBe(payload.iat);
    expect(payload.exp! - payload.iat!).toBe(600);
    // No principal, so no spending limit and no grant, even when the agent asks for one.
    expect(payload).not.toHaveProperty('authorization_details');
    expect(payload).not.toHaveProperty('grant_id');
  });

  it('gives an agent that asks for a spending limit on its own no limit', async () => {
    const authorization_details = JSON.stringify([{ type: 'commerce_checkout', max_amount: 100000, currency: 'USD' }]);
    const response = await postForm('/token', { grant_type: 'client_credentials', authorization_details }, AGENT_AUTH);
    const { access_token } = (await response.json()) as { access_token: string };
    expect((await verifyAccessToken(access_token)).payload).not.toHaveProperty('authorization_details');
  });

  it('refuses a wrong secret, an unknown resource and the resource server client; never grants an unknown scope', async () => {
    expect((await postForm('/token', { grant_type: 'client_credentials' }, basic(as.agentClientId, 'wrong-secret-000000'))).status).toBe(401);
    const otherResource = await postForm('/token', { grant_type: 'client_credentials', resource: 'https://evil.example/api/mcp' }, AGENT_AUTH);
    expect(otherResource.status).toBe(400);
    expect(((await otherResource.json()) as { error: string }).error).toBe('invalid_target');
    // RFC 6749 3.3: an unknown scope is left out of the grant, never granted.
    const badScope = await postForm('/token', { grant_type: 'client_credentials', scope: 'admin catalog:read' }, AGENT_AUTH);
    const { access_token } = (await badScope.json()) as { access_token: string };
    expect((await verifyAccessToken(access_token)).payload.scope).toBe('catalog:read');
    const rs = await postForm('/token', { grant_type: 'client_credentials' }, basic(as.introspectionClientId, as.introspectionClientSecret));
    expect(rs.status).toBe(400);
    expect(((await rs.json()) as { access_token?: string }).access_token).toBeUndefined();
  });
});
