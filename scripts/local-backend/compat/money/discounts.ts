// Cart Discounts and Discount Codes on a Cart.
//
// - Which discounts apply: active, valid now (`validFrom`/`validUntil`), for the Cart's Store, and
//   with a `cartPredicate` matching the Cart; those with `requiresDiscountCode` only through a
//   Discount Code of the Cart in state MatchesCart.
// - Discount Code states (DiscountCodeState), in this order: NotActive (the code, or all its
//   Cart Discounts, inactive), NotValid (the code, or all its active Cart Discounts, outside their
//   validity period), MaxApplicationReached (`maxApplications` / `maxApplicationsPerCustomer`
//   counted over Orders), DoesNotMatchCart (the code's `cartPredicate`, or the predicates of all
//   its valid Cart Discounts, do not match), MatchesCart; ApplicationStoppedByPreviousDiscount when
//   a `StopAfterThisDiscount` discount applied before all of its discounts.
// - Application order: higher `sortOrder` first, each on the result of the previous ones, amounts
//   rounded with the Cart's `priceRoundingMode` after each discount.
// - Values: `relative` (permyriad of each unit price), `absolute` (money in the Cart's currency;
//   on (Custom) Line Items by `applicationMode`: ProportionateDistribution (default) spreads the
//   amount over the eligible units by their price, EvenDistribution evenly, IndividualApplication
//   takes it off each unit), `fixed` (each unit's price set to the amount when lower).
// - Targets: `lineItems` and `customLineItems` (with a target predicate), `shipping`, `totalPrice`.
//   Multi-buy, pattern targets and gift line items are not supported and never apply.
import type {
  CartDiscount,
  CartDiscountValue,
  DiscountCode,
  DiscountCodeState,
  RoundingMode,
} from '@commercetools/platform-sdk';
import { allocate, divideRounded } from './amounts';
import { evaluatePredicate, type PredicateScope } from './predicate';
import { type CartFacts, cartScope, customLineItemScope, lineItemScope } from './scopes';

export type UnitPart = { discount: string; amount: number };
export type Unit = { price: number; parts: UnitPart[] };

export type CodeApplications = { total: number; byCustomer: ReadonlyMap<string, number> };

export type DiscountInput = {
  facts: CartFacts;
  now: Date;
  cartDiscounts: readonly CartDiscount[];
  discountCodes: ReadonlyMap<string, DiscountCode>;
  codeApplications: ReadonlyMap<string, CodeApplications>;
  priceRoundingMode: RoundingMode;
};

export type DiscountPlan = {
  /** State per Discount Code id of the Cart. */
  codeStates: Map<string, DiscountCodeState>;
  lineUnits: Unit[][];
  customLineUnits: Unit[][];
  /** Discounts on the shipping price and on the total price, in application order. */
  shipping: CartDiscount[];
  total: CartDiscount[];
};

export function isValidAt(resource: { validFrom?: string; validUntil?: string }, now: Date): boolean {
  if (resource.validFrom && new Date(resource.validFrom).getTime() > now.getTime()) return false;
  if (resource.validUntil && new Date(resource.validUntil).getTime() < now.getTime()) return false;
  return true;
}

function inStore(discount: CartDiscount, storeKey: string | undefined): boolean {
  const stores = discount.stores ?? [];
  return stores.length === 0 || (storeKey !== undefined && stores.some((s) => s.key === storeKey));
}

function sortOrderValue(discount: CartDiscount): number {
  const value = Number.parseFloat(discount.sortOrder);
  return Number.isFinite(value) ? value : 0;
}

function matches(predicate: string | undefined, scope: PredicateScope): boolean {
  if (predicate === undefined || predicate.trim() === '') return true;
  try {
    return evaluatePredicate(predicate, scope);
  } catch {
    // A predicate this backend cannot read never matches (stored ones are validated on creation).
    return false;
  }
}

/** The state of a Discount Code for the Cart and the Cart Discounts it would apply. */
export function discountCodeState(
  code: DiscountCode,
  input: DiscountInput,
  scope: PredicateScope,
): { state: DiscountCodeState; discounts: CartDiscount[] } {
  const byId = new Map(input.cartDiscounts.map((d) => [d.id, d]));
  const own = code.cartDiscounts.map((ref) => byId.get(ref.id)).filter((d): d is CartDiscount => d !== undefined);
  const active = own.filter((d) => d.isActive);
  if (!code.isActive || active.length === 0) return { state: 'NotActive', discounts: [] };
  const storeKey = input.facts.cart.store?.key;
  const valid = active.filter((d) => isValidAt(d, input.now) && inStore(d, storeKey));
  if (!isValidAt(code, input.now) || valid.length === 0) return { state: 'NotValid', discounts: [] };
  const used = input.codeApplications.get(code.id);
  if (code.maxApplications !== undefined && (used?.total ?? 0) >= code.maxApplications) {
    return { state: 'MaxApplicationReached', discounts: [] };
  }
  const customerId = input.facts.cart.customerId;
  if (
    code.maxApplicationsPerCustomer !== undefined &&
    customerId !== undefined &&
    (used?.byCustomer.get(customerId) ?? 0) >= code.maxApplicationsPerCustomer
  ) {
    return { state: 'MaxApplicationReached', discounts: [] };
  }
  if (!matches(code.cartPredicate, scope)) return { state: 'DoesNotMatchCart', discounts: [] };
  const matching = valid.filter((d) => matches(d.cartPredicate, scope));
  if (matching.length === 0) return { state: 'DoesNotMatchCart', discounts: [] };
  return { state: 'MatchesCart', discounts: matching };
}

function moneyIn(value: { money: ReadonlyArray<{ currencyCode: string; centAmount: number }> }, currencyCode: string): number | undefined {
  return value.money.find((m) => m.currencyCode === currencyCode)?.centAmount;
}

/** Takes a discount value off units (in place); true when any unit got cheaper. */
function discountUnits(
  units: Unit[],
  discount: CartDiscount,
  currencyCode: string,
  mode: RoundingMode,
): boolean {
  const value = discount.value as CartDiscountValue;
  const amounts = new Array<number>(units.length).fill(0);
  switch (value.type) {
    case 'relative':
      units.forEach((u, i) => {
        amounts[i] = Math.min(u.price, Number(divideRounded(BigInt(u.price) * BigInt(value.permyriad), 10000n, mode)));
      });
      break;
    case 'absolute': {
      const amount = moneyIn(value, currencyCode);
      if (amount === undefined) return false;
      const applicationMode = value.applicationMode ?? 'ProportionateDistribution';
      if (applicationMode === 'IndividualApplication') {
        units.forEach((u, i) => (amounts[i] = Math.min(u.price, amount)));
      } else if (applicationMode === 'EvenDistribution') {
        let remaining = Math.min(amount, units.reduce((a, u) => a + u.price, 0));
        let open = units.map((_, i) => i).filter((i) => (units[i] as Unit).price > 0);
        while (remaining > 0 && open.length > 0) {
          const shares = allocate(remaining, open.map(() => 1));
          const next: number[] = [];
          let progressed = false;
          open.forEach((i, k) => {
            const room = (units[i] as Unit).price - (amounts[i] as number);
            const take = Math.min(room, shares[k] ?? 0);
            amounts[i] = (amounts[i] as number) + take;
            remaining -= take;
            if (take > 0) progressed = true;
            if (room - take > 0) next.push(i);
          });
          if (!progressed) break;
          open = next;
        }
      } else {
        const total = units.reduce((a, u) => a + u.price, 0);
        const shares = allocate(Math.min(amount, total), units.map((u) => u.price));
        units.forEach((u, i) => (amounts[i] = Math.min(u.price, shares[i] ?? 0)));
      }
      break;
    }
    case 'fixed': {
      const amount = moneyIn(value, currencyCode);
      if (amount === undefined) return false;
      units.forEach((u, i) => (amounts[i] = u.price > amount ? u.price - amount : 0));
      break;
    }
    default:
      return false;
  }
  let applied = false;
  units.forEach((u, i) => {
    const amount = amounts[i] ?? 0;
    if (amount <= 0) return;
    u.price -= amount;
    u.parts.push({ discount: discount.id, amount });
    applied = true;
  });
  return applied;
}

/** Amount a shipping or total-price discount takes off `amount`. */
export function discountAmount(discount: CartDiscount, amount: number, currencyCode: string, mode: RoundingMode): number {
  const value = discount.value as CartDiscountValue;
  switch (value.type) {
    case 'relative':
      return Math.min(amount, Number(divideRounded(BigInt(amount) * BigInt(value.permyriad), 10000n, mode)));
    case 'absolute': {
      const money = moneyIn(value, currencyCode);
      return money === undefined ? 0 : Math.min(amount, money);
    }
    case 'fixed': {
      const money = moneyIn(value, currencyCode);
      return money === undefined || amount <= money ? 0 : amount - money;
    }
    default:
      return 0;
  }
}

function unitsOf(unitPrice: number, quantity: number): Unit[] {
  return Array.from({ length: quantity }, () => ({ price: unitPrice, parts: [] }));
}

/** Decides the Discount Code states and applies the Cart Discounts to the units of the Cart. */
export function planDiscounts(input: DiscountInput, discountCodeIds: readonly string[]): DiscountPlan {
  const { facts } = input;
  const scope = cartScope(facts);
  const currencyCode = facts.currencyCode;
  const storeKey = facts.cart.store?.key;

  const discountable = (mode: string | undefined, priceMode: string | undefined) =>
    mode !== 'GiftLineItem' && priceMode !== 'ExternalTotal';
  const lineUnits = facts.lines.map((l) =>
    discountable(l.item.lineItemMode, l.item.priceMode) ? unitsOf(l.unitPrice, l.item.quantity) : [],
  );
  const customLineUnits = facts.customLines.map((l) =>
    l.item.priceMode === 'External' ? [] : unitsOf(l.unitPrice, l.item.quantity),
  );

  const codeStates = new Map<string, DiscountCodeState>();
  const viaCode = new Map<string, CartDiscount[]>();
  for (const id of discountCodeIds) {
    const code = input.discountCodes.get(id);
    if (!code) continue;
    const { state, discounts } = discountCodeState(code, input, scope);
    codeStates.set(id, state);
    if (state === 'MatchesCart') viaCode.set(id, discounts);
  }

  const applicable = new Map<string, CartDiscount>();
  for (const discount of input.cartDiscounts) {
    if (
      discount.isActive &&
      !discount.requiresDiscountCode &&
      isValidAt(discount, input.now) &&
      inStore(discount, storeKey) &&
      matches(discount.cartPredicate, scope)
    ) {
      applicable.set(discount.id, discount);
    }
  }
  for (const discounts of viaCode.values()) for (const d of discounts) applicable.set(d.id, d);
  const ordered = [...applicable.values()].sort(
    (a, b) => sortOrderValue(b) - sortOrderValue(a) || a.id.localeCompare(b.id),
  );

  const plan: DiscountPlan = { codeStates, lineUnits, customLineUnits, shipping: [], total: [] };
  const stopped = new Set<string>();
  let stop = false;
  for (const discount of ordered) {
    if (stop) {
      stopped.add(discount.id);
      continue;
    }
    let applied = false;
    const target = discount.target;
    if (target?.type === 'lineItems') {
      const units = facts.lines.flatMap((line, i) =>
        matches(target.predicate, lineItemScope(line, currencyCode)) ? (lineUnits[i] ?? []) : [],
      );
      applied = discountUnits(units, discount, currencyCode, input.priceRoundingMode);
    } else if (target?.type === 'customLineItems') {
      const units = facts.customLines.flatMap((line, i) =>
        matches(target.predicate, customLineItemScope(line, currencyCode)) ? (customLineUnits[i] ?? []) : [],
      );
      applied = discountUnits(units, discount, currencyCode, input.priceRoundingMode);
    } else if (target?.type === 'shipping') {
      if (facts.cart.shippingInfo) {
        plan.shipping.push(discount);
        applied = true;
      }
    } else if (target?.type === 'totalPrice') {
      const value = discount.value as CartDiscountValue;
      if (value.type === 'relative' || (value.type === 'absolute' && moneyIn(value, currencyCode) !== undefined)) {
        plan.total.push(discount);
        applied = true;
      }
    }
    if (applied && discount.stackingMode === 'StopAfterThisDiscount') stop = true;
  }

  for (const [codeId, discounts] of viaCode) {
    if (discounts.every((d) => stopped.has(d.id))) codeStates.set(codeId, 'ApplicationStoppedByPreviousDiscount');
  }
  return plan;
}
