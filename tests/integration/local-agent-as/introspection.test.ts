// Introspection (RFC 7662), revocation (RFC 7009) and a customer's grants at the run's local agent
// AS: a revoked token or grant is inactive at once, and only the storefront's client may ask.
import { describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER } from '@/scripts/local-backend';
import { mintAgentToken } from '@/scripts/local-agent-as';
import { AGENT_AUTH, as, basic, demoCustomerId, introspect, postForm, RS_AUTH } from './support';

async function clientCredentialsToken(): Promise<string> {
  const response = await postForm('/token', { grant_type: 'client_credentials' }, AGENT_AUTH);
  return ((await response.json()) as { access_token: string }).access_token;
}

function principalToken(options: { expiresIn?: number } = {}) {
  return mintAgentToken(as.issuer, { customer: DEMO_CUSTOMER.email, maxAmount: 5000, currency: 'USD', ...options });
}

function grants(sub: string, authorization = RS_AUTH) {
  return fetch(`${as.issuer}/grants?sub=${encodeURIComponent(sub)}`, { headers: { authorization } });
}

function revokeGrant(body: unknown, authorization = RS_AUTH) {
  return fetch(`${as.issuer}/grants/revoke`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('local agent authorization server: introspection and revocation', () => {
  it('answers active with the claims, then inactive at once after the token is revoked', async () => {
    const token = await clientCredentialsToken();
    const active = await introspect(token);
    expect(active).toMatchObject({ active: true, iss: as.issuer, aud: as.resource, client_id: as.agentClientId, sub: as.agentClientId, token_type: 'Bearer' });
    expect(active.jti).toEqual(expect.any(String));
    const revoked = await postForm('/token/revocation', { token }, RS_AUTH);
    expect(revoked.status).toBe(200);
    expect(await introspect(token)).toEqual({ active: false });
  });

  it('lets an agent revoke its own token', async () => {
    const token = await clientCredentialsToken();
    expect((await postForm('/token/revocation', { token }, AGENT_AUTH)).status).toBe(200);
    expect(await introspect(token)).toEqual({ active: false });
  });

  it('answers a principal token with sub, grant_id and the spending limit; expired is inactive', async () => {
    const minted = await principalToken();
    const claims = await introspect(minted.access_token);
    expect(claims).toMatchObject({ active: true, sub: await demoCustomerId(), grant_id: expect.any(String) });
    expect(claims.authorization_details).toEqual([{ type: 'commerce_checkout', max_amount: 5000, currency: 'USD', expires_at: expect.any(String) }]);
    expect(await introspect((await principalToken({ expiresIn: -60 })).access_token)).toEqual({ active: false });
    // Tampering a signed token makes it someone else's problem: inactive, never an error.
    const [h, p, s] = minted.access_token.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const forged = [h, Buffer.from(JSON.stringify({ ...payload, authorization_details: [{ ...payload.authorization_details[0], max_amount: 999999 }] })).toString('base64url'), s].join('.');
    expect(await introspect(forged)).toEqual({ active: false });
  });

  it('lists the customer\'s grants and revokes one, with every token under it', async () => {
    const sub = await demoCustomerId();
    const minted = await principalToken();
    const grantId = (await introspect(minted.access_token)).grant_id as string;
    const listed = (await (await grants(sub)).json()) as { grants: Record<string, unknown>[] };
    expect(listed.grants.find((g) => g.grant_id === grantId)).toMatchObject({
      client_id: as.agentClientId,
      client_name: 'Demo shopping agent',
      scopes: expect.arrayContaining(['catalog:read', 'checkout:write', 'orders:read']),
      authorization_details: [{ type: 'commerce_checkout', max_amount: 5000, currency: 'USD', expires_at: expect.any(String) }],
      expires_at: expect.any(Number),
    });

    // Another customer's id cannot revoke it: 404, and the token stays active.
    expect((await revokeGrant({ grant_id: grantId, sub: 'someone-else' })).status).toBe(404);
    expect((await introspect(minted.access_token)).active).toBe(true);

    const revoked = await revokeGrant({ grant_id: grantId, sub });
    expect(revoked.status).toBe(200);
    expect(await introspect(minted.access_token)).toEqual({ active: false });
    const after = (await (await grants(sub)).json()) as { grants: { grant_id: string }[] };
    expect(after.grants.map((g) => g.grant_id)).not.toContain(grantId);
  });

  it('refuses introspection, grant listing and grant revocation without the storefront\'s client', async () => {
    const token = await clientCredentialsToken();
    const anonymous = await postForm('/token/introspection', { token });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect((await postForm('/token/introspection', { token }, AGENT_AUTH)).status).toBe(401);
    expect((await postForm('/token/introspection', { token }, basic(as.introspectionClientId, 'wrong-secret-0000000'))).status).toBe(401);
    expect((await postForm('/token/introspection', { token, client_id: as.introspectionClientId, client_secret: as.introspectionClientSecret })).status).toBe(200);
    expect((await grants('x', AGENT_AUTH)).status).toBe(401);
    expect((await revokeGrant({ grant_id: 'x', sub: 'x' }, AGENT_AUTH)).status).toBe(401);
    expect((await postForm('/token/revocation', { token })).status).toBe(401);
    expect((await introspect(token)).active).toBe(true);
  });
});
