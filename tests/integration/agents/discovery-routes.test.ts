// The discovery Route Handlers, called directly against the local backend: what each document says,
// its caching, and 404 while the agent API is off (no AGENT_OAUTH_ISSUER).
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { catalog, topLevelCategories } from '../../harness/demo-expectations';
import { withEnv } from '../../harness/fresh-modules';
import { TEST_SITE_URL } from '../../harness/integration-env';

const ISSUER = 'http://127.0.0.1:8990';
const AGENT_ON = { AGENT_OAUTH_ISSUER: ISSUER, AGENT_RESOURCE: undefined, AGENT_WRITES: undefined };

async function routes(env: Record<string, string | undefined>) {
  return withEnv(env, async () => ({
    ucp: await import('@/app/.well-known/ucp/route'),
    resource: await import('@/app/.well-known/oauth-protected-resource/route'),
    resourceAtPath: await import('@/app/.well-known/oauth-protected-resource/[...path]/route'),
    llms: await import('@/app/llms.txt/route'),
  }));
}

const get = (path: string) => new NextRequest(`${TEST_SITE_URL}${path}`, { headers: { 'x-request-id': 'req-1' } });

function expectPublic(response: Response, contentType: string) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(contentType);
  // UCP: public, max-age >= 60, never private/no-store/no-cache.
  expect(response.headers.get('cache-control')).toBe('public, max-age=300');
}

describe('agent discovery documents', () => {
  it('serves the UCP business profile with the MCP binding, catalog capabilities and the resource metadata pointer', async () => {
    const { ucp } = await routes(AGENT_ON);
    const response = await ucp.GET(get('/.well-known/ucp'));
    expectPublic(response, 'application/json');
    const profile = await response.json();
    expect(profile.ucp.version).toBe('2026-04-08');
    expect(profile.ucp.services['dev.ucp.shopping']).toEqual([
      expect.objectContaining({ transport: 'mcp', endpoint: `${TEST_SITE_URL}/api/mcp`, config: { resource_metadata: `${TEST_SITE_URL}/.well-known/oauth-protected-resource/api/mcp` } }),
    ]);
    expect(Object.keys(profile.ucp.capabilities)).toEqual(['dev.ucp.shopping.catalog.search', 'dev.ucp.shopping.catalog.lookup']);
    expect(profile.ucp.payment_handlers).toEqual({});
  });

  it('adds REST and checkout when writes are on', async () => {
    const { ucp } = await routes({ ...AGENT_ON, AGENT_WRITES: 'on' });
    const profile = await (await ucp.GET(get('/.well-known/ucp'))).json();
    expect(profile.ucp.services['dev.ucp.shopping'].map((s: { transport: string; endpoint: string }) => [s.transport, s.endpoint])).toEqual([
      ['mcp', `${TEST_SITE_URL}/api/mcp`],
      ['rest', `${TEST_SITE_URL}/api/ucp`],
    ]);
    expect(Object.keys(profile.ucp.capabilities)).toContain('dev.ucp.shopping.checkout');
  });

  it('serves RFC 9728 metadata at the root and at the resource path, and nothing at other paths', async () => {
    const { resource, resourceAtPath } = await routes({ ...AGENT_ON, AGENT_WRITES: 'on' });
    const expected = {
      resource: `${TEST_SITE_URL}/api/mcp`,
      authorization_servers: [ISSUER],
      scopes_supported: ['catalog:read', 'checkout:write', 'orders:read'],
      bearer_methods_supported: ['header'],
      resource_name: 'Demo Store agent API',
      resource_documentation: `${TEST_SITE_URL}/llms.txt`,
    };
    const root = await resource.GET(get('/.well-known/oauth-protected-resource'));
    expectPublic(root, 'application/json');
    expect(await root.json()).toEqual(expected);
    const atPath = await resourceAtPath.GET(get('/.well-known/oauth-protected-resource/api/mcp'));
    expectPublic(atPath, 'application/json');
    expect(await atPath.json()).toEqual(expected);
    for (const other of ['/.well-known/oauth-protected-resource/api/ucp', '/.well-known/oauth-protected-resource/api/mcp/x']) {
      expect((await resourceAtPath.GET(get(other))).status).toBe(404);
    }
  });

  it('follows a configured AGENT_RESOURCE', async () => {
    const { resource, resourceAtPath } = await routes({ ...AGENT_ON, AGENT_RESOURCE: `${TEST_SITE_URL}/agents` });
    expect((await (await resource.GET(get('/.well-known/oauth-protected-resource'))).json()).resource).toBe(`${TEST_SITE_URL}/agents`);
    expect((await resourceAtPath.GET(get('/.well-known/oauth-protected-resource/agents'))).status).toBe(200);
    expect((await resourceAtPath.GET(get('/.well-known/oauth-protected-resource/api/mcp'))).status).toBe(404);
  });

  it('serves llms.txt with the agent endpoints and every market with its top-level categories', async () => {
    const { llms } = await routes(AGENT_ON);
    const response = await llms.GET(get('/llms.txt'));
    expectPublic(response, 'text/markdown; charset=utf-8');
    const text = await response.text();
    expect(text.startsWith('# Demo Store\n\n> ')).toBe(true);
    expect(text).toContain(`(${TEST_SITE_URL}/.well-known/ucp)`);
    expect(text).toContain(`(${TEST_SITE_URL}/.well-known/oauth-protected-resource/api/mcp)`);
    expect(text).toContain(`authorization server ${ISSUER}`);
    for (const [locale, language] of [['en-us', 'en'], ['de-de', 'de']] as const) {
      const line = text.split('\n').find((l) => l.includes(`(${TEST_SITE_URL}/${locale}):`))!;
      expect(line).toBeDefined();
      for (const category of topLevelCategories) expect(line).toContain(`(${TEST_SITE_URL}/${locale}/c/${category.slug[language]})`);
    }
    expect(catalog.categories.length).toBeGreaterThan(topLevelCategories.length);
  });

  it('answers 404 for every document while the agent API is off', async () => {
    const { ucp, resource, resourceAtPath, llms } = await routes({ AGENT_OAUTH_ISSUER: undefined, AGENT_WRITES: 'on' });
    for (const [handler, path] of [
      [ucp.GET, '/.well-known/ucp'],
      [resource.GET, '/.well-known/oauth-protected-resource'],
      [resourceAtPath.GET, '/.well-known/oauth-protected-resource/api/mcp'],
      [llms.GET, '/llms.txt'],
    ] as const) {
      const response = await handler(get(path));
      expect(response.status).toBe(404);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'Not found.', requestId: 'req-1' } });
    }
  });
});
