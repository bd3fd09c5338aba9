import 'server-only';
// The agent tools: an allowlist. Each is a hand-written handler bound to one UCP operation with a
// strict input schema, the scope it needs and whether it writes; there is no generic passthrough
// of any kind. Write tools exist only with AGENT_WRITES=on. The MCP server (./mcp-server.ts) and
// the UCP REST routes (app/api/ucp) run these same definitions.
import type { z } from 'zod';
import type { Shopper } from '@/lib/shop/context';
import type { Money } from '@/lib/types';
import type { AgentCall } from './authorize';
import type { AgentScope } from './config';
import { getProductInput, getProductOp, lookupCatalogInput, lookupCatalogOp, searchCatalogInput, searchCatalogOp } from './ucp/catalog';
import {
  cancelCheckoutOp,
  checkoutIdInput,
  completeCheckoutOp,
  createCheckoutInput,
  createCheckoutOp,
  getCheckoutOp,
  updateCheckoutInput,
  updateCheckoutOp,
} from './ucp/checkout';

type ToolOutcome = { result: unknown; amount?: Money; outcome?: string };

export type AgentTool = {
  name: string;
  description: string;
  scope: AgentScope;
  /** Writes consume the token id and are introspected first (./authorize.ts). */
  write: boolean;
  readOnly: boolean;
  input: z.ZodType;
  run(shopper: Shopper, args: never, call: AgentCall): Promise<ToolOutcome>;
};

function tool<S extends z.ZodType>(spec: Omit<AgentTool, 'input' | 'run'> & { input: S; run(shopper: Shopper, args: z.infer<S>, call: AgentCall): Promise<ToolOutcome> }): AgentTool {
  return spec as unknown as AgentTool;
}

const site = (call: AgentCall) => call.settings.siteUrl;

export const AGENT_TOOLS: readonly AgentTool[] = [
  tool({
    name: 'search_catalog',
    description: 'Search the shop’s products (UCP catalog search). Prices are in the market of context.address_country.',
    scope: 'catalog:read',
    write: false,
    readOnly: true,
    input: searchCatalogInput,
    run: async (shopper, args, call) => ({ result: await searchCatalogOp(shopper, args, site(call)) }),
  }),
  tool({
    name: 'lookup_catalog',
    description: 'Look up products by handle (UCP catalog lookup).',
    scope: 'catalog:read',
    write: false,
    readOnly: true,
    input: lookupCatalogInput,
    run: async (shopper, args, call) => ({ result: await lookupCatalogOp(shopper, args, site(call)) }),
  }),
  tool({
    name: 'get_product',
    description: 'Get one product with its variants, prices and availability (UCP get_product).',
    scope: 'catalog:read',
    write: false,
    readOnly: true,
    input: getProductInput,
    run: async (shopper, args, call) => ({ result: await getProductOp(shopper, args, site(call)) }),
  }),
  tool({
    name: 'create_checkout',
    description: 'Create a checkout for the signed-in customer with line items (item.id is the SKU).',
    scope: 'checkout:write',
    write: true,
    readOnly: false,
    input: createCheckoutInput,
    run: async (shopper, args, call) => {
      const checkout = await createCheckoutOp(shopper, args, site(call));
      return { result: checkout, amount: { centAmount: checkout.totals.at(-1)!.amount, currencyCode: checkout.currency, fractionDigits: 2 } };
    },
  }),
  tool({
    name: 'get_checkout',
    description: 'Get a checkout of the signed-in customer.',
    scope: 'checkout:write',
    write: false,
    readOnly: true,
    input: checkoutIdInput,
    run: async (shopper, args, call) => ({ result: await getCheckoutOp(shopper, args, site(call)) }),
  }),
  tool({
    name: 'update_checkout',
    description: 'Replace the line items of a checkout.',
    scope: 'checkout:write',
    write: true,
    readOnly: false,
    input: updateCheckoutInput,
    run: async (shopper, args, call) => ({ result: await updateCheckoutOp(shopper, args, site(call)) }),
  }),
  tool({
    name: 'complete_checkout',
    description: 'Ask to place the order. Within the spending limit the customer must confirm: the answer is requires_escalation with a continue_url for the customer.',
    scope: 'checkout:write',
    write: true,
    readOnly: false,
    input: checkoutIdInput,
    run: async (shopper, args, call) => {
      const done = await completeCheckoutOp(shopper, args, site(call), call.token!);
      return { result: done.checkout, amount: done.amount, outcome: done.outcome };
    },
  }),
  tool({
    name: 'cancel_checkout',
    description: 'Cancel a checkout that was not placed.',
    scope: 'checkout:write',
    write: true,
    readOnly: false,
    input: checkoutIdInput,
    run: async (shopper, args, call) => ({ result: await cancelCheckoutOp(shopper, args, site(call)) }),
  }),
];

/** The tools this deployment offers: write tools only with AGENT_WRITES=on. */
export function offeredTools(writes: boolean): readonly AgentTool[] {
  return AGENT_TOOLS.filter((t) => writes || !t.write);
}
