import 'server-only';
import type { ProductProjection } from '@commercetools/platform-sdk';
import { cached } from '@/lib/cache/cached';
import { CACHE } from '@/lib/cache/manifest';
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

const UNKNOWN_SKU: CtResult<never> = { ok: false, kind: 'not_found', status: 404, retryable: false, codes: [], errors: [] };

/** Only a SKU of the catalog makes a cache entry: a failed read (here: an unknown SKU) is never cached. */
const cachedKnownSku = cached('sku-for-sale', CACHE.skuForSale, async (sku: string, scope: PriceScope): Promise<CtResult<SkuStatus>> => {
  const result = await skuStatuses([sku], scope);
  if (!result.ok) return result;
  return result.value.get(sku) ? { ok: true, value: result.value.get(sku)! } : UNKNOWN_SKU;
});

/**
 * One SKU's status, briefly cached (lib/cache/manifest.ts); null when unknown or unpublished. Keys
 * are SKUs the catalog has, never whatever a request names (docs/caching.md).
 */
export async function cachedSkuStatus(sku: string, scope: PriceScope): Promise<CtResult<SkuStatus | null>> {
  const result = await cachedKnownSku(sku, scope);
  if (!result.ok && result.kind === 'not_found' && result.status === 404 && !result.codes.length) return { ok: true, value: null };
  return result;
}
