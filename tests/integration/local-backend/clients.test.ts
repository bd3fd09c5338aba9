// API client configuration: the defaults and LOCAL_CT_CLIENTS.
import { describe, expect, it } from 'vitest';
import { startBackend } from '@/scripts/local-backend/backend';
import { AGENT_AS_CLIENT, CHECKOUT_SIMULATION_CLIENT, ClientConfigError, SEED_ADMIN_CLIENT, clientsFromEnv, defaultClients, storefrontScopesFromEnv } from '@/scripts/local-backend/clients';
import { STOREFRONT_CHECKOUT_CLIENT, STOREFRONT_CLIENT, STOREFRONT_SCOPES } from '@/scripts/storefront-backend';
import { DEFAULT_STOREFRONT_SCOPES, scopeViolations } from '@/lib/security/scopes';
import { requestToken, startTestBackend } from './support';

describe('default clients', () => {
  it('are the storefront client with the default storefront scopes plus the wishlist, its Checkout twin (plus manage_sessions) and the seed admin', () => {
    expect(STOREFRONT_SCOPES).toEqual([...DEFAULT_STOREFRONT_SCOPES, 'manage_shopping_lists']);
    expect(defaultClients(STOREFRONT_SCOPES)).toEqual([STOREFRONT_CLIENT, STOREFRONT_CHECKOUT_CLIENT, SEED_ADMIN_CLIENT]);
    expect(STOREFRONT_CHECKOUT_CLIENT.scopes).toEqual([...STOREFRONT_SCOPES, 'manage_sessions']);
    expect(scopeViolations(STOREFRONT_CHECKOUT_CLIENT.scopes)).toEqual([]);
    // The Checkout simulation's own client: what commercetools Checkout itself may do, no more.
    expect(CHECKOUT_SIMULATION_CLIENT.scopes).toEqual(['manage_orders', 'manage_payments']);
    expect(STOREFRONT_CLIENT).toEqual({
      id: 'storefront-local',
      secret: 'local-only-storefront-secret-0000000000',
      scopes: STOREFRONT_SCOPES,
    });
    expect(scopeViolations(STOREFRONT_CLIENT.scopes)).toEqual([]);
    expect(SEED_ADMIN_CLIENT.scopes).toEqual(['manage_project']);
  });
});

describe('LOCAL_CT_CLIENTS', () => {
  it('is ignored when unset or blank', () => {
    expect(clientsFromEnv({})).toBeUndefined();
    expect(clientsFromEnv({ LOCAL_CT_CLIENTS: '  ' })).toBeUndefined();
  });

  it('parses a JSON list of clients', () => {
    const clients = [{ id: 'a', secret: 's', scopes: ['view_categories', 'manage_orders:p1'] }];
    expect(clientsFromEnv({ LOCAL_CT_CLIENTS: JSON.stringify(clients) })).toEqual(clients);
  });

  it.each([
    ['not JSON', '[{id:', /LOCAL_CT_CLIENTS is not valid JSON/],
    ['not a list', '{"id":"a"}', /LOCAL_CT_CLIENTS must be a JSON array/],
    ['an empty list', '[]', /at least one client/],
    ['a client without secret', '[{"id":"a","scopes":["view_categories"]}]', /0\.secret/],
    ['a client without scopes', '[{"id":"a","secret":"s","scopes":[]}]', /0\.scopes/],
    ['a malformed scope', '[{"id":"a","secret":"s","scopes":["View Categories"]}]', /0\.scopes\.0/],
    ['an unknown field', '[{"id":"a","secret":"s","scopes":["view_categories"],"extra":1}]', /extra/],
    ['duplicate ids', '[{"id":"a","secret":"s","scopes":["x"]},{"id":"a","secret":"t","scopes":["y"]}]', /unique/],
  ])('refuses %s with an error naming the problem', (_label, value, message) => {
    expect(() => clientsFromEnv({ LOCAL_CT_CLIENTS: value })).toThrow(ClientConfigError);
    expect(() => clientsFromEnv({ LOCAL_CT_CLIENTS: value })).toThrow(message);
  });

  it('configures the clients of a backend started without explicit clients', async () => {
    const previous = process.env.LOCAL_CT_CLIENTS;
    process.env.LOCAL_CT_CLIENTS = JSON.stringify([{ id: 'from-env', secret: 'env-secret', scopes: ['view_categories'] }]);
    try {
      const backend = await startTestBackend({ clients: undefined, seed: false });
      try {
        // The Checkout simulation's and the agent AS's own clients are always there (like Checkout's own credentials).
        expect(backend.clients.map((c) => c.id)).toEqual(['from-env', CHECKOUT_SIMULATION_CLIENT.id, AGENT_AS_CLIENT.id]);
        expect((await requestToken(backend, { id: 'from-env', secret: 'env-secret' })).status).toBe(200);
        expect((await requestToken(backend, STOREFRONT_CLIENT)).status).toBe(401);
      } finally {
        await backend.close();
      }
    } finally {
      if (previous === undefined) delete process.env.LOCAL_CT_CLIENTS;
      else process.env.LOCAL_CT_CLIENTS = previous;
    }
  });
});

describe('the storefront client scopes are configuration', () => {
  it('come from the storefrontScopes option or LOCAL_CT_STOREFRONT_SCOPES, and are required', async () => {
    expect(storefrontScopesFromEnv({ LOCAL_CT_STOREFRONT_SCOPES: ' view_products:x  manage_orders:x ' })).toEqual([
      'view_products:x',
      'manage_orders:x',
    ]);
    expect(storefrontScopesFromEnv({ LOCAL_CT_STOREFRONT_SCOPES: ' ' })).toBeUndefined();
    const saved = process.env.LOCAL_CT_STOREFRONT_SCOPES;
    delete process.env.LOCAL_CT_STOREFRONT_SCOPES;
    try {
      await expect(startBackend({ port: 0, seed: false })).rejects.toThrow(ClientConfigError);
      const backend = await startBackend({ port: 0, seed: false, storefrontScopes: ['view_products'] });
      expect(backend.clients.find((c) => c.id === STOREFRONT_CLIENT.id)?.scopes).toEqual(['view_products']);
      await backend.close();
    } finally {
      if (saved !== undefined) process.env.LOCAL_CT_STOREFRONT_SCOPES = saved;
    }
  });
});
