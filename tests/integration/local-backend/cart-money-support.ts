// Shared by the cart-money*.test.ts files: a local backend seeded with the demo catalog, callers as
// the storefront client and the seed admin, and the demo catalog's prices, tax rates and shipping
// rates read from its drafts, with the money rules (half-even rounding, tax on top or included)
// written out independently of the backend, so each test computes what the API must answer.
import type { CartDiscountDraft, DiscountCodeDraft, ShippingMethodDraft, TaxCategoryDraft } from '@commercetools/platform-sdk';
import { type LocalBackend, SEED_ADMIN_CLIENT } from '@/scripts/local-backend';
import { STOREFRONT_CLIENT, startStorefrontBackend } from '@/scripts/storefront-backend';
import { demoCatalog } from '@/scripts/local-backend/seed/demo-catalog';
import { type Api, type Json, apiAs, tokenFor } from './support';

export type Currency = 'USD' | 'GBP' | 'EUR';
export type Market = { currency: Currency; country: 'US' | 'GB' | 'DE'; zone: 'us' | 'gb' | 'de' };

export const US: Market = { currency: 'USD', country: 'US', zone: 'us' };
export const GB: Market = { currency: 'GBP', country: 'GB', zone: 'gb' };
export const DE: Market = { currency: 'EUR', country: 'DE', zone: 'de' };

export type DemoSku = { sku: string; taxCategory: 'standard' | 'reduced'; price: Record<Currency, number> };

/** Every variant of the demo catalog with its price per currency and its product's tax category. */
export function demoSkus(): DemoSku[] {
  return demoCatalog().products.flatMap((p) =>
    [p.masterVariant, ...(p.variants ?? [])].map((v) => ({
      sku: v?.sku as string,
      taxCategory: p.taxCategory?.key as 'standard' | 'reduced',
      // What the API charges: the Product Discount's amount where the price carries one.
      price: Object.fromEntries((v?.prices ?? []).map((pr) => [pr.value.currencyCode, (pr.discounted?.value ?? pr.value).centAmount])) as Record<Currency, number>,
    })),
  );
}

/** The first demo variant satisfying the condition (throws when the catalog has none). */
export function skuWhere(condition: (s: DemoSku) => boolean, except: readonly string[] = []): DemoSku {
  const found = demoSkus().find((s) => condition(s) && !except.includes(s.sku));
  if (!found) throw new Error('the demo catalog has no such variant');
  return found;
}

export type DemoRate = { name: string; amount: number; includedInPrice: boolean; country: string };

/** The demo tax rate of a category for a country. */
export function demoTaxRate(category: 'standard' | 'reduced', country: string): DemoRate {
  const categories: TaxCategoryDraft[] = demoCatalog().taxCategories;
  const rate = categories.find((c) => c.key === category)?.rates?.find((r) => r.country === country);
  if (!rate) throw new Error(`no demo tax rate ${category}/${country}`);
  return rate as DemoRate;
}

export type DemoShippingRate = { price: number; freeAbove?: number };

/** The demo shipping rate of a method for a market. */
export function demoShipping(method: 'standard' | 'express', market: Market): DemoShippingRate {
  const methods: ShippingMethodDraft[] = demoCatalog().shippingMethods;
  const zoneRate = methods.find((m) => m.key === method)?.zoneRates?.find((z) => z.zone.key === market.zone);
  const rate = zoneRate?.shippingRates?.find((r) => r.price.currencyCode === market.currency);
  if (!rate) throw new Error(`no demo shipping rate ${method}/${market.zone}`);
  return { price: rate.price.centAmount as number, freeAbove: rate.freeAbove?.centAmount as number | undefined };
}

export function demoCartDiscount(key: string): CartDiscountDraft {
  const found = demoCatalog().cartDiscounts?.find((d) => d.key === key);
  if (!found) throw new Error(`no demo cart discount ${key}`);
  return found;
}

export function demoDiscountCode(code: string): DiscountCodeDraft {
  const found = demoCatalog().discountCodes?.find((d) => d.code === code);
  if (!found) throw new Error(`no demo discount code ${code}`);
  return found;
}

// --- the money rules, independently -----------------------------------------------------------

/** num / den rounded half to even (banker's rounding), for non-negative integers. */
export function halfEven(num: bigint, den: bigint): number {
  const q = num / den;
  const twice = (num % den) * 2n;
  if (twice > den || (twice === den && q % 2n === 1n)) return Number(q + 1n);
  return Number(q);
}

/** A decimal rate such as 0.0725 as the exact fraction 725/10000. */
export function rateFraction(rate: number): { num: bigint; den: bigint } {
  const [whole = '0', decimals = ''] = String(rate).split('.');
  return { num: BigInt(whole + decimals), den: 10n ** BigInt(decimals.length) };
}

export type Taxed = { net: number; gross: number; tax: number };

/** Tax on top of a net amount (US sales tax): tax = net * rate, half-even. */
export function taxOnTop(net: number, rate: number): Taxed {
  const r = rateFraction(rate);
  const tax = halfEven(BigInt(net) * r.num, r.den);
  return { net, tax, gross: net + tax };
}

/** Tax included in a gross amount (UK / German VAT): net = gross / (1 + rate), half-even. */
export function taxIncluded(gross: number, rate: number): Taxed {
  const r = rateFraction(rate);
  const net = halfEven(BigInt(gross) * r.den, r.den + r.num);
  return { net, tax: gross - net, gross };
}

export function taxFor(amount: number, rate: DemoRate): Taxed {
  return rate.includedInPrice ? taxIncluded(amount, rate.amount) : taxOnTop(amount, rate.amount);
}

/** `percent`% off a unit price in cents, the discount rounded half-even. */
export function percentOff(unitPrice: number, percent: number): number {
  return unitPrice - halfEven(BigInt(unitPrice) * BigInt(percent), 100n);
}

/** A CentPrecisionMoney as the API renders it for the demo currencies. */
export function cents(currencyCode: string, centAmount: number) {
  return { type: 'centPrecision', currencyCode, centAmount, fractionDigits: 2 };
}

/** Every money object in a JSON document (anything with `centAmount` and `currencyCode`). */
export function moneyObjects(json: Json, path = '$'): Array<{ path: string; money: Json }> {
  if (Array.isArray(json)) return json.flatMap((item, i) => moneyObjects(item, `${path}[${i}]`));
  if (typeof json !== 'object' || json === null) return [];
  const own = typeof json.centAmount === 'number' && typeof json.currencyCode === 'string' ? [{ path, money: json }] : [];
  return [...own, ...Object.entries(json).flatMap(([key, value]) => moneyObjects(value, `${path}.${key}`))];
}

// --- the backend ------------------------------------------------------------------------------

export type MoneyBackend = { backend: LocalBackend; api: Api; admin: Api };

export async function startMoneyBackend(): Promise<MoneyBackend> {
  const backend = await startStorefrontBackend({ port: 0 });
  return {
    backend,
    api: apiAs(backend, await tokenFor(backend, STOREFRONT_CLIENT)),
    admin: apiAs(backend, await tokenFor(backend, SEED_ADMIN_CLIENT)),
  };
}

export const address = (market: Market, extra: Record<string, string> = {}) => ({
  country: market.country,
  city: 'Demo City',
  streetName: 'Main Street',
  ...extra,
});

/** Creates a cart for the market (201 expected) with the given lines; address unless `address: false`. */
export async function cartFor(
  api: Api,
  market: Market,
  items: Array<[sku: string, quantity: number]>,
  options: { address?: boolean; shippingMethod?: 'standard' | 'express'; extra?: Record<string, unknown> } = {},
): Promise<Json> {
  const response = await api('POST', '/carts', {
    currency: market.currency,
    country: market.country,
    lineItems: items.map(([sku, quantity]) => ({ sku, quantity })),
    ...(options.address === false ? {} : { shippingAddress: address(market) }),
    ...(options.shippingMethod ? { shippingMethod: { typeId: 'shipping-method', key: options.shippingMethod } } : {}),
    ...options.extra,
  });
  if (response.status !== 201) throw new Error(`cart creation failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Applies update actions (200 expected) and returns the cart. */
export async function update(api: Api, cart: Json, actions: unknown[]): Promise<Json> {
  const response = await api('POST', `/carts/${cart.id}`, { version: cart.version, actions });
  if (response.status !== 200) throw new Error(`cart update failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

export const lineBySku = (cart: Json, sku: string) => cart.lineItems.find((l: Json) => l.variant.sku === sku);
