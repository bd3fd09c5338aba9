import 'server-only';
// The session cart's mutations (POST/PATCH/DELETE under /api/cart): each one versioned update
// through mutateSessionCart (cart.ts), with the limits and product checks in front of it.
import { randomUUID } from 'node:crypto';
import type { Cart } from '@commercetools/platform-sdk';
import { MAX_CART_LINES, MAX_LINE_QUANTITY } from '@/lib/shop/cart/limits';
import type { CartSnapshot } from '@/lib/shop/cart/snapshots';
import { AppError, appErrorFromCt } from '@/lib/http/errors';
import type { SessionHandle } from '@/lib/session';
import { CART_EXPAND, cartDraft, ctCallDetailed, mutateSessionCart, notYours, rememberCart, sessionMarket, updateCart } from './cart';
import { ctApi } from './client';
import { requireForSale, skuStatuses, skuStatusMap } from './sku-status';

/** commercetools refused a line (unknown variant, no matching price): the same answer as our check. */
function lineRejected(sku: string): AppError {
  const message = `The product with SKU "${sku}" cannot be added to the cart.`;
  return new AppError('business_rule', { message, fields: { sku: [message] } });
}

// --- Cart mutations ---------------------------------------------------------------------------

function limitError(message: string, field: string): AppError {
  return new AppError('business_rule', { message, fields: { [field]: [message] } });
}

/**
 * POST /api/cart/line-items: adds a quantity of a SKU (to its line if there is one). The first add
 * creates the cart in the session market's currency and country, owned by the session's customer
 * or anonymous id.
 */
export async function addLineItem(session: SessionHandle, input: { sku: string; quantity: number }): Promise<Cart> {
  const data = await session.current();
  const market = sessionMarket(data);
  // Started at once; awaited where the answer is needed (never rejects: ctCall returns failures).
  // Briefly cached: a warm add is then a single commercetools request (order placement re-checks).
  const check = skuStatusMap(input.sku, { currency: market.currency, country: market.country, language: market.language });

  if (data?.cartId) {
    const updated = await mutateSessionCart(
      session,
      async (state) => {
        // The cart prices in its own currency and country (normally the market's; not after a
        // market switch that could not move the cart).
        const cartScope = { currency: state.currency, country: state.country ?? market.country, language: market.language };
        const sameScope = cartScope.currency === market.currency && cartScope.country === market.country;
        await requireForSale(sameScope ? check : skuStatuses([input.sku], cartScope), input.sku, cartScope);
        const line = state.lines.find((l) => l.sku === input.sku);
        if (line && line.quantity + input.quantity > MAX_LINE_QUANTITY) {
          throw limitError(
            `A line can hold at most ${MAX_LINE_QUANTITY} items; this one has ${line.quantity}, so ${input.quantity} more do not fit.`,
            'quantity',
          );
        }
        if (!line && state.lines.length >= MAX_CART_LINES) {
          throw limitError(`A cart can hold at most ${MAX_CART_LINES} different products. Remove one to add another.`, 'sku');
        }
        return [{ action: 'addLineItem', sku: input.sku, quantity: input.quantity }];
      },
      { onRejected: () => lineRejected(input.sku) },
    );
    if (updated !== 'gone') return updated;
  }

  await requireForSale(check, input.sku, market);
  return createCart(session, [{ sku: input.sku, quantity: input.quantity }]);
}

async function createCart(session: SessionHandle, lineItems: Array<{ sku: string; quantity: number }>): Promise<Cart> {
  let data = await session.ensure();
  if (!data.customerId && !data.anonymousId) data = await session.update({ anonymousId: randomUUID() });
  const market = sessionMarket(data);
  const created = await ctCallDetailed(() =>
    ctApi()
      .carts()
      .post({
        body: cartDraft(market, data, lineItems),
        queryArgs: { expand: CART_EXPAND },
      })
      .execute(),
  );
  if (!created.ok) {
    if (created.kind === 'invalid') throw lineRejected(lineItems[0]?.sku ?? '');
    throw appErrorFromCt(created);
  }
  rememberCart(created.value);
  await session.update({ cartId: created.value.id, cartVersion: created.value.version });
  return created.value;
}

function lineOf(state: CartSnapshot, lineItemId: string) {
  const line = state.lines.find((l) => l.id === lineItemId);
  if (!line) throw notYours();
  return line;
}

/** PATCH /api/cart/line-items/{id}: sets a line's quantity (1..99, checked by the schema). */
export async function changeLineItemQuantity(session: SessionHandle, lineItemId: string, quantity: number): Promise<Cart> {
  const updated = await mutateSessionCart(session, (state) => {
    lineOf(state, lineItemId);
    return [{ action: 'changeLineItemQuantity', lineItemId, quantity }];
  });
  if (updated === 'gone') throw notYours();
  return updated;
}

/** DELETE /api/cart/line-items/{id}. */
export async function removeLineItem(session: SessionHandle, lineItemId: string): Promise<Cart> {
  const updated = await mutateSessionCart(session, (state) => {
    lineOf(state, lineItemId);
    return [{ action: 'removeLineItem', lineItemId }];
  });
  if (updated === 'gone') throw notYours();
  return updated;
}

const DISCOUNT_STATE_MESSAGES: Record<string, (code: string) => string> = {
  DoesNotExist: (code) => `The discount code "${code}" does not exist.`,
  NotValid: (code) => `The discount code "${code}" has expired or is not valid yet.`,
  TimeRangeNonApplicable: (code) => `The discount code "${code}" has expired or is not valid yet.`,
  NotActive: (code) => `The discount code "${code}" is not active.`,
  MaxApplicationReached: (code) => `The discount code "${code}" has already been used as often as it can be.`,
};

function discountRejected(code: string, reason: string | undefined): AppError {
  const message = (reason && DISCOUNT_STATE_MESSAGES[reason]?.(code)) ?? `The discount code "${code}" does not apply to your cart.`;
  return new AppError('business_rule', { message, fields: { code: [message] } });
}

const emptyCartError = () =>
  new AppError('business_rule', { message: 'Your cart is empty.', fields: { lineItems: ['Your cart is empty.'] } });

/**
 * POST /api/cart/discount-codes: an unknown code, or one that does not apply to the cart, is a 422
 * and leaves the cart as it was (a code commercetools accepted in a non-matching state is removed
 * again).
 */
export async function addDiscountCode(session: SessionHandle, code: string): Promise<Cart> {
  let before: string[] = [];
  const updated = await mutateSessionCart(
    session,
    (state) => {
      before = state.discountCodeIds;
      return [{ action: 'addDiscountCode', code }];
    },
    {
      onRejected: (failure) =>
        discountRejected(code, failure.errors.find((e) => e.code === 'DiscountCodeNonApplicable')?.reason ?? 'DoesNotApply'),
    },
  );
  if (updated === 'gone') throw emptyCartError();

  const added = (updated.discountCodes ?? []).find((info) => !before.includes(info.discountCode.id));
  if (!added || !added.state || added.state === 'MatchesCart') return updated;
  // Accepted but not applicable: take it off again so the cart is as it was, and say why.
  const undo = await updateCart(updated.id, updated.version, [
    { action: 'removeDiscountCode', discountCode: { typeId: 'discount-code', id: added.discountCode.id } },
  ]);
  if (undo.ok) {
    rememberCart(undo.value);
    await session.update({ cartVersion: undo.value.version });
  }
  throw discountRejected(code, added.state);
}

/** DELETE /api/cart/discount-codes/{id} (the discount code's id, as the cart JSON lists it). */
export async function removeDiscountCode(session: SessionHandle, discountCodeId: string): Promise<Cart> {
  const updated = await mutateSessionCart(session, (state) => {
    if (!state.discountCodeIds.includes(discountCodeId)) throw notYours();
    return [{ action: 'removeDiscountCode', discountCode: { typeId: 'discount-code', id: discountCodeId } }];
  });
  if (updated === 'gone') throw notYours();
  return updated;
}

export { emptyCartError };
