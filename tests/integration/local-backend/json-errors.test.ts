// Malformed requests and unknown routes get the real API's JSON errors, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBackend } from '@/scripts/local-backend/backend';
import { SEED_ADMIN_CLIENT } from '@/scripts/local-backend/clients';
import { STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import { type Api, apiAs, startTestBackend, tokenFor } from './support';

let backend: LocalBackend;
let storefront: Api;
let admin: Api;

beforeAll(async () => {
  backend = await startTestBackend({ seed: false });
  storefront = apiAs(backend, await tokenFor(backend, STOREFRONT_CLIENT));
  admin = apiAs(backend, await tokenFor(backend, SEED_ADMIN_CLIENT));
});
afterAll(() => backend.close());

describe('malformed request bodies', () => {
  it.each([
    ['malformed JSON', '{"currency": "USD",'],
    ['an empty body', ''],
    ['a JSON array', '[{"currency": "USD"}]'],
    ['a JSON string', '"USD"'],
  ])('answers %s with 400 InvalidJsonInput', async (_label, rawBody) => {
    const response = await storefront('POST', '/carts', undefined, { rawBody });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.body).toMatchObject({ statusCode: 400, errors: [{ code: 'InvalidJsonInput' }] });
    expect(response.body.message).toBe(response.body.errors[0].message);
  });

  it('answers malformed JSON on compatibility routes the same way', async () => {
    for (const path of ['/login', '/orders', '/customers']) {
      const response = await storefront('POST', path, undefined, { rawBody: '{nope' });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].code).toBe('InvalidJsonInput');
    }
  });

  it('answers a draft the mock cannot process with 400, not 500', async () => {
    const response = await storefront('POST', '/carts', { currency: 42 });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].code).toEqual(expect.any(String));
  });
});

describe('unknown routes', () => {
  it('answers an unknown resource with 404 in the commercetools error shape', async () => {
    const response = await admin('GET', '/no-such-resource');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, errors: [{ code: 'ResourceNotFound' }] });
  });

  it('answers an unknown id with 404 ResourceNotFound', async () => {
    const response = await storefront('GET', '/carts/00000000-0000-0000-0000-000000000000');
    expect(response.status).toBe(404);
    expect(response.body.errors[0].code).toBe('ResourceNotFound');
  });

  it('answers paths outside any project and other oauth endpoints with JSON 404', async () => {
    for (const path of ['/', '/oauth/test-store/anonymous/token']) {
      const response = await fetch(`${backend.url}${path}`, { method: 'POST' });
      expect(response.status).toBe(404);
      expect((await response.json()).errors[0].code).toBe('ResourceNotFound');
    }
  });

  it('answers methods the API does not use with 405', async () => {
    const response = await storefront('PUT', '/carts', {});
    expect(response.status).toBe(405);
    expect(response.body.errors[0].code).toBe('MethodNotAllowed');
  });

  it('answers HEAD on a query by whether anything matches', async () => {
    const token = await tokenFor(backend, STOREFRONT_CLIENT);
    const head = (where: string) =>
      fetch(`${backend.url}/${backend.projectKey}/carts?where=${encodeURIComponent(where)}`, {
        method: 'HEAD',
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await head('id="none"')).status).toBe(404);
    await storefront('POST', '/carts', { currency: 'USD', anonymousId: 'head-check' });
    expect((await head('anonymousId="head-check"')).status).toBe(200);
  });
});
