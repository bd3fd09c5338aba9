import 'server-only';
import type { ProductProjection } from '@commercetools/platform-sdk';
import { cached } from '@/lib/cache/cached';
import { CACHE } from '@/lib/cache/manifest';
import { AppError, appErrorFromCt } from '@/lib/http/errors';
import { ctApi } from './client';
import { localize } from './mappers/category';
import { variantAvailable } from './mappers/product';
import { ctCall, type CtResult } from './result';
// Is a SKU for sale in a market (published, priced, on stock)? One product projection query.

export type SkuStatus = { sku: string; name: string; priced: boolean; onStock: boolean };

/** Where prices are selected: a market, or a cart's own currency and country. */
export type PriceScope = { currency: string; country: string; language: string };

/**
 * The published variants with these SKUs, price-selected for the market, with availability: one
 * product projection query with predicate variables. A SKU missing from the map is unknown or
 * unpublished.
 */
export async function skuStatuses(skus: string[], market: PriceScope): Promise<CtResult<Map<string, SkuStatus>>> {
  const wanted = [...new Set(skus)];
  const statuses = new Map<string, SkuStatus>();
  if (!wanted.length) return { ok: true, value: statuses };
  const single = wanted.length === 1;
  const result = await ctCall(() =>
    ctApi()
      .productProjections()
      .get({
        queryArgs: {
          where: single ? 'masterVariant(sku = :sku) or variants(sku = :sku)' : 'masterVariant(sku in :skus) or variants(sku in :skus)',
          ...(single ? { 'var.sku': wanted[0]! } : { 'var.skus': wanted }),
          priceCurrency: market.currency,
          priceCountry: market.country,
          limit: Math.min(500, wanted.length),
          withTotal: false,
        },
      })
      .execute(),
  );
  if (!result.ok) return result;
  for (const product of result.value.results as ProductProjection[]) {
    for (const variant of [product.masterVariant, ...product.variants]) {
      if (!variant.sku || !wanted.includes(variant.sku)) continue;
      statuses.set(variant.sku, {
        sku: variant.sku,
        name: localize(product.name, market.language),
        priced: Boolean(variant.price),
        onStock: variantAvailable(variant),
      });
    }
  }
  return { ok: true, value: statuses };
}

// The data cache stores JSON, so the cached value is the plain status, not the Map.
const cachedSkuStatus = cached(
  'sku-for-sale',
  CACHE.skuForSale,
  async (sku: string, scope: PriceScope): Promise<CtResult<SkuStatus | null>> => {
    const result = await skuStatuses([sku], scope);
    return result.ok ? { ok: true, value: result.value.get(sku) ?? null } : result;
  },
);

export async function skuStatusMap(sku: string, scope: PriceScope): Promise<CtResult<Map<string, SkuStatus>>> {
  const result = await cachedSkuStatus(sku, scope);
  if (!result.ok) return result;
  return { ok: true, value: new Map(result.value ? [[sku, result.value]] : []) };
}

/** Why a SKU cannot be bought in the market, or null when it can. */
export function unsellableReason(sku: string, status: SkuStatus | undefined, market: PriceScope): string | null {
  if (!status) return `No product with SKU "${sku}" is for sale.`;
  if (!status.priced) return `"${status.name}" (SKU ${sku}) has no price in this market (${market.country}, ${market.currency}), so it cannot be bought here.`;
  if (!status.onStock) return `"${status.name}" (SKU ${sku}) is out of stock.`;
  return null;
}

export async function requireForSale(check: Promise<CtResult<Map<string, SkuStatus>>>, sku: string, market: PriceScope): Promise<void> {
  const result = await check;
  if (!result.ok) throw appErrorFromCt(result);
  const reason = unsellableReason(sku, result.value.get(sku), market);
  if (reason) throw new AppError('business_rule', { message: reason, fields: { sku: [reason] } });
}
