// Tax in the Platform TaxMode: the TaxRate of a TaxCategory that applies to a shipping address,
// and the taxed price of an amount (TaxedItemPrice) with the Cart's taxRoundingMode.
//
// - A rate for the address's country and state wins over the country's rate without a state.
// - includedInPrice: the amount is the gross; net = gross / (1 + rate), rounded; tax = gross - net.
// - otherwise: the amount is the net; tax = net * rate, rounded; gross = net + tax.
// - Sub-rates split the tax into one portion each (tax portions are named after the sub-rate).
// - LineItemLevel taxes the line total, UnitPriceLevel each (discounted) unit price, then
//   multiplies by the quantity.
import type {
  Address,
  RoundingMode,
  TaxCategory,
  TaxedItemPrice,
  TaxPortion,
  TaxRate,
} from '@commercetools/platform-sdk';
import { CtError } from '../errors';
import { allocate, divideRounded, fractionOf, money } from './amounts';

export function missingTaxRate(taxCategory: TaxCategory, address: Pick<Address, 'country' | 'state'>): CtError {
  const where = address.state ? `${address.country}-${address.state}` : address.country;
  return new CtError(400, [
    {
      code: 'MissingTaxRateForCountry',
      message: `Tax category ${taxCategory.id} is missing a tax rate for country ${where}.`,
      taxCategoryId: taxCategory.id,
      country: address.country,
      ...(address.state ? { state: address.state } : {}),
    },
  ]);
}

/** The TaxRate of the category for the address, or undefined when the category has none. */
export function taxRateFor(taxCategory: TaxCategory, address: Pick<Address, 'country' | 'state'>): TaxRate | undefined {
  const ofCountry = taxCategory.rates.filter((rate) => rate.country === address.country);
  if (address.state) {
    const exact = ofCountry.find((rate) => rate.state === address.state);
    if (exact) return exact;
  }
  return ofCountry.find((rate) => !rate.state);
}

/** Like taxRateFor, but a missing rate is the API's MissingTaxRateForCountry error. */
export function requireTaxRate(taxCategory: TaxCategory, address: Pick<Address, 'country' | 'state'>): TaxRate {
  const rate = taxRateFor(taxCategory, address);
  if (!rate) throw missingTaxRate(taxCategory, address);
  return rate;
}

type Amounts = { net: number; gross: number; portions: Array<{ rate: number; name?: string; amount: number }> };

/** Net, gross and tax portions of one amount (a line total or one unit price). */
export function taxAmounts(amount: number, rate: TaxRate, mode: RoundingMode): Amounts {
  const r = fractionOf(rate.amount);
  const subRates = rate.subRates?.length ? rate.subRates : undefined;
  if (rate.includedInPrice) {
    const gross = amount;
    const net = Number(divideRounded(BigInt(amount) * r.den, r.den + r.num, mode));
    const tax = gross - net;
    if (!subRates) return { net, gross, portions: [{ rate: rate.amount, name: rate.name, amount: tax }] };
    const shares = allocate(
      tax,
      subRates.map((s) => Math.round(s.amount * 1e9)),
    );
    return { net, gross, portions: subRates.map((s, i) => ({ rate: s.amount, name: s.name, amount: shares[i] ?? 0 })) };
  }
  const net = amount;
  if (!subRates) {
    const tax = Number(divideRounded(BigInt(amount) * r.num, r.den, mode));
    return { net, gross: net + tax, portions: [{ rate: rate.amount, name: rate.name, amount: tax }] };
  }
  const portions = subRates.map((s) => {
    const f = fractionOf(s.amount);
    return { rate: s.amount, name: s.name, amount: Number(divideRounded(BigInt(amount) * f.num, f.den, mode)) };
  });
  return { net, gross: net + portions.reduce((a, p) => a + p.amount, 0), portions };
}

/** Sums amounts, accumulating tax portions with the same rate and name into one. */
export function sumAmounts(parts: readonly Amounts[]): Amounts {
  const portions = new Map<string, { rate: number; name?: string; amount: number }>();
  let net = 0;
  let gross = 0;
  for (const part of parts) {
    net += part.net;
    gross += part.gross;
    for (const portion of part.portions) {
      const key = `${portion.rate}\u0000${portion.name ?? ''}`;
      const existing = portions.get(key);
      if (existing) existing.amount += portion.amount;
      else portions.set(key, { ...portion });
    }
  }
  return { net, gross, portions: [...portions.values()] };
}

/** Taxed amounts of units sold at (possibly different) unit prices, per the calculation mode. */
export function taxUnits(
  groups: ReadonlyArray<{ unitPrice: number; quantity: number }>,
  rate: TaxRate,
  calculationMode: string,
  roundingMode: RoundingMode,
): Amounts {
  if (calculationMode === 'UnitPriceLevel') {
    return sumAmounts(
      groups.map(({ unitPrice, quantity }) => {
        const unit = taxAmounts(unitPrice, rate, roundingMode);
        return {
          net: unit.net * quantity,
          gross: unit.gross * quantity,
          portions: unit.portions.map((p) => ({ ...p, amount: p.amount * quantity })),
        };
      }),
    );
  }
  const total = groups.reduce((a, g) => a + g.unitPrice * g.quantity, 0);
  return taxAmounts(total, rate, roundingMode);
}

export function taxedItemPrice(amounts: Amounts, currencyCode: string): TaxedItemPrice {
  const portions: TaxPortion[] = amounts.portions.map((p) => ({
    rate: p.rate,
    amount: money(currencyCode, p.amount),
    ...(p.name !== undefined ? { name: p.name } : {}),
  }));
  return {
    totalNet: money(currencyCode, amounts.net),
    totalGross: money(currencyCode, amounts.gross),
    taxPortions: portions,
    totalTax: money(currencyCode, amounts.gross - amounts.net),
  };
}

export type { Amounts as TaxAmounts };
