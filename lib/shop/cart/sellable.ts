import 'server-only';
// Can a SKU be bought where a cart prices (published, priced in its currency and country, on
// stock)? One rule, used when adding to the cart, moving a cart to another market and ordering.
import { cachedSkuStatus, skuStatuses, type PriceScope, type SkuStatus } from '@/lib/commercetools/sku-status';
import { fieldRefusal, valueOr, type ReasonParams, type ShopReason } from '../errors';

export type Refusal = { reason: ShopReason; params: ReasonParams };

/** Why a SKU cannot be bought where `scope` prices, or null when it can. */
export function unsellable(sku: string, status: SkuStatus | undefined | null, scope: PriceScope): Refusal | null {
  if (!status) return { reason: 'sku_not_for_sale', params: { sku } };
  if (!status.priced) return { reason: 'sku_unpriced', params: { name: status.name, sku, country: scope.country, currency: scope.currency } };
  if (!status.onStock) return { reason: 'sku_out_of_stock', params: { name: status.name, sku } };
  return null;
}

/** A pending look-up of one SKU (briefly cached: a warm add to cart is one commercetools request). */
export function lookUpSku(sku: string, scope: PriceScope) {
  return cachedSkuStatus(sku, scope);
}

/** Refuses (at field `sku`) a SKU that cannot be bought where `scope` prices. */
export async function requireSellable(lookUp: ReturnType<typeof lookUpSku>, sku: string, scope: PriceScope): Promise<void> {
  const issue = unsellable(sku, valueOr(await lookUp), scope);
  if (issue) throw fieldRefusal(issue.reason, issue.params, 'sku');
}

/** The statuses of many SKUs where `scope` prices (one query). */
export async function sellableStatuses(skus: string[], scope: PriceScope): Promise<Map<string, SkuStatus>> {
  return valueOr(await skuStatuses(skus, scope));
}
