// Product price selection (priceCurrency, priceCountry, priceCustomerGroup, priceChannel) as the
// real API does it, replacing the mock's, which takes the first price of the list whose scope is
// exactly the requested one (so a price without country never serves as fallback) and ignores
// validity dates.
//
// A price can be selected when its currency is the requested one, each of its scopes (country,
// customer group, channel) is either unset or the requested one, and it is valid now. Among those,
// the most specific wins, in the API's fallback order: customer group + channel + country,
// customer group + channel, customer group + country, customer group, channel + country, channel,
// country, currency only. A price with a validity period beats an otherwise equal one without. The
// order of the list plays no role except between prices with identical scopes.
import type { Price } from '@commercetools/platform-sdk';
import { errors } from '../errors';

export type PriceSelector = {
  currency: string;
  country?: string;
  /** `priceCustomerGroup` and `priceCustomerGroupAssignments` together. */
  customerGroups: readonly string[];
  channel?: string;
};

export type PriceSelectionParams = {
  priceCurrency?: string;
  priceCountry?: string;
  priceCustomerGroup?: string;
  priceCustomerGroupAssignments?: readonly string[];
  priceChannel?: string;
};

/** The selector of the parameters; undefined when no price selection is asked for. */
export function priceSelectorOf(params: PriceSelectionParams): PriceSelector | undefined {
  const { priceCurrency, priceCountry, priceCustomerGroup, priceCustomerGroupAssignments, priceChannel } = params;
  const scoped = priceCountry !== undefined || priceCustomerGroup !== undefined || priceChannel !== undefined
    || (priceCustomerGroupAssignments?.length ?? 0) > 0;
  if (priceCurrency === undefined) {
    if (scoped) {
      throw errors.invalidInput(
        'The price selecting parameters country, channel and customerGroup cannot be used without the currency.',
      );
    }
    return undefined;
  }
  return {
    currency: priceCurrency,
    country: priceCountry,
    customerGroups: [...(priceCustomerGroup === undefined ? [] : [priceCustomerGroup]), ...(priceCustomerGroupAssignments ?? [])],
    channel: priceChannel,
  };
}

function isValidAt(price: Price, now: number): boolean {
  if (price.validFrom !== undefined && Date.parse(price.validFrom) > now) return false;
  if (price.validUntil !== undefined && Date.parse(price.validUntil) < now) return false;
  return true;
}

/** Specificity of a selectable price: customer group, then channel, then country, then validity. */
function rank(price: Price): number {
  return (
    (price.customerGroup ? 8 : 0) +
    (price.channel ? 4 : 0) +
    (price.country ? 2 : 0) +
    (price.validFrom !== undefined || price.validUntil !== undefined ? 1 : 0)
  );
}

/** The price the API selects for these prices, or undefined when none fits. */
export function selectPrice(prices: readonly Price[], selector: PriceSelector, now = Date.now()): Price | undefined {
  let best: Price | undefined;
  let bestRank = -1;
  for (const price of prices) {
    if (price.value.currencyCode !== selector.currency) continue;
    if (price.country !== undefined && price.country !== selector.country) continue;
    if (price.customerGroup && !selector.customerGroups.includes(price.customerGroup.id)) continue;
    if (price.channel && price.channel.id !== selector.channel) continue;
    if (!isValidAt(price, now)) continue;
    const r = rank(price);
    if (r > bestRank) {
      best = price;
      bestRank = r;
    }
  }
  return best;
}
