// Shipping rates as the API selects them for a Cart: the Zone of the shipping address (a Location
// with the address's state wins over the country alone), the ShippingRate of that Zone in the
// Cart's currency, its CartValue tier (the highest `minimumCentAmount` the cart value reaches) and
// `freeAbove` (price 0 once the cart value reaches it). The cart value is the sum of the LineItem
// and CustomLineItem `totalPrice`s after Cart Discounts.
import type { Address, Cart, ShippingMethod, ShippingRate, ShippingRatePriceTier, Zone, ZoneRate } from '@commercetools/platform-sdk';
import { money } from './amounts';
import { evaluatePredicate, type PredicateScope } from './predicate';

/** Zones with a Location covering the address, those naming its state first. */
export function zonesFor(address: Pick<Address, 'country' | 'state'>, zones: readonly Zone[]): Zone[] {
  const withState: Zone[] = [];
  const countryOnly: Zone[] = [];
  for (const zone of zones) {
    const locations = zone.locations.filter((l) => l.country === address.country);
    if (address.state && locations.some((l) => l.state === address.state)) withState.push(zone);
    else if (locations.some((l) => !l.state)) countryOnly.push(zone);
  }
  return [...withState, ...countryOnly];
}

export type RateChoice = { zoneRate: ZoneRate; rate: ShippingRate };

/** The method's ShippingRate for the address's Zone and the currency, if it has one. */
export function rateFor(
  method: ShippingMethod,
  address: Pick<Address, 'country' | 'state'>,
  zones: readonly Zone[],
  currencyCode: string,
): RateChoice | undefined {
  for (const zone of zonesFor(address, zones)) {
    const zoneRate = method.zoneRates.find((z) => z.zone.id === zone.id);
    const rate = zoneRate?.shippingRates.find((r) => r.price.currencyCode === currencyCode);
    if (zoneRate && rate) return { zoneRate, rate };
  }
  return undefined;
}

/** The tiers with `isMatching` set for the cart value (CartValue tiers; other types never match here). */
export function markTiers(rate: ShippingRate, currencyCode: string, cartValue: number): ShippingRatePriceTier[] {
  let best: number | undefined;
  rate.tiers.forEach((tier, i) => {
    if (tier.type !== 'CartValue' || tier.price.currencyCode !== currencyCode || cartValue < tier.minimumCentAmount) return;
    const current = best === undefined ? undefined : rate.tiers[best];
    if (!current || tier.minimumCentAmount > (current as { minimumCentAmount: number }).minimumCentAmount) best = i;
  });
  return rate.tiers.map((tier, i) => {
    const price = (tier as { price?: { currencyCode: string; centAmount: number } }).price;
    return {
      ...tier,
      ...(price ? { price: money(price.currencyCode, price.centAmount) } : {}),
      isMatching: i === best,
    } as ShippingRatePriceTier;
  });
}

/** The shipping price in cents: the matching tier's price or the rate's price, 0 from `freeAbove` on. */
export function ratePrice(rate: ShippingRate, currencyCode: string, cartValue: number): { price: number; tiers: ShippingRatePriceTier[] } {
  const tiers = markTiers(rate, currencyCode, cartValue);
  const matching = tiers.find((t) => t.isMatching) as { price: { centAmount: number } } | undefined;
  let price = matching ? matching.price.centAmount : rate.price.centAmount;
  if (rate.freeAbove && rate.freeAbove.currencyCode === currencyCode && cartValue >= rate.freeAbove.centAmount) price = 0;
  return { price, tiers };
}

/** The ShippingRate as stored on a ShippingInfo: normalized money, tiers marked, no `isMatching`. */
export function shippingInfoRate(rate: ShippingRate, tiers: ShippingRatePriceTier[]): ShippingRate {
  return {
    price: money(rate.price.currencyCode, rate.price.centAmount),
    ...(rate.freeAbove ? { freeAbove: money(rate.freeAbove.currencyCode, rate.freeAbove.centAmount) } : {}),
    tiers,
  };
}

export type MethodCheck =
  | { ok: true; choice: RateChoice; predicateMatches: boolean }
  | { ok: false; reason: string };

/**
 * Whether a ShippingMethod can ship the Cart: active, allowed for the Cart's Store, with a rate for
 * the Zone of the shipping address in the Cart's currency. The predicate is reported separately
 * (a method whose predicate does not match cannot be set, and is not listed as matching).
 */
export function checkMethod(method: ShippingMethod, cart: Cart, zones: readonly Zone[], scope: PredicateScope): MethodCheck {
  const name = method.key ? `key '${method.key}'` : `ID '${method.id}'`;
  if (method.active === false) return { ok: false, reason: `The shipping method with ${name} is not active.` };
  const address = cart.shippingAddress;
  if (!address?.country) return { ok: false, reason: `The cart with ID '${cart.id}' does not have a shipping address set.` };
  const stores = method.stores ?? [];
  if (stores.length > 0 && !stores.some((s) => s.key === cart.store?.key)) {
    return { ok: false, reason: `The shipping method with ${name} is not available for the cart's store.` };
  }
  const currencyCode = cart.totalPrice.currencyCode;
  const choice = rateFor(method, address, zones, currencyCode);
  if (!choice) {
    return {
      ok: false,
      reason: `The shipping method with ${name} has no shipping rate in ${currencyCode} for the zone of the shipping address (${address.country}${address.state ? `-${address.state}` : ''}).`,
    };
  }
  const predicateMatches = method.predicate ? evaluatePredicate(method.predicate, scope) : true;
  return { ok: true, choice, predicateMatches };
}
