// The request pipeline, exercised through real Route Handlers (PUT /api/session/market, GET
// /api/health, GET /api/session) with the app's real session sealing.
import { describe, expect, it } from 'vitest';
import * as unknownApi from '@/app/api/[...path]/route';
import * as logoutRoute from '@/app/api/auth/logout/route';
import * as health from '@/app/api/health/route';
import * as marketRoute from '@/app/api/session/market/route';
import * as sessionRoute from '@/app/api/session/route';
import { MAX_BODY_BYTES } from '@/lib/http/body';
import { apiRequest, routeContext, sessionCookie } from '../../harness/requests';

const ctx = routeContext();
const putMarket = (options: Parameters<typeof apiRequest>[1]) =>
  marketRoute.PUT(apiRequest('/api/session/market', { method: 'PUT', ...options }), ctx);

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+|stack/i);
  return body.error as { code: string; message: string; fields?: Record<string, string[]> };
}

describe('GET /api/health', () => {
  it('answers ok, uncached, with a request id', async () => {
    const response = await health.GET(apiRequest('/api/health'), ctx);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 405 in the error format, with Allow, for other methods', async () => {
    const response = await health.POST(apiRequest('/api/health', { method: 'POST' }), ctx);
    await expectError(response, 405, 'method_not_allowed');
    expect(response.headers.get('allow')).toBe('GET');
  });
});

describe('GET /api/session', () => {
  it('describes the default market and sets no cookie for a new visitor', async () => {
    const response = await sessionRoute.GET(apiRequest('/api/session'), ctx);
    expect(await response.json()).toEqual({
      market: { locale: 'en-us', country: 'US', currency: 'USD' },
      customer: null,
      cart: null,
    });
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('mutation pipeline (PUT /api/session/market)', () => {
  it('accepts a same-origin JSON request, seals the change into the cookie, and GET sees it', async () => {
    const response = await putMarket({ body: { locale: 'en-gb' } });
    expect(response.status).toBe(200);
    const cookie = sessionCookie(response);
    expect(cookie).toMatch(/^session=Fe26/);
    const view = await (await sessionRoute.GET(apiRequest('/api/session', { cookie }), ctx)).json();
    expect(view.market).toEqual({ locale: 'en-gb', country: 'GB', currency: 'GBP' });
  });

  it('accepts Sec-Fetch-Site: same-origin without an Origin', async () => {
    const response = await putMarket({ body: { locale: 'de-de' }, headers: { 'sec-fetch-site': 'same-origin' } });
    expect(response.status).toBe(200);
  });

  it.each([
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['Origin: null', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site', origin: 'http://localhost:3000' }],
    ['neither Origin nor Sec-Fetch-Site', { 'sec-fetch-site': 'none' }],
  ])('refuses %s with 403 and changes nothing', async (_label, headers) => {
    const response = await putMarket({ body: { locale: 'de-de' }, headers });
    await expectError(response, 403, 'cross_site_request');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('requires application/json (415)', async () => {
    const response = await putMarket({ rawBody: 'locale=de-de', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    await expectError(response, 415, 'unsupported_media_type');
  });

  it('caps the body size (413)', async () => {
    const response = await putMarket({ rawBody: JSON.stringify({ locale: 'x'.repeat(MAX_BODY_BYTES) }) });
    await expectError(response, 413, 'payload_too_large');
  });

  it('answers malformed JSON with 400 invalid_json', async () => {
    await expectError(await putMarket({ rawBody: '{"locale":' }), 400, 'invalid_json');
  });

  it('rejects unknown keys and wrong values with field errors (400) and changes nothing', async () => {
    const unknown = await expectError(await putMarket({ body: { locale: 'de-de', currency: 'USD' } }), 400, 'validation_failed');
    expect(unknown.fields).toEqual({ currency: ['is not allowed'] });
    const wrong = await expectError(await putMarket({ body: { locale: 'fr-fr' } }), 400, 'validation_failed');
    expect(Object.keys(wrong.fields ?? {})).toEqual(['locale']);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('answers a body key named %s with a 400 naming it, never a 500', async (key) => {
    const error = await expectError(await putMarket({ rawBody: `{"locale":"en-gb","${key}":{}}` }), 400, 'validation_failed');
    expect(error.fields).toEqual({ [key]: ['is not allowed'] });
    expect(Object.getPrototypeOf(error.fields)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).locale).toBeUndefined();
  });
});

describe('endpoints that take no body (POST /api/auth/logout)', () => {
  const logout = (options: Parameters<typeof apiRequest>[1]) => logoutRoute.POST(apiRequest('/api/auth/logout', { method: 'POST', ...options }), ctx);

  it('accept no body, an empty body and an empty JSON object', async () => {
    expect((await logout({})).status).toBe(204);
    expect((await logout({ rawBody: '' })).status).toBe(204);
    expect((await logout({ body: {} })).status).toBe(204);
    expect((await logout({ rawBody: ' { } ' })).status).toBe(204);
  });

  it('refuse anything else with a 400 in the error format', async () => {
    const error = await expectError(await logout({ body: { everywhere: true } }), 400, 'validation_failed');
    expect(error.fields).toEqual({ everywhere: ['is not allowed'] });
    await expectError(await logout({ rawBody: '[1]' }), 400, 'validation_failed');
    await expectError(await logout({ rawBody: 'nope' }), 400, 'invalid_json');
  });
});

describe('request ids', () => {
  it('an API answer uses the id middleware gave the request, and makes its own when there is none or it is not a UUID', async () => {
    const given = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect((await sessionRoute.GET(apiRequest('/api/session', { headers: { 'x-request-id': given } }), ctx)).headers.get('x-request-id')).toBe(given);
    const forged = (await sessionRoute.GET(apiRequest('/api/session', { headers: { 'x-request-id': 'forged<script>' } }), ctx)).headers.get('x-request-id');
    expect(forged).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('an unknown /api path is a JSON 404 in the error format, for every method', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const response = await unknownApi[method](apiRequest('/api/nope', { method }), ctx);
      const error = await expectError(response, 404, 'not_found');
      expect(error.message).toBe('Not found.');
    }
  });
});
