// The local backend's own routes for the storefront's safety checks: the identity proof
// (POST /__local/identity) and the admin hook that changes a client's grant at run time
// (POST /__local/clients/{id}/scopes), with real commercetools semantics for what a client sees.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBackend } from '@/scripts/local-backend/backend';
import { SEED_ADMIN_CLIENT } from '@/scripts/local-backend/clients';
import { STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import { PROJECT, clientWith, requestToken, startTestBackend, tokenFor } from './support';

const mutable = clientWith('grant-changes', ['view_published_products']);
let backend: LocalBackend;
beforeAll(async () => {
  backend = await startTestBackend({ seed: false, clients: [STOREFRONT_CLIENT, SEED_ADMIN_CLIENT, mutable] });
});
afterAll(() => backend?.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${backend.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('POST /__local/identity', () => {
  const challenge = 'c'.repeat(40);

  it('answers an HMAC of the challenge keyed with the named client secret, bound to project and instance', async () => {
    const response = await post('/__local/identity', { clientId: STOREFRONT_CLIENT.id, challenge });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { projectKey: string; instance: string; proof: string };
    expect(body.projectKey).toBe(PROJECT);
    const expected = createHmac('sha256', STOREFRONT_CLIENT.secret)
      .update(['commercetools-local-backend identity v1', PROJECT, body.instance, challenge].join('\n'))
      .digest('hex');
    expect(body.proof).toBe(expected);
    // The secret itself never travels.
    expect(JSON.stringify(body)).not.toContain(STOREFRONT_CLIENT.secret);
  });

  it('refuses an unknown client and a malformed challenge', async () => {
    expect((await post('/__local/identity', { clientId: 'nobody', challenge })).status).toBe(401);
    expect((await post('/__local/identity', { clientId: STOREFRONT_CLIENT.id, challenge: 'short' })).status).toBe(400);
  });
});

describe('POST /__local/clients/{id}/scopes', () => {
  it('needs an admin token: none, or a storefront token, is refused', async () => {
    const path = `/__local/clients/${mutable.id}/scopes`;
    expect((await post(path, { scopes: ['manage_project'] })).status).toBe(401);
    const storefront = await tokenFor(backend, STOREFRONT_CLIENT);
    expect((await post(path, { scopes: ['manage_project'] }, { authorization: `Bearer ${storefront}` })).status).toBe(403);
    expect((await requestToken(backend, mutable)).body.scope).toBe(`view_published_products:${PROJECT}`);
  });

  it('changes the grant for new token responses; tokens issued before keep their scopes', async () => {
    const before = await tokenFor(backend, mutable);
    const admin = await tokenFor(backend, SEED_ADMIN_CLIENT);
    const changed = await post(`/__local/clients/${mutable.id}/scopes`, { scopes: ['view_published_products', 'manage_project'] }, { authorization: `Bearer ${admin}` });
    expect(changed.status).toBe(200);
    expect((await requestToken(backend, mutable)).body.scope).toBe(`view_published_products:${PROJECT} manage_project:${PROJECT}`);
    // The earlier token still cannot read what only manage_project reads.
    const staged = await fetch(`${backend.url}/${PROJECT}/products`, { headers: { authorization: `Bearer ${before}` } });
    expect(staged.status).toBe(403);
  });

  it('refuses a malformed body and an unknown client', async () => {
    const admin = await tokenFor(backend, SEED_ADMIN_CLIENT);
    const auth = { authorization: `Bearer ${admin}` };
    expect((await post(`/__local/clients/${mutable.id}/scopes`, { scopes: [] }, auth)).status).toBe(400);
    expect((await post(`/__local/clients/${mutable.id}/scopes`, { scopes: ['not a scope'] }, auth)).status).toBe(400);
    expect((await post('/__local/clients/nobody/scopes', { scopes: ['manage_orders'] }, auth)).status).toBe(404);
  });
});
