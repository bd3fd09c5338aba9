// Money arithmetic the way the API does it: integer amounts in the currency's smallest unit
// ("cents", per the currency's ISO 4217 fraction digits), exact rational intermediate results
// (BigInt), and one rounding step with the Cart's RoundingMode (HalfEven by default).
import type { CentPrecisionMoney, RoundingMode } from '@commercetools/platform-sdk';

const fractionDigitsCache = new Map<string, number>();

/** ISO 4217 minor-unit digits of a currency (USD 2, JPY 0, KWD 3), from the runtime's ICU data. */
export function fractionDigitsOf(currencyCode: string): number {
  let digits = fractionDigitsCache.get(currencyCode);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency: currencyCode }).resolvedOptions()
        .maximumFractionDigits;
    } catch {
      digits = 2;
    }
    fractionDigitsCache.set(currencyCode, digits ?? 2);
  }
  return digits ?? 2;
}

/** A CentPrecisionMoney as the API renders it. */
export function money(currencyCode: string, centAmount: number): CentPrecisionMoney {
  return { type: 'centPrecision', currencyCode, centAmount, fractionDigits: fractionDigitsOf(currencyCode) };
}

/** A decimal number (a tax rate such as 0.0725) as an exact fraction. */
export type Fraction = { num: bigint; den: bigint };

export function fractionOf(value: number): Fraction {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  // toFixed avoids exponent notation; 12 places are more than any tax rate or permyriad needs.
  const text = Math.abs(value).toFixed(12).replace(/0+$/, '');
  const [whole = '0', decimals = ''] = text.split('.');
  const den = 10n ** BigInt(decimals.length);
  const num = BigInt(whole + decimals) * (value < 0 ? -1n : 1n);
  return { num, den };
}

/** num / den rounded to an integer with the given mode (ties measured on the magnitude). */
export function divideRounded(num: bigint, den: bigint, mode: RoundingMode = 'HalfEven'): bigint {
  if (den === 0n) throw new Error('division by zero');
  if (den < 0n) return divideRounded(-num, -den, mode);
  const negative = num < 0n;
  const magnitude = negative ? -num : num;
  const quotient = magnitude / den;
  const twiceRemainder = (magnitude % den) * 2n;
  let rounded = quotient;
  if (twiceRemainder > den) rounded = quotient + 1n;
  else if (twiceRemainder === den) {
    if (mode === 'HalfUp') rounded = quotient + 1n;
    else if (mode === 'HalfEven') rounded = quotient % 2n === 0n ? quotient : quotient + 1n;
  }
  return negative ? -rounded : rounded;
}

/** amount * (num/den), rounded. */
export function scale(amount: number, factor: Fraction, mode: RoundingMode = 'HalfEven'): number {
  return Number(divideRounded(BigInt(amount) * factor.num, factor.den, mode));
}

/** amount * numerator / denominator (integers), rounded. */
export function proportion(amount: number, numerator: number, denominator: number, mode: RoundingMode = 'HalfEven'): number {
  return Number(divideRounded(BigInt(amount) * BigInt(numerator), BigInt(denominator), mode));
}

/**
 * Splits `total` into integer shares proportional to `weights` (largest remainder; ties go to the
 * earlier entry), so the shares always add up to `total` exactly.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total === 0) return weights.map(() => 0);
  const big = BigInt(total);
  const bigSum = BigInt(sum);
  const shares = weights.map((w) => (big * BigInt(w)) / bigSum);
  const remainders = weights.map((w, i) => ({ i, rest: (big * BigInt(w)) % bigSum }));
  let missing = total - shares.reduce((a, b) => a + Number(b), 0);
  remainders.sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of remainders) {
    if (missing <= 0) break;
    shares[i] = (shares[i] ?? 0n) + 1n;
    missing -= 1;
  }
  return shares.map(Number);
}

/**
 * A money string of discount predicates, "42.00 USD": amount with a dot and the ISO currency code,
 * as cents of that currency; undefined when the text is not one.
 */
export function parseMoneyString(text: string): { currencyCode: string; centAmount: number } | undefined {
  const match = /^\s*(-?\d+)(?:\.(\d+))?\s+([A-Z]{3})\s*$/.exec(text);
  if (!match) return undefined;
  const [, whole = '0', decimals = '', currencyCode = ''] = match;
  const digits = fractionDigitsOf(currencyCode);
  if (decimals.length > digits) return undefined;
  const negative = whole.startsWith('-');
  const cents = BigInt(whole.replace('-', '')) * 10n ** BigInt(digits) + BigInt((decimals || '0').padEnd(digits, '0') || '0');
  return { currencyCode, centAmount: Number(negative ? -cents : cents) };
}
