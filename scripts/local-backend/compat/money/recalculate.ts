// The money fields of an Active Cart, recalculated from scratch the way the API keeps them after
// every change: Line Item totals after Cart Discounts (`discountedPricePerQuantity`), Tax Rates and
// taxed prices (Platform TaxMode, once the Cart has a shipping address), the ShippingInfo (rate of
// the address's Zone in the Cart's currency, tiers, `freeAbove`, shipping discounts, tax), the
// Cart `totalPrice` (items + shipping - total-price discounts), `taxedPrice`, `taxedShippingPrice`,
// `discountOnTotalPrice` and the state of each Discount Code.
//
// External TaxMode: the externally set Tax Rates are applied to the discounted amounts.
// ExternalAmount: the externally set tax amounts are left as they are. Disabled: no taxes.
import type {
  Cart,
  CartDiscount,
  Category,
  CustomLineItem,
  DiscountedLineItemPriceForQuantity,
  DiscountOnTotalPrice,
  LineItem,
  ShippingInfo,
  ShippingRate,
  TaxedPrice,
  TaxRate,
} from '@commercetools/platform-sdk';
import { errors } from '../errors';
import { allocate, money, proportion } from './amounts';
import type { MoneyData } from './data';
import { discountAmount, planDiscounts, type Unit } from './discounts';
import { evaluatePredicate } from './predicate';
import { type CartFacts, cartScope, type CustomLineFacts, type LineFacts } from './scopes';
import { checkMethod, rateFor, ratePrice, shippingInfoRate } from './shipping';
import { requireTaxRate, sumAmounts, taxRateFor, type TaxAmounts, taxAmounts, taxedItemPrice, taxUnits } from './tax';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type RecalculateOptions = {
  /**
   * The request set the Shipping Method: it must be active, allowed for the Cart's Store, have a
   * rate for the Zone and currency, and its predicate must match (InvalidOperation otherwise).
   */
  validateShippingMethod?: boolean;
};

const cartDiscountRef = (id: string) => ({ typeId: 'cart-discount' as const, id });

function categoriesOf(product: LineFacts['product'], all: ReadonlyMap<string, Category>) {
  const own = (product?.masterData.current.categories ?? [])
    .map((ref) => all.get(ref.id))
    .filter((c): c is Category => c !== undefined);
  const withAncestors = new Map<string, Category>();
  for (const category of own) {
    withAncestors.set(category.id, category);
    for (const ref of category.ancestors ?? []) {
      const ancestor = all.get(ref.id);
      if (ancestor) withAncestors.set(ancestor.id, ancestor);
    }
  }
  const keys = (list: Iterable<Category>) => [...list].map((c) => c.key).filter((k): k is string => k !== undefined);
  return {
    categoryIds: own.map((c) => c.id),
    categoryKeys: keys(own),
    ancestorIds: [...withAncestors.keys()],
    ancestorKeys: keys(withAncestors.values()),
  };
}

/** Units grouped by discounted price and discounts, in order of appearance. */
function groupUnits(units: readonly Unit[]): Array<{ unit: Unit; quantity: number }> {
  const groups = new Map<string, { unit: Unit; quantity: number }>();
  for (const unit of units) {
    const key = `${unit.price}|${unit.parts.map((p) => `${p.discount}:${p.amount}`).join(',')}`;
    const group = groups.get(key);
    if (group) group.quantity += 1;
    else groups.set(key, { unit, quantity: 1 });
  }
  return [...groups.values()];
}

function discountedPerQuantity(units: readonly Unit[], currencyCode: string): DiscountedLineItemPriceForQuantity[] {
  return groupUnits(units.filter((u) => u.parts.length > 0)).map(({ unit, quantity }) => ({
    quantity,
    discountedPrice: {
      value: money(currencyCode, unit.price),
      includedDiscounts: unit.parts.map((p) => ({ discount: cartDiscountRef(p.discount), discountedAmount: money(currencyCode, p.amount) })),
    },
  }));
}

/** Amounts scaled to `remaining / total` (a discount on the total price), portions kept consistent. */
function scaleAmounts(amounts: TaxAmounts, remaining: number, total: number): TaxAmounts {
  const net = proportion(amounts.net, remaining, total);
  const gross = proportion(amounts.gross, remaining, total);
  const shares = allocate(
    gross - net,
    amounts.portions.map((p) => p.amount),
  );
  return { net, gross, portions: amounts.portions.map((p, i) => ({ ...p, amount: shares[i] ?? 0 })) };
}

function taxedPriceOf(amounts: TaxAmounts, currencyCode: string): TaxedPrice {
  return taxedItemPrice(amounts, currencyCode);
}

/**
 * What predicates and calculations read of a Cart before Cart Discounts: selected prices, Tax
 * Rates (MissingTaxRateForCountry unless `lenient`), categories.
 */
export function buildCartFacts(
  cart: Cart,
  data: MoneyData,
  options: { lenient?: boolean } = {},
): { lines: LineFacts[]; customLines: CustomLineFacts[] } {
  const taxMode = cart.taxMode ?? 'Platform';
  const address = cart.shippingAddress?.country ? cart.shippingAddress : undefined;
  const taxRateOf = (categoryId: string | undefined, external: TaxRate | undefined): TaxRate | undefined => {
    if (taxMode === 'External' || taxMode === 'ExternalAmount') return external;
    if (taxMode !== 'Platform' || !address || categoryId === undefined) return undefined;
    const category = data.taxCategories.get(categoryId);
    if (!category) return undefined;
    return options.lenient ? taxRateFor(category, address) : requireTaxRate(category, address);
  };
  const lines: LineFacts[] = cart.lineItems.map((item) => {
    const product = data.products.get(item.productId);
    // The selected price after its Product Discount (`discounted`), as the API prices a line.
    const unitPrice = (item.price?.discounted?.value ?? item.price?.value)?.centAmount ?? 0;
    return {
      item,
      product,
      unitPrice,
      baseTotal: item.priceMode === 'ExternalTotal' ? item.totalPrice.centAmount : unitPrice * item.quantity,
      taxRate: taxRateOf(product?.taxCategory?.id, item.taxRate),
      productTypeKey: data.productTypeKeys.get(item.productType.id),
      ...categoriesOf(product, data.categories),
    };
  });
  const customLines: CustomLineFacts[] = cart.customLineItems.map((item) => ({
    item,
    unitPrice: item.money.centAmount,
    baseTotal: item.money.centAmount * item.quantity,
    taxRate: taxRateOf(item.taxCategory?.id, item.taxRate),
    taxCategoryKey: item.taxCategory ? data.taxCategories.get(item.taxCategory.id)?.key : undefined,
  }));
  return { lines, customLines };
}

export function recalculateCart(cart: Cart, data: MoneyData, options: RecalculateOptions = {}): Cart {
  if (cart.cartState !== 'Active') return cart;
  const next = structuredClone(cart) as Mutable<Cart>;
  const currencyCode = cart.totalPrice.currencyCode;
  const taxMode = cart.taxMode ?? 'Platform';
  const taxRounding = cart.taxRoundingMode ?? 'HalfEven';
  const priceRounding = cart.priceRoundingMode ?? 'HalfEven';
  const calculationMode = cart.taxCalculationMode ?? 'LineItemLevel';
  const address = cart.shippingAddress?.country ? cart.shippingAddress : undefined;
  const platformTax = taxMode === 'Platform' && address !== undefined;
  const externalRates = taxMode === 'External';
  const shippingTaxRateOf = (categoryId: string | undefined): TaxRate | undefined => {
    const category = platformTax && address && categoryId ? data.taxCategories.get(categoryId) : undefined;
    return category && address ? requireTaxRate(category, address) : undefined;
  };
  const { lines, customLines } = buildCartFacts(cart, data);

  // The shipping rate, before any Cart Discount.
  const info = cart.shippingInfo;
  const method = info?.shippingMethod ? data.shippingMethods.get(info.shippingMethod.id) : undefined;
  let rate: ShippingRate | undefined = info?.shippingRate;
  if (info && method && address) {
    const choice = rateFor(method, address, data.zones, currencyCode);
    if (!choice && !options.validateShippingMethod) {
      throw errors.invalidOperation(
        `The shipping method '${method.name}' of the cart has no shipping rate in ${currencyCode} for the zone of the shipping address (${address.country}). Set another shipping method or remove it first.`,
      );
    }
    rate = choice?.rate ?? rate;
  }
  const baseValue = [...lines, ...customLines].reduce((a, l) => a + l.baseTotal, 0);
  const facts: CartFacts = {
    cart,
    currencyCode,
    lines,
    customLines,
    shippingPrice: info && rate ? ratePrice(rate, currencyCode, baseValue).price : undefined,
    shippingMethodKey: method?.key,
    customer: data.customer,
    customerGroupKey: data.customerGroupKey,
    taxRoundingMode: taxRounding,
  };
  const scope = cartScope(facts);

  if (options.validateShippingMethod && info?.shippingMethod) {
    if (!method) throw errors.referencedResourceNotFound('shipping-method', `identifier '${info.shippingMethod.id}'`);
    const check = checkMethod(method, cart, data.zones, scope);
    if (!check.ok) throw errors.invalidOperation(check.reason);
    if (!check.predicateMatches) {
      throw errors.invalidOperation(`The predicate of the shipping method '${method.name}' does not match the cart.`);
    }
  }

  const plan = planDiscounts(
    {
      facts,
      now: data.now,
      cartDiscounts: data.cartDiscounts,
      discountCodes: data.discountCodes,
      codeApplications: data.codeApplications,
      priceRoundingMode: priceRounding,
    },
    cart.discountCodes.map((i) => i.discountCode.id),
  );

  // Line Items and Custom Line Items after discounts, with their taxes.
  const taxed: TaxAmounts[] = [];
  let allTaxed = true;
  const finishItem = <T extends LineItem | CustomLineItem>(
    item: T,
    facts: LineFacts | CustomLineFacts,
    units: Unit[] | undefined,
  ): T => {
    const out = { ...item } as Mutable<LineItem & CustomLineItem>;
    const discountable = units !== undefined && units.length > 0;
    const total = discountable ? units.reduce((a, u) => a + u.price, 0) : facts.baseTotal;
    out.totalPrice = money(currencyCode, total);
    out.discountedPricePerQuantity = discountable ? discountedPerQuantity(units, currencyCode) : [];
    if (taxMode === 'ExternalAmount') {
      if (!item.taxedPrice) allTaxed = false;
      return out as unknown as T;
    }
    if (facts.taxRate) {
      const groups = discountable
        ? groupUnits(units).map(({ unit, quantity }) => ({ unitPrice: unit.price, quantity }))
        : [{ unitPrice: total, quantity: 1 }];
      const amounts = taxUnits(groups, facts.taxRate, calculationMode, taxRounding);
      taxed.push(amounts);
      out.taxRate = facts.taxRate;
      out.taxedPrice = taxedItemPrice(amounts, currencyCode);
    } else {
      allTaxed = false;
      delete (out as Partial<typeof out>).taxRate;
      delete (out as Partial<typeof out>).taxedPrice;
    }
    return out as unknown as T;
  };
  next.lineItems = cart.lineItems.map((item, i) => finishItem(item, lines[i] as LineFacts, plan.lineUnits[i]));
  next.customLineItems = cart.customLineItems.map((item, i) =>
    finishItem(item, customLines[i] as CustomLineFacts, plan.customLineUnits[i]),
  );
  const itemsValue = [...next.lineItems, ...next.customLineItems].reduce((a, l) => a + l.totalPrice.centAmount, 0);

  // Shipping: the rate for the discounted cart value, shipping discounts, tax.
  let shippingAmount = 0;
  let shippingTaxed: TaxAmounts | undefined;
  if (info && rate) {
    const { price, tiers } = ratePrice(rate, currencyCode, itemsValue);
    let discounted = price;
    const parts: Array<{ discount: CartDiscount; amount: number }> = [];
    for (const discount of plan.shipping) {
      const amount = discountAmount(discount, discounted, currencyCode, priceRounding);
      if (amount > 0) {
        discounted -= amount;
        parts.push({ discount, amount });
      }
    }
    shippingAmount = discounted;
    const out = { ...info } as Mutable<ShippingInfo>;
    out.shippingMethodName = method?.name ?? info.shippingMethodName;
    out.price = money(currencyCode, price);
    out.shippingRate = shippingInfoRate(rate, tiers);
    if (method) out.taxCategory = method.taxCategory;
    out.shippingMethodState =
      method?.predicate && !safeEvaluate(method.predicate, scope) ? 'DoesNotMatchCart' : 'MatchesCart';
    if (parts.length > 0) {
      out.discountedPrice = {
        value: money(currencyCode, discounted),
        includedDiscounts: parts.map((p) => ({ discount: cartDiscountRef(p.discount.id), discountedAmount: money(currencyCode, p.amount) })),
      };
    } else {
      delete out.discountedPrice;
    }
    if (taxMode !== 'ExternalAmount') {
      const shippingRate = externalRates ? info.taxRate : shippingTaxRateOf(out.taxCategory?.id);
      if (shippingRate) {
        shippingTaxed = taxAmounts(discounted, shippingRate, taxRounding);
        out.taxRate = shippingRate;
        out.taxedPrice = taxedItemPrice(shippingTaxed, currencyCode);
      } else {
        allTaxed = false;
        delete out.taxRate;
        delete out.taxedPrice;
      }
    }
    next.shippingInfo = out;
  }

  // Cart taxed price.
  let cartTaxed: TaxAmounts | undefined;
  if ((taxMode === 'Platform' || taxMode === 'External') && address && allTaxed) {
    cartTaxed = sumAmounts(shippingTaxed ? [...taxed, shippingTaxed] : taxed);
    next.taxedPrice = taxedPriceOf(cartTaxed, currencyCode);
    if (shippingTaxed) next.taxedShippingPrice = taxedPriceOf(shippingTaxed, currencyCode);
    else delete next.taxedShippingPrice;
  } else if (taxMode === 'ExternalAmount') {
    delete next.taxedShippingPrice;
  } else {
    delete next.taxedPrice;
    delete next.taxedShippingPrice;
  }

  // Discounts on the total price, and the total.
  const total = itemsValue + shippingAmount;
  let remaining = total;
  const totalParts: Array<{ discount: CartDiscount; amount: number }> = [];
  for (const discount of plan.total) {
    const amount = discountAmount(discount, remaining, currencyCode, priceRounding);
    if (amount > 0) {
      remaining -= amount;
      totalParts.push({ discount, amount });
    }
  }
  if (totalParts.length > 0 && total > 0) {
    const onTotal: Mutable<DiscountOnTotalPrice> = {
      discountedAmount: money(currencyCode, total - remaining),
      includedDiscounts: totalParts.map((p) => ({ discount: cartDiscountRef(p.discount.id), discountedAmount: money(currencyCode, p.amount) })),
    };
    if (cartTaxed) {
      const scaled = scaleAmounts(cartTaxed, remaining, total);
      onTotal.discountedNetAmount = money(currencyCode, cartTaxed.net - scaled.net);
      onTotal.discountedGrossAmount = money(currencyCode, cartTaxed.gross - scaled.gross);
      next.taxedPrice = taxedPriceOf(scaled, currencyCode);
      if (shippingTaxed) next.taxedShippingPrice = taxedPriceOf(scaleAmounts(shippingTaxed, remaining, total), currencyCode);
    }
    next.discountOnTotalPrice = onTotal;
  } else {
    delete next.discountOnTotalPrice;
  }
  next.totalPrice = money(currencyCode, remaining);

  next.discountCodes = cart.discountCodes
    .filter((i) => data.discountCodes.has(i.discountCode.id))
    .map((i) => ({ ...i, state: plan.codeStates.get(i.discountCode.id) ?? i.state }));
  if (cart.lineItems.length > 0) next.totalLineItemQuantity = cart.lineItems.reduce((a, l) => a + l.quantity, 0);
  else delete next.totalLineItemQuantity;
  return next;
}

function safeEvaluate(predicate: string, scope: ReturnType<typeof cartScope>): boolean {
  try {
    return evaluatePredicate(predicate, scope);
  } catch {
    return false;
  }
}
