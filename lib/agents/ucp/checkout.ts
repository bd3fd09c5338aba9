import 'server-only';
// UCP checkout operations (create, get, update, complete, cancel), shared by the MCP tools and the
// REST binding, on the shop's agent checkouts (lib/shop/checkout/agent-checkout.ts). The checkout id
// is the commercetools cart id. Completing never places an order on the agent's word: within the
// token's spending limit it answers `requires_escalation` with a `continue_url` where the customer
// reviews and pays in the storefront (docs/agents.md, "The principal confirms").
import { z } from 'zod';
import { agentCheckoutState, cancelAgentCheckout, createAgentCheckout, replaceAgentLines, type AgentCheckoutState } from '@/lib/shop/checkout/agent-checkout';
import type { Shopper } from '@/lib/shop/context';
import type { Cart, Money } from '@/lib/types';
import type { AgentToken } from '../access-token';
import { checkSpendingLimit } from '../spending-limit';
import { contextSchema, metaSchema, UCP_VERSION } from './protocol';

const skuSchema = z.string().regex(/^[A-Za-z0-9._-]{1,128}$/, 'is not a SKU');
const linesSchema = z
  .array(z.object({ id: z.string().max(128).optional(), item: z.object({ id: skuSchema }).strict(), quantity: z.number().int().min(1).max(99) }).strict())
  .min(1)
  .max(50);
const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'is not a checkout id');

export const createCheckoutInput = z
  .object({ meta: metaSchema.optional(), checkout: z.object({ line_items: linesSchema, context: contextSchema.optional() }).strict() })
  .strict();
export const checkoutIdInput = z.object({ meta: metaSchema.optional(), id: idSchema }).strict();
export const updateCheckoutInput = z
  .object({ meta: metaSchema.optional(), id: idSchema, checkout: z.object({ line_items: linesSchema }).strict() })
  .strict();

function totals(cart: Cart) {
  const rows: Array<{ type: string; display_text: string; amount: number }> = [{ type: 'subtotal', display_text: 'Subtotal', amount: cart.subtotal.centAmount }];
  if (cart.discount.centAmount) rows.push({ type: 'discount', display_text: 'Discount', amount: -cart.discount.centAmount });
  if (cart.shipping) rows.push({ type: 'fulfillment', display_text: 'Shipping', amount: cart.shipping.centAmount });
  if (cart.tax) rows.push({ type: 'tax', display_text: 'Tax', amount: cart.tax.centAmount });
  rows.push({ type: 'total', display_text: 'Total', amount: cart.total.centAmount });
  return rows;
}

/**
 * UCP fulfillment (dev.ucp.shopping.fulfillment), read-only: what the cart has. The customer chooses
 * the address and the shipping method when confirming in the shop, where their address book is.
 */
function fulfillment(cart: Cart) {
  const lineIds = cart.lineItems.map((l) => l.id);
  const address = cart.shippingAddress;
  const method = cart.shippingMethod;
  return {
    methods: [
      {
        id: 'shipping',
        type: 'shipping' as const,
        line_item_ids: lineIds,
        destinations: address
          ? [{ id: 'shipping-address', first_name: address.firstName, last_name: address.lastName, street_address: [address.streetName, address.streetNumber].filter(Boolean).join(' '), address_locality: address.city, ...(address.state ? { address_region: address.state } : {}), postal_code: address.postalCode, address_country: address.country }]
          : [],
        selected_destination_id: address ? 'shipping-address' : null,
        groups: [
          {
            id: 'all',
            line_item_ids: lineIds,
            options: method?.id ? [{ id: method.id, title: method.name, totals: [{ type: 'total', amount: method.price.centAmount }] }] : [],
            selected_option_id: method?.id ?? null,
          },
        ],
      },
    ],
  };
}

type Message = { type: 'error' | 'info'; code: string; content: string; severity?: 'recoverable' | 'requires_buyer_input' | 'requires_buyer_review' | 'unrecoverable' };

function ucpCheckout(id: string, state: AgentCheckoutState, siteUrl: string, extra: { status?: 'requires_escalation' | 'canceled'; continueUrl?: string; messages?: Message[] } = {}) {
  const links = [{ type: 'privacy_policy', url: `${siteUrl}/privacy` }, { type: 'terms_of_service', url: `${siteUrl}/terms` }];
  const ucp = { version: UCP_VERSION, capabilities: { 'dev.ucp.shopping.checkout': [{ version: UCP_VERSION }] }, payment_handlers: {} };
  if (state.order) {
    const { order } = state;
    return {
      ucp,
      id,
      status: 'completed' as const,
      currency: order.total.currencyCode,
      line_items: order.lineItems.map((l) => ({ id: l.id, item: { id: l.sku, title: l.name, price: l.unitPrice.centAmount }, quantity: l.quantity, totals: [{ type: 'total', amount: l.totalPrice.centAmount }] })),
      totals: [{ type: 'total', display_text: 'Total', amount: order.total.centAmount }],
      links,
      order: { id: order.id, label: order.orderNumber ?? order.id, permalink_url: `${siteUrl}/account/orders/${order.id}` },
      messages: extra.messages ?? [],
    };
  }
  const { cart } = state;
  return {
    ucp,
    id,
    status: extra.status ?? ('incomplete' as const),
    currency: cart.total.currencyCode,
    line_items: cart.lineItems.map((l) => ({
      id: l.id,
      item: { id: l.sku, title: l.name, price: l.unitPrice.centAmount },
      quantity: l.quantity,
      totals: [{ type: 'total', amount: l.totalPrice.centAmount }],
    })),
    totals: totals(cart),
    fulfillment: fulfillment(cart),
    links,
    ...(extra.continueUrl ? { continue_url: extra.continueUrl } : {}),
    messages: extra.messages ?? [],
  };
}

export async function createCheckoutOp(shopper: Shopper, input: z.infer<typeof createCheckoutInput>, siteUrl: string) {
  const cart = await createAgentCheckout(shopper, input.checkout.line_items.map((l) => ({ sku: l.item.id, quantity: l.quantity })));
  return ucpCheckout(cart.id!, { cart }, siteUrl);
}

export async function getCheckoutOp(shopper: Shopper, input: z.infer<typeof checkoutIdInput>, siteUrl: string) {
  return ucpCheckout(input.id, await agentCheckoutState(shopper), siteUrl);
}

export async function updateCheckoutOp(shopper: Shopper, input: z.infer<typeof updateCheckoutInput>, siteUrl: string) {
  const cart = await replaceAgentLines(shopper, input.checkout.line_items.map((l) => ({ sku: l.item.id, quantity: l.quantity })));
  return ucpCheckout(input.id, { cart }, siteUrl);
}

const LIMIT_WORDS = {
  no_limit: 'The authorization has no spending limit for checkouts, so it cannot complete one.',
  other_currency: 'The spending limit is in another currency than this checkout.',
  over_limit: 'The checkout total is above the spending limit the customer granted.',
  expired: 'The spending limit the customer granted has expired.',
} as const;

/**
 * Completing: within the spending limit (checked against the total commercetools computed), the
 * customer confirms in the storefront; above it, in another currency or after expiry, refused.
 */
export async function completeCheckoutOp(shopper: Shopper, input: z.infer<typeof checkoutIdInput>, siteUrl: string, token: AgentToken) {
  const state = await agentCheckoutState(shopper);
  if (state.order) return { checkout: ucpCheckout(input.id, state, siteUrl), amount: state.order.total, outcome: 'already_completed' };
  const total: Money = state.cart.total;
  const verdict = checkSpendingLimit(token.spendingLimits, total);
  if (!verdict.ok) {
    const message: Message = { type: 'error', code: verdict.reason === 'over_limit' ? 'amount_exceeds_limit' : 'insufficient_authorization', content: LIMIT_WORDS[verdict.reason], severity: 'unrecoverable' };
    return { checkout: ucpCheckout(input.id, state, siteUrl, { messages: [message] }), amount: total, outcome: `refused_${verdict.reason}` };
  }
  const { market } = await shopper.context();
  const continueUrl = `${siteUrl}/${market.locale}/agent-checkout/${encodeURIComponent(input.id)}`;
  const message: Message = { type: 'error', code: 'requires_buyer_review', content: 'The customer reviews and pays for this order in the shop.', severity: 'requires_buyer_review' };
  return { checkout: ucpCheckout(input.id, state, siteUrl, { status: 'requires_escalation', continueUrl, messages: [message] }), amount: total, outcome: 'requires_escalation' };
}

export async function cancelCheckoutOp(shopper: Shopper, input: z.infer<typeof checkoutIdInput>, siteUrl: string) {
  const state = await agentCheckoutState(shopper);
  if (state.order) {
    return ucpCheckout(input.id, state, siteUrl, { messages: [{ type: 'error', code: 'checkout_completed', content: 'The customer already placed this order; it cannot be canceled here.', severity: 'unrecoverable' }] });
  }
  await cancelAgentCheckout(shopper);
  return ucpCheckout(input.id, state, siteUrl, { status: 'canceled' });
}
