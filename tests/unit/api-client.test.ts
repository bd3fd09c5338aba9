// The browser's API client (lib/api-client.ts) against a real HTTP server: what it sends, how it
// reads answers and refusals (reason, params, fields, Retry-After), and the cart's one re-read.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as shopApi from '@/lib/api-client';

type Seen = { method: string; url: string; headers: IncomingMessage['headers']; body: string };
type Answer = { status: number; body?: string; headers?: Record<string, string> };

let server: Server;
let origin = '';
const seen: Seen[] = [];
let answers: Answer[] = [];
let sameOriginFetch: (input: string, init?: RequestInit) => Promise<Response>;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      const answer = answers.shift() ?? { status: 200, body: '{}' };
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      response.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The browser resolves the client's same-origin paths against the page; here, against the server.
  const realFetch = globalThis.fetch;
  sameOriginFetch = (input, init) => realFetch(new URL(input, origin), init);
  vi.stubGlobal('fetch', sameOriginFetch);
});
afterAll(() => {
  vi.unstubAllGlobals();
  server.close();
});
beforeEach(() => {
  seen.length = 0;
  answers = [];
});

const cart = { id: 'cart-1', lineItems: [], itemCount: 3 };

describe('requests', () => {
  it('sends same-origin JSON with only what the endpoint takes', async () => {
    answers = [{ status: 200, body: JSON.stringify(cart) }];
    const result = await shopApi.addLineItem('SKU-1', 2);
    expect(result).toEqual({ ok: true, status: 200, body: cart });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/cart/line-items', body: '{"sku":"SKU-1","quantity":2}' });
    expect(seen[0]!.headers['content-type']).toBe('application/json');
    expect(seen[0]!.headers.accept).toBe('application/json');
  });

  it('escapes ids in paths and sends the Idempotency-Key of an order', async () => {
    await shopApi.removeLineItem('a/b?c');
    answers = [{ status: 201, body: '{"order":{"id":"o-1"}}' }];
    const placed = await shopApi.placeOrder('key-1', { testOutcome: 'decline' });
    expect(seen[0]).toMatchObject({ method: 'DELETE', url: '/api/cart/line-items/a%2Fb%3Fc', body: '' });
    expect(seen[1]).toMatchObject({ method: 'POST', url: '/api/checkout/order', body: '{"testOutcome":"decline"}' });
    expect(seen[1]!.headers['idempotency-key']).toBe('key-1');
    expect(placed.ok && placed.body.order.id).toBe('o-1');
  });

  it('reads a 204 as an empty body', async () => {
    answers = [{ status: 204 }];
    expect(await shopApi.signOut()).toEqual({ ok: true, status: 204, body: null });
  });

  it('reads the cart again once after a 404 (a cart the session no longer owns is forgotten)', async () => {
    answers = [{ status: 404, body: '{"error":{"code":"not_found","message":"Not found."}}' }, { status: 200, body: JSON.stringify(cart) }];
    expect(await shopApi.getCart()).toEqual({ ok: true, status: 200, body: cart });
    expect(seen.map((s) => s.url)).toEqual(['/api/cart', '/api/cart']);
  });
});

describe('refusals', () => {
  it('keep code, reason, params, fields and Retry-After', async () => {
    const error = {
      code: 'business_rule',
      message: 'A line can hold at most 99 items; this one has 98, so 2 more do not fit.',
      reason: 'line_quantity_limit',
      params: { max: 99, current: 98, adding: 2, bogus: { nested: true } },
      fields: { quantity: ['A line can hold at most 99 items.'], ignored: [1, null], single: 'text' },
      fieldReasons: { quantity: [{ reason: 'line_quantity_limit', params: { max: 99 } }, { nope: 1 }], broken: 'x' },
      requestId: 'r-1',
    };
    answers = [{ status: 422, body: JSON.stringify({ error }), headers: { 'retry-after': '30' } }];
    expect(await shopApi.addLineItem('SKU-1', 2)).toEqual({
      ok: false,
      status: 422,
      code: 'business_rule',
      message: error.message,
      reason: 'line_quantity_limit',
      params: { max: 99, current: 98, adding: 2 },
      fields: { quantity: ['A line can hold at most 99 items.'], single: ['text'] },
      fieldReasons: { quantity: [{ reason: 'line_quantity_limit', params: { max: 99 } }] },
      retryAfter: 30,
    });
  });

  it('are read from answers that are not the API JSON (a proxy page) without failing', async () => {
    answers = [{ status: 502, body: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html' } }];
    expect(await shopApi.getSession()).toEqual({ ok: false, status: 502, code: 'http_502', message: '', fields: {}, retryAfter: null });
  });

  it('say status 0 when no answer arrived', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('network down')));
    try {
      expect(await shopApi.getOrders()).toMatchObject({ ok: false, status: 0, code: 'network' });
    } finally {
      vi.stubGlobal('fetch', sameOriginFetch);
    }
  });
});
