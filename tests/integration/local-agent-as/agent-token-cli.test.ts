// `npm run agent:token`: the token is the last line printed, a normal AS-signed JWT for the customer;
// a negative --expires-in gives an expired one; AGENT_RESOURCE and LOCAL_AGENT_AS_PORT are read.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt, errors } from 'jose';
import { describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER } from '@/scripts/local-backend';
import { as, demoCustomerId, verifyAccessToken } from './support';

const ROOT = join(import.meta.dirname, '..', '..', '..');

async function agentToken(args: string[], env: Record<string, string> = {}) {
  const { stdout } = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/local-agent-as/token-cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, LOCAL_AGENT_AS_PORT: new URL(as.issuer).port, AGENT_RESOURCE: '', LOCAL_AGENT_CLIENTS: '', ...env },
  });
  return stdout.trim().split('\n').at(-1)!;
}

describe('npm run agent:token', () => {
  it('prints a valid principal token last, with the limit, scope and audience asked for', { timeout: 30_000 }, async () => {
    const token = await agentToken(['--customer', DEMO_CUSTOMER.email, '--max-amount', '7500', '--currency', 'usd', '--scope', 'catalog:read checkout:write'], {
      AGENT_RESOURCE: as.resources[1]!,
    });
    const { payload } = await verifyAccessToken(token, as.resources[1]);
    expect(payload).toMatchObject({ sub: await demoCustomerId(), scope: 'catalog:read checkout:write', client_id: as.agentClientId, grant_id: expect.any(String) });
    expect(payload.authorization_details).toEqual([{ type: 'commerce_checkout', max_amount: 7500, currency: 'USD', expires_at: expect.any(String) }]);
  });

  it('gives an expired token for a negative --expires-in, and takes --audience over AGENT_RESOURCE', { timeout: 30_000 }, async () => {
    const token = await agentToken(['--customer', DEMO_CUSTOMER.email, '--expires-in', '-120', '--audience', 'http://localhost:9999/api/mcp'], { AGENT_RESOURCE: as.resource });
    const claims = decodeJwt(token);
    expect(claims.aud).toBe('http://localhost:9999/api/mcp');
    expect(claims.exp).toBeLessThan(Date.now() / 1000 - 100);
    await expect(verifyAccessToken(token, 'http://localhost:9999/api/mcp')).rejects.toBeInstanceOf(errors.JWTExpired);
  });

  it('fails with a message and no token for an unknown customer', { timeout: 30_000 }, async () => {
    await expect(agentToken(['--customer', 'nobody@example.com'])).rejects.toThrow(/no customer with that email/);
  });
});
