// Shared by the product-search*.test.ts files: a local backend seeded with the demo catalog, a
// Product Search caller, and the demo catalog read independently of the backend (from its drafts),
// so each test can compute what the real API must answer.
import type { ProductDraft } from '@commercetools/platform-sdk';
import { type LocalBackend, SEED_ADMIN_CLIENT } from '@/scripts/local-backend';
import { STOREFRONT_CLIENT, startStorefrontBackend } from '@/scripts/storefront-backend';
import { demoCatalog } from '@/scripts/local-backend/seed/demo-catalog';
import { type Api, type Json, type JsonResponse, apiAs, tokenFor } from './support';

export type DemoPrice = { currency: string; country?: string; centAmount: number };
export type DemoVariant = { sku: string; color: string; size: string; prices: DemoPrice[]; onStock: boolean; quantity: number };
export type DemoProduct = {
  key: string;
  name: { en: string; de: string };
  description: { en: string; de: string };
  slug: { en: string; de: string };
  category: string;
  topCategory: string;
  productType: string;
  variants: DemoVariant[];
};

type Localized = { en: string; de: string };

/** The demo catalog as plain data: products in seed order, with their variants, prices and stock. */
export function demoProducts(): DemoProduct[] {
  const catalog = demoCatalog();
  const parentOf = new Map(catalog.categories.map((c) => [c.key as string, c.parent?.key as string | undefined]));
  const stock = new Map(catalog.inventory.map((e) => [e.sku, e.quantityOnStock]));
  return catalog.products.map((p: ProductDraft) => {
    const category = p.categories?.[0]?.key as string;
    const variants = [p.masterVariant, ...(p.variants ?? [])].map((v) => {
      const attr = (name: string) => (v?.attributes ?? []).find((a) => a.name === name)?.value as { key: string };
      const quantity = stock.get(v?.sku as string) ?? 0;
      return {
        sku: v?.sku as string,
        color: attr('color').key,
        size: attr('size').key,
        prices: (v?.prices ?? []).map((pr) => ({ currency: pr.value.currencyCode, country: pr.country, centAmount: pr.value.centAmount as number })),
        onStock: quantity > 0,
        quantity,
      };
    });
    return {
      key: p.key as string,
      name: p.name as Localized,
      description: p.description as Localized,
      slug: p.slug as Localized,
      category,
      topCategory: parentOf.get(category) ?? category,
      productType: p.productType.key as string,
      variants,
    };
  });
}

/** Words of a text as a simple tokenizer sees them (lower case, letters and digits). */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function keysOf(products: readonly DemoProduct[]): string[] {
  return products.map((p) => p.key).sort();
}

export type SearchBackend = {
  backend: LocalBackend;
  api: Api;
  /** As the seed admin (manage_project), for what the storefront client may not read or write. */
  admin: Api;
  /** POST /products/search as the storefront client. */
  search(body: unknown): Promise<JsonResponse>;
  /** Product id -> key, for reading results that only carry ids. */
  keyOf(id: string): string;
  idOf(key: string): string;
  categoryId(key: string): Promise<string>;
  productTypeId(key: string): Promise<string>;
  /** The keys of the results of a search (must answer 200). */
  searchKeys(body: Record<string, unknown>): Promise<{ total: number; keys: string[]; body: Json }>;
};

export async function startSearchBackend(): Promise<SearchBackend> {
  const backend = await startStorefrontBackend({ port: 0 });
  const api = apiAs(backend, await tokenFor(backend, STOREFRONT_CLIENT));
  const all = await api('GET', '/product-projections?limit=500');
  const keyById = new Map<string, string>(all.body.results.map((p: Json) => [p.id, p.key]));
  const idByKey = new Map<string, string>(all.body.results.map((p: Json) => [p.key, p.id]));
  const admin = apiAs(backend, await tokenFor(backend, SEED_ADMIN_CLIENT));
  const search = (body: unknown) => api('POST', '/products/search', body);
  const lookup = async (resource: string, key: string) => {
    const response = await admin('GET', `/${resource}/key=${encodeURIComponent(key)}`);
    if (response.status !== 200) throw new Error(`${resource} ${key}: ${response.status}`);
    return response.body.id as string;
  };
  return {
    backend,
    api,
    admin,
    search,
    keyOf: (id) => keyById.get(id) ?? `unknown:${id}`,
    idOf: (key) => idByKey.get(key) ?? `unknown:${key}`,
    categoryId: (key) => lookup('categories', key),
    productTypeId: (key) => lookup('product-types', key),
    async searchKeys(body) {
      const response = await search({ limit: 100, ...body });
      if (response.status !== 200) throw new Error(`search failed: ${response.status} ${JSON.stringify(response.body)}`);
      return {
        total: response.body.total,
        keys: response.body.results.map((r: Json) => keyById.get(r.id) ?? `unknown:${r.id}`),
        body: response.body,
      };
    },
  };
}
