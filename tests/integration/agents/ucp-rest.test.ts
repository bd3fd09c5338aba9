// The UCP REST binding: the same tools as MCP behind /api/ucp/checkout-sessions, with
// Idempotency-Key semantics, strict bodies, the error format of docs/api.md and Bearer challenges.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { DEMO_CUSTOMER } from '@/scripts/local-backend/seed/demo-catalog';
import { adminApi } from '../../harness/admin-api';
import { startKeyServer, type KeyServer } from '../../harness/agent-keys';
import { withEnv } from '../../harness/fresh-modules';
import { inStockSkus } from '../shop/cart/support';

const backend = inject('localBackend');
const skus = inStockSkus();
const BASE = 'http://localhost:3000/api/ucp/checkout-sessions';
let keys: KeyServer;
let routes: {
  sessions: typeof import('@/app/api/ucp/checkout-sessions/route');
  session: typeof import('@/app/api/ucp/checkout-sessions/[id]/route');
  complete: typeof import('@/app/api/ucp/checkout-sessions/[id]/complete/route');
  cancel: typeof import('@/app/api/ucp/checkout-sessions/[id]/cancel/route');
};
let customerId: string;

beforeAll(async () => {
  keys = await startKeyServer('http://localhost:3000/api/mcp');
  routes = await withEnv(
    {
      AGENT_OAUTH_ISSUER: keys.issuer,
      AGENT_WRITES: 'on',
      AGENT_INTROSPECTION_CLIENT_ID: keys.introspectionClient.id,
      AGENT_INTROSPECTION_CLIENT_SECRET: keys.introspectionClient.secret,
    },
    async () => ({
      sessions: await import('@/app/api/ucp/checkout-sessions/route'),
      session: await import('@/app/api/ucp/checkout-sessions/[id]/route'),
      complete: await import('@/app/api/ucp/checkout-sessions/[id]/complete/route'),
      cancel: await import('@/app/api/ucp/checkout-sessions/[id]/cancel/route'),
    }),
  );
  const found = await adminApi(backend.url, backend.projectKey).customers().get({ queryArgs: { where: `email = "${DEMO_CUSTOMER.email}"` } }).execute();
  customerId = found.body.results[0]!.id;
});
afterAll(() => keys?.close());

async function send(method: string, url: string, body?: unknown, headers: Record<string, string> = {}, token?: string | null) {
  const auth: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token ?? (await keys.sign({ sub: customerId, authorization_details: [{ type: 'commerce_checkout', max_amount: 100_000, currency: 'USD' }] }))}` };
  return new Request(url, { method, headers: { 'content-type': 'application/json', ...auth, ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const lines = (quantity = 1) => ({ line_items: [{ item: { id: skus[0] }, quantity }] });

describe('UCP REST checkout sessions', () => {
  it('creates once per Idempotency-Key; the same key with another body is 409', async () => {
    const key = randomUUID();
    const first = await routes.sessions.POST(await send('POST', BASE, lines(), { 'idempotency-key': key }));
    expect(first.status).toBe(201);
    const created = (await first.json()) as { id: string; status: string };
    const again = await routes.sessions.POST(await send('POST', BASE, lines(), { 'idempotency-key': key }));
    expect(again.status).toBe(201);
    expect(((await again.json()) as { id: string }).id).toBe(created.id);
    const reused = await routes.sessions.POST(await send('POST', BASE, lines(2), { 'idempotency-key': key }));
    expect(reused.status).toBe(409);
    expect(((await reused.json()) as { error: { code: string } }).error.code).toBe('conflict');
  });

  it('gets, updates (PUT), completes to requires_escalation and cancels', async () => {
    const { id } = (await (await routes.sessions.POST(await send('POST', BASE, lines()))).json()) as { id: string };
    expect((await routes.session.GET(await send('GET', `${BASE}/${id}`), ctx(id))).status).toBe(200);
    const updated = (await (await routes.session.PUT(await send('PUT', `${BASE}/${id}`, lines(3)), ctx(id))).json()) as { line_items: Array<{ quantity: number }> };
    expect(updated.line_items[0]!.quantity).toBe(3);
    const completed = (await (await routes.complete.POST(await send('POST', `${BASE}/${id}/complete`, undefined, { 'idempotency-key': randomUUID() }), ctx(id))).json()) as { status: string; continue_url: string };
    expect(completed.status).toBe('requires_escalation');
    expect(completed.continue_url).toContain(`/agent-checkout/${id}`);
    const canceled = (await (await routes.cancel.POST(await send('POST', `${BASE}/${id}/cancel`), ctx(id))).json()) as { status: string };
    expect(canceled.status).toBe('canceled');
    expect((await routes.session.GET(await send('GET', `${BASE}/${id}`), ctx(id))).status).toBe(404);
  });

  it('refuses unknown body keys (400), a body on complete (400), no token (401 + challenge), a bad id (400)', async () => {
    const extra = await routes.sessions.POST(await send('POST', BASE, { ...lines(), price_override: 1 }));
    expect(extra.status).toBe(400);
    const { id } = (await (await routes.sessions.POST(await send('POST', BASE, lines()))).json()) as { id: string };
    expect((await routes.complete.POST(await send('POST', `${BASE}/${id}/complete`, { total: 0 }), ctx(id))).status).toBe(400);
    const anonymous = await routes.sessions.POST(await send('POST', BASE, lines(), {}, null));
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toContain('resource_metadata=');
    expect((await routes.session.GET(await send('GET', `${BASE}/..%2F`), ctx('../'))).status).toBe(400);
  });
});
