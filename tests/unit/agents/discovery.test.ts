// The discovery documents as pure functions of the agent configuration: exactly what is served, and
// nothing that is switched off.
import { describe, expect, it } from 'vitest';
import { AGENT_SCOPES, agentApiConfig, resourceMetadataUrlFor } from '@/lib/agents/config';
import { protectedResourceMetadata, ucpProfile, UCP_VERSION } from '@/lib/agents/discovery';
import { llmsTxt } from '@/lib/agents/llms-txt';

const ORIGIN = 'https://shop.example.com';
const ISSUER = 'https://id.example.com';
const on = (extra: { AGENT_RESOURCE?: string; AGENT_WRITES?: 'on' | 'off' } = {}) =>
  agentApiConfig({ AGENT_OAUTH_ISSUER: ISSUER, AGENT_RESOURCE: undefined, AGENT_WRITES: 'off', ...extra }, ORIGIN)!;

describe('agent API configuration', () => {
  it('is off without an authorization server', () => {
    expect(agentApiConfig({ AGENT_OAUTH_ISSUER: undefined, AGENT_RESOURCE: `${ORIGIN}/api/mcp`, AGENT_WRITES: 'on' }, ORIGIN)).toBeNull();
  });

  it('defaults the resource to the MCP endpoint and derives its RFC 9728 metadata URL', () => {
    expect(on()).toEqual({
      origin: ORIGIN,
      issuer: ISSUER,
      resource: `${ORIGIN}/api/mcp`,
      writes: false,
      mcpEndpoint: `${ORIGIN}/api/mcp`,
      restEndpoint: `${ORIGIN}/api/ucp`,
      resourceMetadataUrl: `${ORIGIN}/.well-known/oauth-protected-resource/api/mcp`,
      scopes: ['catalog:read', 'orders:read'],
    });
    expect(on({ AGENT_WRITES: 'on' }).scopes).toEqual([AGENT_SCOPES.catalogRead, AGENT_SCOPES.checkoutWrite, AGENT_SCOPES.ordersRead]);
  });

  it('inserts the well-known segment between host and path (RFC 9728 section 3.1)', () => {
    expect(resourceMetadataUrlFor('https://api.example.com/agents/')).toBe('https://api.example.com/.well-known/oauth-protected-resource/agents');
    expect(resourceMetadataUrlFor('https://api.example.com')).toBe('https://api.example.com/.well-known/oauth-protected-resource');
    expect(on({ AGENT_RESOURCE: 'https://agents.example.com/v1' }).resourceMetadataUrl).toBe(
      'https://agents.example.com/.well-known/oauth-protected-resource/v1',
    );
  });
});

describe('UCP business profile', () => {
  const ucp = `https://ucp.dev/${UCP_VERSION}`;
  const auth = { resource_metadata: `${ORIGIN}/.well-known/oauth-protected-resource/api/mcp` };
  const mcp = {
    version: UCP_VERSION,
    spec: `${ucp}/specification/overview`,
    transport: 'mcp',
    endpoint: `${ORIGIN}/api/mcp`,
    schema: `${ucp}/services/shopping/mcp.openrpc.json`,
    config: auth,
  };
  const catalogCapabilities = {
    'dev.ucp.shopping.catalog.search': [{ version: UCP_VERSION, spec: `${ucp}/specification/catalog/search`, schema: `${ucp}/schemas/shopping/catalog_search.json` }],
    'dev.ucp.shopping.catalog.lookup': [{ version: UCP_VERSION, spec: `${ucp}/specification/catalog/lookup`, schema: `${ucp}/schemas/shopping/catalog_lookup.json` }],
  };

  it('names the released protocol version', () => {
    expect(UCP_VERSION).toBe('2026-04-08');
  });

  it('read-only: the MCP binding and the catalog capabilities only', () => {
    expect(ucpProfile(on())).toEqual({
      ucp: { version: UCP_VERSION, services: { 'dev.ucp.shopping': [mcp] }, capabilities: catalogCapabilities, payment_handlers: {} },
    });
  });

  it('with writes: the REST binding, checkout and its fulfillment extension too', () => {
    expect(ucpProfile(on({ AGENT_WRITES: 'on' }))).toEqual({
      ucp: {
        version: UCP_VERSION,
        services: {
          'dev.ucp.shopping': [
            mcp,
            { ...mcp, transport: 'rest', endpoint: `${ORIGIN}/api/ucp`, schema: `${ucp}/services/shopping/rest.openapi.json` },
          ],
        },
        capabilities: {
          ...catalogCapabilities,
          'dev.ucp.shopping.checkout': [{ version: UCP_VERSION, spec: `${ucp}/specification/checkout`, schema: `${ucp}/schemas/shopping/checkout.json` }],
          'dev.ucp.shopping.fulfillment': [
            { version: UCP_VERSION, spec: `${ucp}/specification/fulfillment`, schema: `${ucp}/schemas/shopping/fulfillment.json`, extends: 'dev.ucp.shopping.checkout' },
          ],
        },
        payment_handlers: {},
      },
    });
  });

  it('follows the spec rules a platform checks: https endpoints without a trailing slash, ucp.dev spec origins', () => {
    const profile = ucpProfile(on({ AGENT_WRITES: 'on' }));
    for (const binding of profile.ucp.services['dev.ucp.shopping']) {
      expect(binding.endpoint).toMatch(/^https:\/\/[^/]+\/.*[^/]$/);
      expect(binding.spec.startsWith('https://ucp.dev/')).toBe(true);
    }
    for (const [name, entries] of Object.entries(profile.ucp.capabilities)) {
      expect(name).toMatch(/^dev\.ucp\.shopping\.[a-z_.]+$/);
      for (const entry of entries) expect(new URL(entry.schema!).origin).toBe('https://ucp.dev');
    }
  });
});

describe('protected resource metadata (RFC 9728)', () => {
  it('names the resource, its one authorization server, the scopes and header-only bearer tokens', () => {
    expect(protectedResourceMetadata(on({ AGENT_WRITES: 'on' }), 'Demo Store agent API')).toEqual({
      resource: `${ORIGIN}/api/mcp`,
      authorization_servers: [ISSUER],
      scopes_supported: ['catalog:read', 'checkout:write', 'orders:read'],
      bearer_methods_supported: ['header'],
      resource_name: 'Demo Store agent API',
      resource_documentation: `${ORIGIN}/llms.txt`,
    });
  });
});

describe('llms.txt', () => {
  const markets = [{ label: 'United States · USD', home: `${ORIGIN}/en-us`, search: `${ORIGIN}/en-us/search`, categories: [{ name: '[Sale](https://evil.example)', url: `${ORIGIN}/en-us/c/sale` }] }];

  it('starts with the shop name and a summary, and lists the agent endpoints and how to authorize', () => {
    const text = llmsTxt(on({ AGENT_WRITES: 'on' }), 'Demo Store', markets);
    expect(text.split('\n').slice(0, 3)).toEqual(['# Demo Store', '', expect.stringMatching(/^> An online shop \(United States · USD\) .*\(UCP 2026-04-08\) over MCP and REST\.$/)]);
    expect(text).toContain(`- [UCP business profile](${ORIGIN}/.well-known/ucp)`);
    expect(text).toContain(`- [MCP endpoint](${ORIGIN}/api/mcp): Streamable HTTP; catalog tools search_catalog, lookup_catalog, get_product; checkout tools create_checkout`);
    expect(text).toContain(`- [UCP REST checkout sessions](${ORIGIN}/api/ucp/checkout-sessions)`);
    expect(text).toContain(`- [OAuth protected resource metadata](${ORIGIN}/.well-known/oauth-protected-resource/api/mcp)`);
    expect(text).toContain(`authorization server ${ISSUER}`);
    expect(text).toContain('`checkout:write`');
    expect(text).toContain('requires_escalation');
  });

  it('read-only: no checkout tools, no REST, no checkout:write', () => {
    const text = llmsTxt(on(), 'Demo Store', markets);
    expect(text).not.toMatch(/create_checkout|checkout-sessions|checkout:write/);
    expect(text).toContain('read-only');
  });

  it('escapes category names (catalog text) in the entry points', () => {
    const text = llmsTxt(on(), 'Demo Store', markets);
    expect(text).toContain(`[\\[Sale\\]\\(https\\://evil.example\\)](${ORIGIN}/en-us/c/sale)`);
    expect(text).not.toContain('](https://evil.example)');
  });
});
