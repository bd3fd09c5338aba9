// The quantities a cart line takes, from the one module the API's schemas and rules read too.
import { MAX_LINE_QUANTITY, MIN_LINE_QUANTITY } from '@/lib/shop/cart/limits';

/** A quantity the cart accepts (whole, within lib/shop/cart/limits.ts), or null. */
export function validQuantity(value: string | number): number | null {
  const n = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
  return Number.isInteger(n) && n >= MIN_LINE_QUANTITY && n <= MAX_LINE_QUANTITY ? n : null;
}
