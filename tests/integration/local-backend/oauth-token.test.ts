// POST /oauth/token: client authentication, scope granting, token lifetime and request counting.
import { createApiBuilderFromCtpClient } from '@commercetools/platform-sdk';
import { ClientBuilder } from '@commercetools/ts-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBackend } from '@/scripts/local-backend/backend';
import { SEED_ADMIN_CLIENT } from '@/scripts/local-backend/clients';
import { STOREFRONT_CLIENT, STOREFRONT_SCOPES } from '@/scripts/storefront-backend';
import { PROJECT, apiAs, clientWith, requestToken, startTestBackend, tokenFor } from './support';

const OTHER_PROJECT_CLIENT = { id: 'other-project', secret: 'other-secret', scopes: ['manage_project:elsewhere'] };
const FULL_FORM_CLIENT = { id: 'full-form', secret: 'full-secret', scopes: [`view_categories:${PROJECT}`, 'manage_orders'] };

let backend: LocalBackend;

beforeAll(async () => {
  backend = await startTestBackend({
    seed: false,
    clients: [STOREFRONT_CLIENT, SEED_ADMIN_CLIENT, OTHER_PROJECT_CLIENT, FULL_FORM_CLIENT],
  });
});
afterAll(() => backend.close());

describe('granting tokens', () => {
  it('grants all of the client scopes, in name:projectKey form, when no scope is requested', async () => {
    const { status, body, headers } = await requestToken(backend, STOREFRONT_CLIENT);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/application\/json/);
    expect(body).toEqual({
      access_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: 172_800,
      scope: STOREFRONT_SCOPES.map((s) => `${s}:${PROJECT}`).join(' '),
    });
  });

  it('keeps scopes configured in full form and completes bare ones with the project key', async () => {
    const { body } = await requestToken(backend, FULL_FORM_CLIENT);
    expect(body.scope).toBe(`view_categories:${PROJECT} manage_orders:${PROJECT}`);
  });

  it('issues random opaque tokens, a new one per request', async () => {
    const first = (await requestToken(backend, STOREFRONT_CLIENT)).body.access_token as string;
    const second = (await requestToken(backend, STOREFRONT_CLIENT)).body.access_token as string;
    expect(first).not.toBe(second);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(first).not.toContain(STOREFRONT_CLIENT.id);
  });

  it('grants exactly the requested scopes when they are a subset', async () => {
    const scope = `view_categories:${PROJECT} manage_orders:${PROJECT}`;
    const { status, body } = await requestToken(backend, STOREFRONT_CLIENT, { scope });
    expect(status).toBe(200);
    expect(body.scope).toBe(scope);
  });

  it('lets a manage_project client ask for any narrower scope of its project', async () => {
    const { status, body } = await requestToken(backend, SEED_ADMIN_CLIENT, { scope: `view_products:${PROJECT}` });
    expect(status).toBe(200);
    expect(body.scope).toBe(`view_products:${PROJECT}`);
  });

  it('accepts grant_type in the query string too', async () => {
    const response = await fetch(`${backend.url}/oauth/token?grant_type=client_credentials`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${STOREFRONT_CLIENT.id}:${STOREFRONT_CLIENT.secret}`).toString('base64')}` },
    });
    expect(response.status).toBe(200);
  });
});

describe('refusing tokens', () => {
  it('answers a wrong secret with 401 invalid_client in the AuthErrorResponse shape', async () => {
    const { status, body } = await requestToken(backend, { id: STOREFRONT_CLIENT.id, secret: 'wrong' });
    expect(status).toBe(401);
    expect(body).toEqual({
      statusCode: 401,
      message: expect.any(String),
      errors: [{ code: 'invalid_client', message: body.message }],
      error: 'invalid_client',
      error_description: body.message,
    });
  });

  it('answers an unknown client exactly like a wrong secret', async () => {
    const unknown = await requestToken(backend, { id: 'nobody', secret: 'whatever' });
    const wrong = await requestToken(backend, { id: STOREFRONT_CLIENT.id, secret: 'wrong' });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('answers a request without client credentials with 401 invalid_client', async () => {
    const response = await fetch(`${backend.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(401);
    expect((await response.json()).error).toBe('invalid_client');
  });

  it.each([
    ['a scope the client lacks', `manage_products:${PROJECT}`],
    ['one lacking scope among held ones', `view_categories:${PROJECT} manage_project:${PROJECT}`],
    ['a scope of another project', 'view_categories:elsewhere'],
    ['a scope without project key', 'view_categories'],
  ])('answers %s with 400 invalid_scope', async (_label, scope) => {
    const { status, body } = await requestToken(backend, STOREFRONT_CLIENT, { scope });
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_scope');
    expect(body.errors[0].code).toBe('invalid_scope');
  });

  it('refuses other grant types and a missing grant type', async () => {
    const password = await requestToken(backend, STOREFRONT_CLIENT, { grant_type: 'password' });
    expect(password.status).toBe(400);
    expect(password.body.error).toBe('unsupported_grant_type');

    const response = await fetch(`${backend.url}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${STOREFRONT_CLIENT.id}:${STOREFRONT_CLIENT.secret}`).toString('base64')}` },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('invalid_request');
  });
});

describe('token lifetime and project', () => {
  it('stops accepting a token once it expired', async () => {
    const shortLived = await startTestBackend({ seed: false, tokenTtlSeconds: 1 });
    try {
      const { body } = await requestToken(shortLived, STOREFRONT_CLIENT);
      expect(body.expires_in).toBe(1);
      const api = apiAs(shortLived, body.access_token);
      expect((await api('GET', '/categories')).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const expired = await api('GET', '/categories');
      expect(expired.status).toBe(401);
      expect(expired.body.errors[0].code).toBe('invalid_token');
    } finally {
      await shortLived.close();
    }
  });

  it('refuses a token of another project with 403', async () => {
    const { body } = await requestToken(backend, OTHER_PROJECT_CLIENT);
    expect(body.scope).toBe('manage_project:elsewhere');
    const response = await apiAs(backend, body.access_token)('GET', '/categories');
    expect(response.status).toBe(403);
    expect(response.body.error).toBe('insufficient_scope');
  });
});

describe('token request statistics', () => {
  it('counts every token request, granted or refused, per client, also on GET /__local/stats', async () => {
    const counted = await startTestBackend({ seed: false, clients: [STOREFRONT_CLIENT, clientWith('reader', ['view_categories'])] });
    try {
      expect(counted.stats()).toEqual({ tokenRequests: 0, tokenRequestsByClient: {}, apiRequestsByClient: {} });
      await requestToken(counted, STOREFRONT_CLIENT);
      await requestToken(counted, STOREFRONT_CLIENT);
      await requestToken(counted, { id: 'reader', secret: 'wrong' });
      const expected = { tokenRequests: 3, tokenRequestsByClient: { [STOREFRONT_CLIENT.id]: 2, reader: 1 }, apiRequestsByClient: {} };
      expect(counted.stats()).toEqual(expected);
      const response = await fetch(`${counted.url}/__local/stats`);
      expect(await response.json()).toEqual(expected);
      // Authenticated API calls are counted per client (refused tokens never get that far).
      const token = await tokenFor(counted, STOREFRONT_CLIENT);
      await fetch(`${counted.url}/${PROJECT}/categories`, { headers: { authorization: `Bearer ${token}` } });
      await fetch(`${counted.url}/${PROJECT}/categories`, { headers: { authorization: `Bearer ${token}` } });
      expect(counted.stats().apiRequestsByClient).toEqual({ [STOREFRONT_CLIENT.id]: 2 });
    } finally {
      await counted.close();
    }
  });
});

describe('the official SDK', () => {
  it('authenticates with the client credentials flow and reads the API', async () => {
    const seeded = await startTestBackend();
    try {
      const client = new ClientBuilder()
        .withProjectKey(PROJECT)
        .withClientCredentialsFlow({
          host: seeded.url,
          projectKey: PROJECT,
          credentials: { clientId: STOREFRONT_CLIENT.id, clientSecret: STOREFRONT_CLIENT.secret },
          httpClient: fetch,
        })
        .withHttpMiddleware({ host: seeded.url, httpClient: fetch })
        .build();
      const api = createApiBuilderFromCtpClient(client).withProjectKey({ projectKey: PROJECT });
      const categories = await api.categories().get().execute();
      expect(categories.body.results.map((c) => c.key)).toEqual(['clothing', 'shirts']);
      await api.categories().get().execute();
      expect(seeded.stats().tokenRequestsByClient[STOREFRONT_CLIENT.id]).toBe(1);
    } finally {
      await seeded.close();
    }
  });
});
