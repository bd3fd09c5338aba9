// GET /{projectKey}/shipping-methods/matching-cart?cartId=...: the active Shipping Methods that can
// ship the Cart (a rate for the Zone of its shipping address in its currency, allowed for its
// Store, predicate matching), the project's default method first. Each method lists the Zone Rate
// of the address's Zone; its rates carry `isMatching`, true for exactly one: the rate in the Cart's
// currency that Set ShippingMethod would use (tiers marked for the cart value). HEAD: 200 when at
// least one method matches, 404 otherwise.
import type { ShippingMethod } from '@commercetools/platform-sdk';
import { errors } from '../errors';
import { jsonResponse } from '../http';
import type { ProjectRoute } from '../project-route';
import { money } from './amounts';
import { loadMoneyData } from './data';
import { buildCartFacts } from './recalculate';
import { cartScope } from './scopes';
import { checkMethod, markTiers, ratePrice } from './shipping';
import { settleCart } from './store';

export const matchingCartRoute: ProjectRoute = {
  name: 'shipping methods matching a cart',
  matches: (req) =>
    (req.method === 'GET' || req.method === 'HEAD') &&
    req.segments.length === 2 &&
    req.segments[0] === 'shipping-methods' &&
    req.segments[1] === 'matching-cart',
  async handle(req, ctx) {
    const cartId = req.query.get('cartId');
    if (!cartId) throw errors.invalidInput("Missing required query parameter 'cartId'.");
    await settleCart(ctx, cartId);
    const cart = await ctx.upstream.get('cart', cartId);
    if (!cart) throw errors.invalidInput(`The cart with ID '${cartId}' was not found.`);
    if (!cart.shippingAddress?.country) {
      throw errors.invalidOperation(`The cart with ID '${cart.id}' does not have a shipping address set.`);
    }
    const data = await loadMoneyData(ctx.upstream, cart);
    const { lines, customLines } = buildCartFacts(cart, data, { lenient: true });
    const currencyCode = cart.totalPrice.currencyCode;
    const cartValue = [...cart.lineItems, ...cart.customLineItems].reduce((a, l) => a + l.totalPrice.centAmount, 0);
    const expandZones = req.query.getAll('expand').some((e) => e.replace(/\s/g, '') === 'zoneRates[*].zone');

    const results: ShippingMethod[] = [];
    const methods = [...data.shippingMethods.values()].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
    for (const method of methods) {
      const currentMethod = cart.shippingInfo?.shippingMethod?.id === method.id;
      const scope = cartScope({
        cart,
        currencyCode,
        lines,
        customLines,
        // Predicates see the cart before discounts: its current method's price, if any.
        shippingPrice: currentMethod ? cart.shippingInfo?.price.centAmount : undefined,
        shippingMethodKey: cart.shippingInfo?.shippingMethod ? data.shippingMethods.get(cart.shippingInfo.shippingMethod.id)?.key : undefined,
        customer: data.customer,
        customerGroupKey: data.customerGroupKey,
        taxRoundingMode: cart.taxRoundingMode ?? 'HalfEven',
      });
      const check = checkMethod(method, cart, data.zones, scope);
      if (!check.ok || !check.predicateMatches) continue;
      const { zoneRate, rate: chosen } = check.choice;
      const zone = data.zones.find((z) => z.id === zoneRate.zone.id);
      results.push({
        ...method,
        zoneRates: [
          {
            zone: expandZones && zone ? { ...zoneRate.zone, obj: zone } : zoneRate.zone,
            shippingRates: zoneRate.shippingRates.map((rate) => ({
              price: money(rate.price.currencyCode, rate.price.centAmount),
              ...(rate.freeAbove ? { freeAbove: money(rate.freeAbove.currencyCode, rate.freeAbove.centAmount) } : {}),
              isMatching: rate === chosen,
              tiers: rate === chosen ? ratePrice(rate, currencyCode, cartValue).tiers : markTiers(rate, '', -1),
            })),
          },
        ],
      });
    }
    if (req.method === 'HEAD') return { status: results.length > 0 ? 200 : 404 };
    return jsonResponse(200, { limit: Math.max(results.length, 20), offset: 0, count: results.length, total: results.length, results });
  },
};
