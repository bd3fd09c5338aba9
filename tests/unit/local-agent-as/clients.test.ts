// LOCAL_AGENT_CLIENTS: strict parsing with errors that name the problem, never a silent default.
import { describe, expect, it } from 'vitest';
import { AgentClientConfigError, agentClientsFromEnv, RESOURCE_SERVER_CLIENT } from '@/scripts/local-agent-as';

const valid = { id: 'shopper-bot', secret: 'a-local-secret-0000', name: 'Shopper bot', scopes: ['catalog:read'] };

describe('LOCAL_AGENT_CLIENTS', () => {
  it('is undefined when unset and parses a valid list (redirect_uris optional)', () => {
    expect(agentClientsFromEnv({})).toBeUndefined();
    expect(agentClientsFromEnv({ LOCAL_AGENT_CLIENTS: JSON.stringify([valid]) })).toEqual([{ ...valid, redirect_uris: [] }]);
  });

  it.each([
    ['invalid JSON', '[{', /not valid JSON/],
    ['an empty list', '[]', /at least one client/],
    ['an unknown scope', JSON.stringify([{ ...valid, scopes: ['manage_project'] }]), /scopes\.0/],
    ['an unknown key', JSON.stringify([{ ...valid, admin: true }]), /admin/],
    ['a short secret', JSON.stringify([{ ...valid, secret: 'x' }]), /secret/],
    ['a non-http redirect', JSON.stringify([{ ...valid, redirect_uris: ['javascript:alert(1)'] }]), /redirect_uris\.0/],
    ['duplicate ids', JSON.stringify([valid, valid]), /unique/],
    ['the storefront client id', JSON.stringify([{ ...valid, id: RESOURCE_SERVER_CLIENT.id }]), /reserved/],
  ])('refuses %s with an error naming the problem', (_label, value, message) => {
    expect(() => agentClientsFromEnv({ LOCAL_AGENT_CLIENTS: value })).toThrow(AgentClientConfigError);
    expect(() => agentClientsFromEnv({ LOCAL_AGENT_CLIENTS: value })).toThrow(message);
  });
});
