// Pure mapping of the shipping methods commercetools matched to a cart, with the price each would
// cost this cart. Nothing here decides a price: it reads the one commercetools applies.
import type { Cart, ShippingMethod, ShippingRate } from '@commercetools/platform-sdk';
import type { Money, ShippingMethodOption } from '@/lib/types';
import { localize } from './category';
import { toMoney } from './product';

function matchingRate(method: ShippingMethod): ShippingRate | undefined {
  const rates = method.zoneRates.flatMap((zoneRate) => zoneRate.shippingRates);
  return rates.find((rate) => rate.isMatching) ?? rates[0];
}

/**
 * The price of a method for this cart: commercetools' own shipping price when the method is the
 * cart's; otherwise the matching rate (its matching tier), free from `freeAbove` on, as commercetools
 * applies it to the cart's line total.
 */
function priceFor(method: ShippingMethod, rate: ShippingRate, cart: Cart, lineTotal: Money): Money {
  if (cart.shippingInfo?.shippingMethod?.id === method.id) return toMoney(cart.shippingInfo.discountedPrice?.value ?? cart.shippingInfo.price);
  const base = toMoney(rate.price);
  const tier = rate.tiers.find((t) => t.isMatching);
  const tierCents = tier && 'price' in tier ? tier.price?.centAmount : undefined;
  const price: Money = tierCents === undefined ? base : { ...base, centAmount: tierCents };
  const free = rate.freeAbove && rate.freeAbove.currencyCode === price.currencyCode && lineTotal.centAmount >= rate.freeAbove.centAmount;
  return free ? { ...price, centAmount: 0 } : price;
}

export function reshapeShippingMethods(methods: ShippingMethod[], cart: Cart, language: string): ShippingMethodOption[] {
  // The cart value shipping rates look at: the line totals after cart discounts.
  const lineTotal: Money = {
    ...toMoney(cart.totalPrice),
    centAmount: [...cart.lineItems, ...(cart.customLineItems ?? [])].reduce((sum, line) => sum + line.totalPrice.centAmount, 0),
  };
  return methods.flatMap((method) => {
    const rate = matchingRate(method);
    if (!rate) return [];
    return [
      {
        id: method.id,
        key: method.key ?? null,
        name: localize(method.localizedName, language) || method.name,
        description: localize(method.localizedDescription, language) || (method.description ?? ''),
        price: priceFor(method, rate, cart, lineTotal),
        freeAbove: rate.freeAbove ? toMoney(rate.freeAbove) : null,
        isDefault: method.isDefault,
      },
    ];
  });
}
