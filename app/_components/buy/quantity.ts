// Cart line quantities the storefront offers (the API enforces its own limits too).
export const MIN_QUANTITY = 1;
export const MAX_QUANTITY = 99;

/** A quantity the cart accepts (1..99, whole), or null. */
export function validQuantity(value: string | number): number | null {
  const n = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
  return Number.isInteger(n) && n >= MIN_QUANTITY && n <= MAX_QUANTITY ? n : null;
}
