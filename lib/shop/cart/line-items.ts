import 'server-only';
// Adding, changing and removing cart lines: the limits (./limits.ts) and the sellable check
// (./sellable.ts) in front of one versioned update (./owned-cart.ts).
import { randomUUID } from 'node:crypto';
import type { Cart as CtCart } from '@commercetools/platform-sdk';
import type { Cart } from '@/lib/types';
import { cartDraft, createCart } from '@/lib/commercetools/carts';
import type { Shopper } from '../context';
import { fieldRefusal, fromCtFailure, notFound } from '../errors';
import { MAX_CART_LINES, MAX_LINE_QUANTITY } from './limits';
import { changeCart, rememberCart } from './owned-cart';
import { lookUpSku, requireSellable } from './sellable';
import { cartView } from './view';
import type { CartSnapshot } from './snapshots';

/** commercetools refused a line (unknown variant, no matching price): the same answer as our check. */
const lineRejected = (sku: string) => fieldRefusal('line_rejected', { sku }, 'sku');

/**
 * Adds a quantity of a SKU (to its line if there is one). The first add creates the cart in the
 * shopper's market, owned by their customer id or (guest) anonymous id.
 */
export async function addLineItem(shopper: Shopper, input: { sku: string; quantity: number }): Promise<Cart> {
  const context = await shopper.context();
  const market = context.market;
  // Started at once; awaited where the answer is needed (never rejects: failures are results).
  const check = lookUpSku(input.sku, market);

  if (context.cartId) {
    const updated = await changeCart(
      shopper,
      async (state) => {
        // The cart prices in its own currency and country (normally the market's; not after a
        // market switch that could not move the cart).
        const cartScope = { currency: state.currency, country: state.country ?? market.country, language: market.language };
        const sameScope = cartScope.currency === market.currency && cartScope.country === market.country;
        await requireSellable(sameScope ? check : lookUpSku(input.sku, cartScope), input.sku, cartScope);
        const line = state.lines.find((l) => l.sku === input.sku);
        if (line && line.quantity + input.quantity > MAX_LINE_QUANTITY) {
          throw fieldRefusal('line_quantity_limit', { max: MAX_LINE_QUANTITY, current: line.quantity, adding: input.quantity }, 'quantity');
        }
        if (!line && state.lines.length >= MAX_CART_LINES) throw fieldRefusal('cart_lines_limit', { max: MAX_CART_LINES }, 'sku');
        return [{ action: 'addLineItem', sku: input.sku, quantity: input.quantity }];
      },
      { onRejected: () => lineRejected(input.sku) },
    );
    if (updated) return cartView(shopper, updated);
  }

  await requireSellable(check, input.sku, market);
  return cartView(shopper, await startCart(shopper, [{ sku: input.sku, quantity: input.quantity }]));
}

async function startCart(shopper: Shopper, lineItems: Array<{ sku: string; quantity: number }>): Promise<CtCart> {
  let context = await shopper.context();
  if (!context.customerId && !context.anonymousId) context = await shopper.save({ anonymousId: randomUUID() });
  // Each new cart is an upstream resource: creating carts has a budget per session and client.
  await shopper.attempt('cart_create');
  const created = await createCart(cartDraft(context.market, context, lineItems));
  if (!created.ok) throw created.kind === 'invalid' ? lineRejected(lineItems[0]?.sku ?? '') : fromCtFailure(created);
  await rememberCart(shopper, created.value);
  return created.value;
}

function requireLine(state: CartSnapshot, lineItemId: string): void {
  if (!state.lines.some((l) => l.id === lineItemId)) throw notFound();
}

/** Sets a line's quantity (its range is the request schema's, ./schemas.ts). */
export async function changeLineItemQuantity(shopper: Shopper, lineItemId: string, quantity: number): Promise<Cart> {
  const updated = await changeCart(shopper, (state) => {
    requireLine(state, lineItemId);
    return [{ action: 'changeLineItemQuantity', lineItemId, quantity }];
  });
  if (!updated) throw notFound();
  return cartView(shopper, updated);
}

export async function removeLineItem(shopper: Shopper, lineItemId: string): Promise<Cart> {
  const updated = await changeCart(shopper, (state) => {
    requireLine(state, lineItemId);
    return [{ action: 'removeLineItem', lineItemId }];
  });
  if (!updated) throw notFound();
  return cartView(shopper, updated);
}
