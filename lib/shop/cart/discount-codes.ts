import 'server-only';
// Discount codes on the cart. An unknown code, or one that does not apply to the cart, is refused
// and leaves the cart as it was (a code commercetools accepted in a non-matching state is removed
// again).
import type { Cart } from '@/lib/types';
import { updateCart } from '@/lib/commercetools/carts';
import type { Shopper } from '../context';
import { fieldRefusal, notFound, type ShopReason } from '../errors';
import { changeCart, changeExistingCart, rememberCart } from './owned-cart';
import { cartView } from './view';

/** commercetools' DiscountCodeState (or its refusal reason) -> our reason. */
const CODE_STATE_REASONS: Record<string, ShopReason> = {
  DoesNotExist: 'discount_code_unknown',
  NotValid: 'discount_code_expired',
  TimeRangeNonApplicable: 'discount_code_expired',
  NotActive: 'discount_code_not_active',
  MaxApplicationReached: 'discount_code_used_up',
};

function codeRefused(code: string, state: string | undefined) {
  return fieldRefusal((state && CODE_STATE_REASONS[state]) || 'discount_code_not_applicable', { code }, 'code');
}

export async function addDiscountCode(shopper: Shopper, code: string): Promise<Cart> {
  let before: string[] = [];
  const updated = await changeExistingCart(
    shopper,
    (state) => {
      before = state.discountCodeIds;
      return [{ action: 'addDiscountCode', code }];
    },
    { onRejected: (failure) => codeRefused(code, failure.errors.find((e) => e.code === 'DiscountCodeNonApplicable')?.reason) },
  );
  const added = (updated.discountCodes ?? []).find((info) => !before.includes(info.discountCode.id));
  if (!added || !added.state || added.state === 'MatchesCart') return cartView(shopper, updated);
  // Accepted but not applicable: take it off again so the cart is as it was, and say why.
  const undo = await updateCart(updated.id, updated.version, [
    { action: 'removeDiscountCode', discountCode: { typeId: 'discount-code', id: added.discountCode.id } },
  ]);
  if (undo.ok) await rememberCart(shopper, undo.value);
  throw codeRefused(code, added.state);
}

/** Removes a code by the discount code's id, as the cart JSON lists it. */
export async function removeDiscountCode(shopper: Shopper, discountCodeId: string): Promise<Cart> {
  const updated = await changeCart(shopper, (state) => {
    if (!state.discountCodeIds.includes(discountCodeId)) throw notFound();
    return [{ action: 'removeDiscountCode', discountCode: { typeId: 'discount-code', id: discountCodeId } }];
  });
  if (!updated) throw notFound();
  return cartView(shopper, updated);
}
