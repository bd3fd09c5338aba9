// The storefront env of the demo, dev and e2e servers names the local agent AS when one runs.
import { describe, expect, it } from 'vitest';
import { RESOURCE_SERVER_CLIENT } from '@/scripts/local-agent-as';
import { localAppEnv } from '@/scripts/lib/next-process';

const backend = { url: 'http://127.0.0.1:8989', projectKey: 'demo-store', clientId: 'c', clientSecret: 's' };

describe('localAppEnv and the local agent AS', () => {
  it('sets AGENT_OAUTH_ISSUER, AGENT_RESOURCE (the site\'s /api/mcp) and the introspection client', () => {
    const agent = { issuer: 'http://127.0.0.1:8990', clientId: RESOURCE_SERVER_CLIENT.id, clientSecret: RESOURCE_SERVER_CLIENT.secret };
    expect(localAppEnv({ ...backend, agent }, 'http://localhost:3107/')).toMatchObject({
      AGENT_OAUTH_ISSUER: 'http://127.0.0.1:8990',
      AGENT_RESOURCE: 'http://localhost:3107/api/mcp',
      AGENT_INTROSPECTION_CLIENT_ID: RESOURCE_SERVER_CLIENT.id,
      AGENT_INTROSPECTION_CLIENT_SECRET: RESOURCE_SERVER_CLIENT.secret,
    });
  });

  it('sets none of them without one', () => {
    expect(Object.keys(localAppEnv(backend, 'http://localhost:3000')).filter((k) => k.startsWith('AGENT_'))).toEqual([]);
  });
});
