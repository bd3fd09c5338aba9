import 'server-only';
// What an order needs before payment: contact, address, a matching shipping method, only codes that
// apply, and every line still sellable where the cart prices. Each refusal names the fields.
import type { Cart } from '@commercetools/platform-sdk';
import { lineSkus } from '@/lib/commercetools/carts';
import type { CtFailure } from '@/lib/commercetools/result';
import type { PriceScope } from '@/lib/commercetools/sku-status';
import { cartEmpty } from '../cart/owned-cart';
import { sellableStatuses, unsellable } from '../cart/sellable';
import { fromCtFailure, ShopError, type FieldIssues } from '../errors';

const APPLYING_CODE_STATES = new Set(['MatchesCart', 'ApplicationStoppedByGroupBestDeal']);

/** Everything an order needs besides sellable lines. */
export function assertReady(cart: Cart): void {
  if (!cart.lineItems.length) throw cartEmpty();
  const fields: FieldIssues = {};
  const required = [{ reason: 'field_required' as const }];
  if (!cart.customerEmail) fields.email = required;
  const address = cart.shippingAddress;
  if (!address || !address.firstName || !address.lastName || !address.streetName || !address.postalCode || !address.city || !address.country) {
    fields.shippingAddress = required;
  }
  if (!cart.shippingInfo) fields.shippingMethod = required;
  else if (cart.shippingInfo.shippingMethodState === 'DoesNotMatchCart') fields.shippingMethod = [{ reason: 'field_method_stale' }];
  // commercetools refuses to order a cart with a code that does not apply (any more).
  const stale = (cart.discountCodes ?? []).filter((info) => info.state && !APPLYING_CODE_STATES.has(info.state));
  if (stale.length) {
    fields.discountCodes = stale.map((info) => ({ reason: 'field_code_stale', params: { code: info.discountCode.obj?.code ?? info.discountCode.id } }));
  }
  const count = Object.keys(fields).length;
  if (count) throw new ShopError('order_incomplete', { count }, fields);
}

/** Every line still sold where the cart prices (published, priced) and on stock. */
export async function assertSellable(cart: Cart, scope: PriceScope): Promise<void> {
  const statuses = await sellableStatuses(lineSkus(cart), scope);
  const fields: FieldIssues = {};
  for (const line of cart.lineItems) {
    const sku = line.variant.sku ?? '';
    const refusal = unsellable(sku, statuses.get(sku), scope);
    if (!refusal) continue;
    fields[`lineItems.${line.id}`] = [refusal];
  }
  const count = Object.keys(fields).length;
  if (count) throw new ShopError('lines_not_orderable', { count }, fields);
}

/** commercetools refused to create the order: why, in the shopper's terms. */
export function orderRefused(failure: CtFailure): ShopError {
  const codes = new Set(failure.codes);
  if (codes.has('OutOfStock')) return new ShopError('items_out_of_stock', {}, { lineItems: [{ reason: 'items_out_of_stock' }] });
  if (codes.has('ShippingMethodDoesNotMatchCart')) {
    return new ShopError('shipping_method_stale', {}, { shippingMethod: [{ reason: 'field_method_stale' }] });
  }
  if (codes.has('DiscountCodeNonApplicable')) {
    return new ShopError('discount_code_stale', {}, { discountCodes: [{ reason: 'field_codes_stale' }] });
  }
  if (codes.has('MatchingPriceNotFound') || codes.has('MissingTaxRateForCountry') || codes.has('InvalidOperation')) {
    return new ShopError('order_rejected');
  }
  return fromCtFailure(failure);
}
