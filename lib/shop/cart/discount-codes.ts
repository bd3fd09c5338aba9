import 'server-only';
// Discount codes on the cart.
// - Every code that cannot be used (unknown, expired, not active, used up, not for this cart) gets
//   one refusal, `discount_code_not_applicable`, so the answers do not tell a guesser which codes
//   exist. The cart stays as it was (a code commercetools accepted in a non-matching state is
//   removed again).
// - Failed codes count against the shopper's budget (Shopper.attempt, limits in
//   lib/security/rate-limit.ts); an applied code hands its slot back.
// - Codes match case-insensitively. commercetools matches codes exactly, so the code goes as typed
//   first (the happy path is one request) and, only when commercetools does not know it, upper- and
//   lower-cased.
import type { Cart as CtCart } from '@commercetools/platform-sdk';
import type { Cart } from '@/lib/types';
import { updateCart } from '@/lib/commercetools/carts';
import type { Shopper } from '../context';
import { fieldRefusal, notFound, ShopError } from '../errors';
import { changeCart, changeExistingCart, rememberCart } from './owned-cart';
import { cartView } from './view';

const codeRefused = (code: string) => fieldRefusal('discount_code_not_applicable', { code }, 'code');

/** The spellings tried, in order: as typed, then the conventional upper and lower case. */
function codeSpellings(typed: string): string[] {
  return [...new Set([typed, typed.toUpperCase(), typed.toLowerCase()])];
}

type Applied = { cart: CtCart } | { unknown: true };

async function applySpelling(shopper: Shopper, code: string): Promise<Applied> {
  let before: string[] = [];
  let unknown = false;
  const updated = await changeExistingCart(
    shopper,
    (state) => {
      before = state.discountCodeIds;
      return [{ action: 'addDiscountCode', code }];
    },
    {
      onRejected: (failure) => {
        unknown = failure.errors.some((e) => e.code === 'DiscountCodeNonApplicable' && e.reason === 'DoesNotExist');
        return codeRefused(code);
      },
    },
  ).catch((error: unknown) => {
    if (unknown) return null;
    throw error;
  });
  if (!updated) return { unknown: true };
  const added = (updated.discountCodes ?? []).find((info) => !before.includes(info.discountCode.id));
  if (!added || !added.state || added.state === 'MatchesCart') return { cart: updated };
  // Accepted but not applicable: take it off again so the cart is as it was.
  const undo = await updateCart(updated.id, updated.version, [
    { action: 'removeDiscountCode', discountCode: { typeId: 'discount-code', id: added.discountCode.id } },
  ]);
  if (undo.ok) await rememberCart(shopper, undo.value);
  throw codeRefused(code);
}

export async function addDiscountCode(shopper: Shopper, typed: string): Promise<Cart> {
  const slot = await shopper.attempt('discount_code');
  try {
    for (const code of codeSpellings(typed)) {
      const applied = await applySpelling(shopper, code);
      if ('cart' in applied) {
        await slot.release();
        return cartView(shopper, applied.cart);
      }
    }
  } catch (error) {
    // Only a refused code counts; an empty cart or an upstream failure is not a guess.
    if (!(error instanceof ShopError && error.reason === 'discount_code_not_applicable')) await slot.release();
    throw error;
  }
  throw codeRefused(typed);
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
