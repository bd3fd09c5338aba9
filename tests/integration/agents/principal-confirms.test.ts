// The principal confirms: an agent's checkout becomes an order only after the customer takes it
// over in the storefront (POST /api/checkout/agent-cart) and places it through the normal, idempotent
// checkout, exactly once. Another customer or a guest cannot take it over.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBackend } from '../../../scripts/local-backend';
import { DEMO_CUSTOMER } from '@/scripts/local-backend/seed/demo-catalog';
import { STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import { adminApi } from '../../harness/admin-api';
import { startKeyServer, type KeyServer } from '../../harness/agent-keys';
import { withEnv } from '../../harness/fresh-modules';
import { Shopper, US_ADDRESS, expectStatus, inStockSkus, loadBuyModules, startOwnBackend, type BuyModules } from '../shop/cart/support';

let backend: LocalBackend;
let keys: KeyServer;
let m: BuyModules & { mcp: typeof import('@/app/api/mcp/route'); adopt: typeof import('@/app/api/checkout/agent-cart/route') };
let customerId: string;
const skus = inStockSkus();
const MCP_URL = 'http://localhost:3000/api/mcp';

beforeAll(async () => {
  keys = await startKeyServer(MCP_URL);
  const own = await startOwnBackend({ PAYMENT_PROVIDER: 'test' });
  backend = own.backend;
  const env = {
    CTP_PROJECT_KEY: backend.projectKey,
    CTP_CLIENT_ID: STOREFRONT_CLIENT.id,
    CTP_CLIENT_SECRET: STOREFRONT_CLIENT.secret,
    CTP_AUTH_URL: backend.url,
    CTP_API_URL: backend.url,
    PAYMENT_PROVIDER: 'test',
    AGENT_OAUTH_ISSUER: keys.issuer,
    AGENT_RESOURCE: MCP_URL,
    AGENT_WRITES: 'on',
    AGENT_INTROSPECTION_CLIENT_ID: keys.introspectionClient.id,
    AGENT_INTROSPECTION_CLIENT_SECRET: keys.introspectionClient.secret,
  };
  m = await withEnv(env, async () => ({
    ...(await loadBuyModules()),
    mcp: await import('@/app/api/mcp/route'),
    adopt: await import('@/app/api/checkout/agent-cart/route'),
  }));
  const found = await adminApi(backend.url, backend.projectKey).customers().get({ queryArgs: { where: `email = "${DEMO_CUSTOMER.email}"` } }).execute();
  customerId = found.body.results[0]!.id;
});
afterAll(async () => {
  await keys?.close();
  await backend?.close();
});

/** One JSON-RPC tools/call to the MCP route with a fresh token for the demo customer. */
async function tool(name: string, args: Record<string, unknown>) {
  const token = await keys.sign({ sub: customerId, authorization_details: [{ type: 'commerce_checkout', max_amount: 1_000_000, currency: 'USD' }] });
  const response = await m.mcp.POST(
    new Request(MCP_URL, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: randomUUID(), method: 'tools/call', params: { name, arguments: args } }),
    }),
  );
  const body = (await response.json()) as { result: { structuredContent: Record<string, unknown>; isError?: boolean } };
  return body.result;
}

const adopt = (shopper: Shopper, cartId: string) => shopper.call(m.adopt.POST, '/api/checkout/agent-cart', { method: 'POST', body: { cartId } });

describe('the customer takes over and places the agent’s checkout', () => {
  it('exactly one order, through the normal checkout; the agent then sees it completed', async () => {
    const created = (await tool('create_checkout', { checkout: { line_items: [{ item: { id: skus[0] }, quantity: 1 }] } })).structuredContent;
    const id = created.id as string;
    expect((await tool('complete_checkout', { id })).structuredContent.status).toBe('requires_escalation');

    const customer = await Shopper.withSession({ customerId, market: 'en-us' });
    const cart = await expectStatus(await adopt(customer, id), 200);
    expect(cart.id).toBe(id);
    await expectStatus(await customer.call(m.details.PUT, '/x', { method: 'PUT', body: { email: DEMO_CUSTOMER.email, shippingAddress: US_ADDRESS } }), 200);
    const { shippingMethods } = await expectStatus(await customer.call(m.methods.GET, '/x'), 200);
    await expectStatus(await customer.call(m.method.PUT, '/x', { method: 'PUT', body: { shippingMethodId: shippingMethods[0].id } }), 200);
    const key = randomUUID();
    const [first, again] = [
      await customer.call(m.order.POST, '/x', { method: 'POST', body: {}, headers: { 'idempotency-key': key } }),
      await customer.call(m.order.POST, '/x', { method: 'POST', body: {}, headers: { 'idempotency-key': key } }),
    ];
    const { order } = await expectStatus(first, 201);
    expect((await expectStatus(again, 200)).order.id).toBe(order.id);
    const orders = await adminApi(backend.url, backend.projectKey).orders().get({ queryArgs: { where: `cart(id = "${id}")` } }).execute();
    expect(orders.body.results).toHaveLength(1);

    const seen = (await tool('get_checkout', { id })).structuredContent;
    expect(seen.status).toBe('completed');
    expect((seen.order as { id: string }).id).toBe(order.id);
  });

  it("another customer cannot take it over (404), a guest must sign in (401)", async () => {
    const { id } = (await tool('create_checkout', { checkout: { line_items: [{ item: { id: skus[0] }, quantity: 1 }] } })).structuredContent as { id: string };
    const other = await Shopper.withSession({ customerId: randomUUID(), market: 'en-us' });
    await expectStatus(await adopt(other, id), 404);
    await expectStatus(await adopt(new Shopper(), id), 401);
    // Not a body the endpoint knows: 400, and nothing taken over.
    const customer = await Shopper.withSession({ customerId, market: 'en-us' });
    await expectStatus(await customer.call(m.adopt.POST, '/x', { method: 'POST', body: { cartId: id, customerId } }), 400);
  });
});
