// Pure mapping from commercetools carts to the app's Cart (docs/api.md, Cart). Every amount is one
// commercetools computed (line totals, discount on the total price, shipping price, taxed price);
// nothing here prices anything. Orders share the amount and line mapping (./order.ts).
import type {
  Cart as CtCart,
  CustomLineItem,
  DiscountCodeInfo,
  LineItem,
  ShippingInfo,
  TaxedPrice,
  TypedMoney,
  DiscountOnTotalPrice,
} from '@commercetools/platform-sdk';
import type { Market } from '@/lib/markets';
import type { AppliedDiscountCode, Cart, CartLineItem, Money, SelectedShippingMethod } from '@/lib/types';
import { reshapeAddress } from './address';
import { localize } from './category';
import { toMoney } from './product';

/** The minor-unit digits of a currency (2 for USD, GBP, EUR), for amounts of an empty cart. */
function fractionDigitsOf(currencyCode: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: currencyCode }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

function zeroMoney(currencyCode: string, fractionDigits = fractionDigitsOf(currencyCode)): Money {
  return { centAmount: 0, currencyCode, fractionDigits };
}

function money(value: TypedMoney): Money {
  return toMoney(value);
}

export function reshapeLineItem(line: LineItem, language: string): CartLineItem {
  const name = localize(line.name, language);
  const image = line.variant.images?.[0];
  return {
    id: line.id,
    sku: line.variant.sku ?? '',
    productId: line.productId,
    name,
    slug: localize(line.productSlug, language),
    image: image ? { url: image.url, alt: image.label ?? name, width: image.dimensions.w, height: image.dimensions.h } : null,
    quantity: line.quantity,
    unitPrice: money(line.price.discounted?.value ?? line.price.value),
    totalPrice: money(line.totalPrice),
    ...originalLinePrices(line),
  };
}

/**
 * The struck-through prices of a line, from commercetools' own amounts: the price's `value` is the
 * unit price before the product discount (`discounted`); the line before every discount is that
 * value times the quantity, shown when the line total (product and cart discounts included) is lower.
 */
function originalLinePrices(line: LineItem): Pick<CartLineItem, 'originalUnitPrice' | 'originalTotalPrice'> {
  const original = line.price.value;
  const discountedUnit = line.price.discounted?.value;
  const undiscountedTotal = original.centAmount * line.quantity;
  return {
    originalUnitPrice: discountedUnit && discountedUnit.centAmount < original.centAmount ? money(original) : null,
    originalTotalPrice:
      line.totalPrice.centAmount < undiscountedTotal && line.totalPrice.currencyCode === original.currencyCode
        ? { ...money(original), centAmount: undiscountedTotal }
        : null,
  };
}

export function reshapeDiscountCodes(codes: DiscountCodeInfo[] | undefined): AppliedDiscountCode[] {
  return (codes ?? []).map((info) => ({
    id: info.discountCode.id,
    code: info.discountCode.obj?.code ?? null,
    state: info.state ?? 'MatchesCart',
  }));
}

/** What a cart and an order have in common for the amounts. */
export type PricedSource = {
  lineItems: LineItem[];
  customLineItems?: CustomLineItem[];
  totalPrice: TypedMoney;
  taxedPrice?: TaxedPrice;
  shippingInfo?: ShippingInfo;
  discountOnTotalPrice?: DiscountOnTotalPrice;
};

export type Amounts = Pick<Cart, 'subtotal' | 'discount' | 'shipping' | 'tax' | 'total'>;

/**
 * The cart discounts commercetools applied to a line, in cents: each `discountedPricePerQuantity`
 * entry carries the per-unit amount of every discount for that many units.
 */
function lineCartDiscountCents(line: LineItem | CustomLineItem): number {
  return (line.discountedPricePerQuantity ?? []).reduce(
    (sum, entry) =>
      sum + entry.quantity * entry.discountedPrice.includedDiscounts.reduce((units, portion) => units + portion.discountedAmount.centAmount, 0),
    0,
  );
}

/**
 * The amounts as commercetools computed them, arranged so that
 * `subtotal - discount + shipping (+ tax where prices exclude it) = total`:
 * - subtotal: the line totals before cart discounts (commercetools' line totals plus the cart
 *   discounts it applied to them);
 * - discount: the cart discounts on lines plus commercetools' discount on the total price;
 * - shipping: the shipping price (after a shipping discount), null until a method is set;
 * - tax: the taxed price's total tax, null until commercetools computed taxes;
 * - total: the gross total, or the total price while no tax is computed.
 */
export function reshapeAmounts(source: PricedSource): Amounts {
  const { currencyCode, fractionDigits } = source.totalPrice;
  const cents = (centAmount: number): Money => ({ centAmount, currencyCode, fractionDigits });
  const lines = [...source.lineItems, ...(source.customLineItems ?? [])];
  const lineDiscounts = lines.reduce((sum, line) => sum + lineCartDiscountCents(line), 0);
  const lineTotals = lines.reduce((sum, line) => sum + line.totalPrice.centAmount, 0);
  const totalDiscount = source.discountOnTotalPrice?.discountedAmount.centAmount ?? 0;
  const shippingInfo = source.shippingInfo;
  const shipping = shippingInfo ? money(shippingInfo.discountedPrice?.value ?? shippingInfo.price) : null;
  const taxed = source.taxedPrice;
  const tax = taxed ? (taxed.totalTax ? money(taxed.totalTax) : zeroMoney(currencyCode, fractionDigits)) : null;
  const total = taxed ? money(taxed.totalGross) : money(source.totalPrice);
  return { subtotal: cents(lineTotals + lineDiscounts), discount: cents(lineDiscounts + totalDiscount), shipping, tax, total };
}

export function reshapeShippingMethod(shippingInfo: ShippingInfo | undefined, language: string): SelectedShippingMethod | null {
  if (!shippingInfo) return null;
  const method = shippingInfo.shippingMethod;
  const localized = method?.obj?.localizedName ? localize(method.obj.localizedName, language) : '';
  return {
    id: method?.id ?? null,
    name: localized || shippingInfo.shippingMethodName,
    price: money(shippingInfo.discountedPrice?.value ?? shippingInfo.price),
  };
}

export function itemCountOf(lines: LineItem[]): number {
  return lines.reduce((n, line) => n + line.quantity, 0);
}

/** The amount a payment must cover: what `total` shows. */
export function amountDue(source: PricedSource): Money {
  return reshapeAmounts(source).total;
}

export function reshapeCart(cart: CtCart, language: string): Cart {
  return {
    id: cart.id,
    lineItems: cart.lineItems.map((line) => reshapeLineItem(line, language)),
    itemCount: itemCountOf(cart.lineItems),
    ...pickInOrder(reshapeAmounts(cart), reshapeDiscountCodes(cart.discountCodes)),
    email: cart.customerEmail ?? null,
    shippingAddress: reshapeAddress(cart.shippingAddress),
    billingAddress: reshapeAddress(cart.billingAddress),
    shippingMethod: reshapeShippingMethod(cart.shippingInfo, language),
  };
}

// Keeps the JSON keys in the contract's order: subtotal, discountCodes, discount, shipping, tax, total.
function pickInOrder(amounts: Amounts, discountCodes: AppliedDiscountCode[]) {
  return {
    subtotal: amounts.subtotal,
    discountCodes,
    discount: amounts.discount,
    shipping: amounts.shipping,
    tax: amounts.tax,
    total: amounts.total,
  };
}

/** The cart of a session that has none yet, in the market's currency. */
export function emptyCart(market: Pick<Market, 'currency'>): Cart {
  const zero = zeroMoney(market.currency);
  return {
    id: null,
    lineItems: [],
    itemCount: 0,
    subtotal: zero,
    discountCodes: [],
    discount: zero,
    shipping: null,
    tax: null,
    total: zero,
    email: null,
    shippingAddress: null,
    billingAddress: null,
    shippingMethod: null,
  };
}
