import 'server-only';
// UCP catalog operations (search_catalog, lookup_catalog, get_product) on the shop's catalog reads
// (lib/shop/catalog): public, read-only, market-aware prices. Products are identified by their
// commercetools id (the same in every market; `handle` is the market's slug) and variants by SKU.
import { z } from 'zod';
import { catalogQuerySchema } from '@/lib/catalog/query-schema';
import { productById, searchCatalog } from '@/lib/shop/catalog/catalog';
import type { Shopper } from '@/lib/shop/context';
import type { Money, ProductImage } from '@/lib/types';
import { contextSchema, marketFromContext, metaSchema, ucpAmount, ucpEnvelope } from './protocol';

const MAX_LIMIT = 50;
const handleSchema = z.string().regex(/^[A-Za-z0-9_-]{2,256}$/, 'is not a category handle');
const productIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'is not a product id');

export const searchCatalogInput = z
  .object({
    meta: metaSchema.optional(),
    catalog: z
      .object({
        query: z.string().trim().max(100).optional(),
        context: contextSchema.optional(),
        filters: z.object({ categories: z.array(handleSchema).max(1).optional() }).strict().optional(),
        pagination: z.object({ limit: z.number().int().min(1).max(MAX_LIMIT).optional(), cursor: z.string().regex(/^[1-9]\d{0,3}$/).optional() }).strict().optional(),
      })
      .strict(),
  })
  .strict();

export const lookupCatalogInput = z
  .object({
    meta: metaSchema.optional(),
    catalog: z.object({ ids: z.array(productIdSchema).min(1).max(20), context: contextSchema.optional() }).strict(),
  })
  .strict();

export const getProductInput = z
  .object({ meta: metaSchema.optional(), catalog: z.object({ id: productIdSchema, context: contextSchema.optional() }).strict() })
  .strict();

function attributeOptions(attributes: Record<string, unknown>) {
  return Object.entries(attributes).flatMap(([name, value]) => {
    const label = typeof value === 'object' && value !== null && 'label' in value ? String((value as { label: unknown }).label) : String(value);
    return name === 'color' || name === 'size' ? [{ name, label }] : [];
  });
}

type CatalogProduct = {
  id: string;
  slug: string;
  name: string;
  image: ProductImage | null;
  description?: string;
  variants: Array<{ sku: string; price: Money | null; available: boolean; attributes: Record<string, unknown> }>;
};

function ucpProduct(product: CatalogProduct, siteUrl: string, locale: string) {
  const prices = product.variants.flatMap((v) => (v.price ? [v.price] : []));
  const min = prices.reduce((a, b) => (b.centAmount < a.centAmount ? b : a), prices[0]!);
  const max = prices.reduce((a, b) => (b.centAmount > a.centAmount ? b : a), prices[0]!);
  return {
    id: product.id,
    handle: product.slug,
    title: product.name,
    ...(product.description ? { description: { plain: product.description } } : {}),
    url: `${siteUrl}/${locale}/p/${product.slug}`,
    ...(prices.length ? { price_range: { min: ucpAmount(min), max: ucpAmount(max) } } : {}),
    media: product.image ? [{ type: 'image', url: new URL(product.image.url, siteUrl).toString(), alt_text: product.image.alt }] : [],
    variants: product.variants.map((v) => ({
      id: v.sku,
      sku: v.sku,
      title: attributeOptions(v.attributes).map((o) => o.label).join(' / ') || product.name,
      ...(v.price ? { price: ucpAmount(v.price) } : {}),
      availability: { available: v.available && v.price !== null },
      options: attributeOptions(v.attributes),
    })),
  };
}

export async function searchCatalogOp(shopper: Shopper, input: z.infer<typeof searchCatalogInput>, siteUrl: string) {
  const { catalog } = input;
  const locale = marketFromContext(catalog.context) ?? (await shopper.context()).market.locale;
  const limit = catalog.pagination?.limit ?? 10;
  const page = Number(catalog.pagination?.cursor ?? 1);
  // The storefront's own query schema: the same normalisation and limits as GET /api/products.
  const query = catalogQuerySchema.parse({ q: catalog.query, category: catalog.filters?.categories?.[0], limit, page, locale });
  const result = await searchCatalog(shopper, { ...query, locale });
  return {
    ucp: ucpEnvelope('dev.ucp.shopping.catalog.search'),
    products: result.results.map((p) => ucpProduct(p, siteUrl, locale)),
    pagination: { has_next_page: page * limit < result.total, total_count: result.total, ...(page * limit < result.total ? { cursor: String(page + 1) } : {}) },
  };
}

export async function lookupCatalogOp(shopper: Shopper, input: z.infer<typeof lookupCatalogInput>, siteUrl: string) {
  const locale = marketFromContext(input.catalog.context) ?? (await shopper.context()).market.locale;
  const found = await Promise.all(input.catalog.ids.map((id) => productById(id, locale)));
  return {
    ucp: ucpEnvelope('dev.ucp.shopping.catalog.lookup'),
    products: found.flatMap((p) => (p ? [ucpProduct(p, siteUrl, locale)] : [])),
    messages: input.catalog.ids.filter((_, i) => !found[i]).map((id) => ({ type: 'error', code: 'not_found', content: `No product with id ${id}.`, severity: 'recoverable' })),
  };
}

export async function getProductOp(shopper: Shopper, input: z.infer<typeof getProductInput>, siteUrl: string) {
  const locale = marketFromContext(input.catalog.context) ?? (await shopper.context()).market.locale;
  const product = await productById(input.catalog.id, locale);
  return product
    ? { ucp: ucpEnvelope('dev.ucp.shopping.catalog.lookup'), product: ucpProduct(product, siteUrl, locale) }
    : { ucp: ucpEnvelope('dev.ucp.shopping.catalog.lookup'), messages: [{ type: 'error', code: 'not_found', content: `No product with id ${input.catalog.id}.`, severity: 'recoverable' }] };
}
