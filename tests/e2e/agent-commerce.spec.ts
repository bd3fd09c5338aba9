// Agent commerce end to end: an AI agent (the MCP SDK client, over HTTP) with tokens from the local
// authorization server (oidc-provider) searches, creates and updates a checkout and gets
// requires_escalation; the customer confirms in Chromium and exactly one order exists; the
// customer's account page shows the agent and revokes it, after which its token stops working.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { expect, test, type Page } from '@playwright/test';
import { mintAgentToken } from '../../scripts/local-agent-as/mint';
import { DEMO_CUSTOMER } from '../../scripts/local-backend/seed/demo-catalog';
import { E2E_AGENT_AS_PORT, E2E_APP_PORT } from '../harness/e2e-env';
import { checkoutToReview } from './checkout-steps';
import { hydrated } from './support';

const AS_URL = `http://127.0.0.1:${E2E_AGENT_AS_PORT}`;
const MCP_URL = `http://localhost:${E2E_APP_PORT}/api/mcp`;

const token = async () => (await mintAgentToken(AS_URL, { customer: DEMO_CUSTOMER.email, maxAmount: 500_000, currency: 'USD', audience: MCP_URL })).access_token;

/** The agent: an MCP client that presents a token (a fresh one per request: one write per token id). */
async function agent(fixed?: string) {
  const transport = new StreamableHTTPClientTransport(new URL(MCP_URL), {
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${fixed ?? (await token())}`);
      return fetch(input, { ...init, headers });
    },
  });
  const client = new Client({ name: 'e2e-shopping-agent', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

const structured = (result: unknown) => (result as { structuredContent: Record<string, unknown> }).structuredContent;

async function signInTo(page: Page, path: string) {
  await page.goto(`/en-us/login?next=${encodeURIComponent(path)}`);
  await hydrated(page);
  await page.getByLabel('Email').fill(DEMO_CUSTOMER.email);
  await page.getByLabel('Password').fill(DEMO_CUSTOMER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === path);
}

test('an agent prepares a checkout, the customer confirms it in the shop, exactly one order; the customer revokes the agent', async ({ page }) => {
  const shopper = await agent();
  const found = structured(await shopper.callTool({ name: 'search_catalog', arguments: { catalog: { query: 'shirt', context: { address_country: 'US' } } } }));
  const variants = (found.products as Array<{ variants: Array<{ sku: string; availability: { available: boolean } }> }>).flatMap((p) => p.variants).filter((v) => v.availability.available);
  expect(variants.length).toBeGreaterThan(1);

  const created = structured(await shopper.callTool({ name: 'create_checkout', arguments: { checkout: { line_items: [{ item: { id: variants[0]!.sku }, quantity: 1 }] } } }));
  const id = created.id as string;
  await shopper.callTool({ name: 'update_checkout', arguments: { id, checkout: { line_items: [{ item: { id: variants[0]!.sku }, quantity: 2 }, { item: { id: variants[1]!.sku }, quantity: 1 }] } } });
  const completed = structured(await shopper.callTool({ name: 'complete_checkout', arguments: { id } }));
  expect(completed.status).toBe('requires_escalation');
  const continuePath = new URL(completed.continue_url as string).pathname;

  // The customer, in the browser: signs in, takes the checkout over, pays in the normal checkout.
  await signInTo(page, continuePath);
  await hydrated(page);
  await page.getByTestId('agent-handoff-review').click();
  await page.waitForURL('/en-us/checkout');
  await expect(page.getByTestId('checkout-empty')).toHaveCount(0);
  await checkoutToReview(page, null);
  await page.getByTestId('place-order').dblclick();
  await page.waitForURL(/\/en-us\/checkout\/confirmation\/[^/]+$/);
  const orderId = new URL(page.url()).pathname.split('/').pop()!;

  const after = structured(await shopper.callTool({ name: 'get_checkout', arguments: { id } }));
  expect(after.status).toBe('completed');
  expect((after.order as { id: string }).id).toBe(orderId);
  // Exactly once: completing again names the same order, and no second one exists.
  const again = structured(await shopper.callTool({ name: 'complete_checkout', arguments: { id } }));
  expect((again.order as { id: string }).id).toBe(orderId);

  // The account page shows the agent with its limit and actions, and revokes this token's grant.
  const last = await token();
  const grantId = JSON.parse(Buffer.from(last.split('.')[1]!, 'base64url').toString()).grant_id as string;
  const kept = await agent(last);
  await page.goto('/en-us/account/agents');
  await hydrated(page);
  const grant = page.locator(`[data-testid="agent-grant"][data-grant="${grantId}"]`);
  await expect(grant).toContainText('Demo');
  await expect(grant).toContainText('$5,000.00');
  await grant.getByTestId('agent-revoke').click();
  await expect(page.locator(`[data-testid="agent-grant"][data-grant="${grantId}"]`)).toHaveCount(0);
  await expect(kept.callTool({ name: 'create_checkout', arguments: { checkout: { line_items: [{ item: { id: variants[0]!.sku }, quantity: 1 }] } } })).rejects.toThrow();
});
