// Money for people: Intl.NumberFormat in the market's locale, with the currency's own number of
// fraction digits (from the Money value, never assumed). Pure, so server and client agree.
import type { Money } from './types';

type FormatOptions = {
  /** Drop the fraction when it is zero (`$25` rather than `$25.00`), e.g. for price ranges. */
  trimZeroFraction?: boolean;
};

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${currency}|${digits}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, cached);
  }
  return cached;
}

/** `{centAmount: 4295, currencyCode: 'EUR', fractionDigits: 2}` in `de-DE` -> `42,95 €`. */
export function formatMoney(money: Money, locale: string, options: FormatOptions = {}): string {
  const digits = Number.isInteger(money.fractionDigits) && money.fractionDigits >= 0 ? Math.min(money.fractionDigits, 20) : 2;
  const scale = 10 ** digits;
  const whole = money.centAmount % scale === 0;
  const shown = options.trimZeroFraction && whole ? 0 : digits;
  // Integer minor units / 10^digits is the nearest double to the exact amount, and rounding to
  // `digits` places restores it exactly for any amount a shop will see.
  return formatter(locale, money.currencyCode, shown).format(money.centAmount / scale);
}
