// Loads a catalog into the local backend THROUGH ITS HTTP API, as an ordinary API client
// (SEED_ADMIN_CLIENT): a token from /oauth/token, then one create request per resource, so scopes,
// validation and password hashing apply to seed data exactly as to anything else.
//
// Resources are created one at a time in catalog order: query results (listings) then come back
// in the same order on every start. Dependencies go first: zones, tax categories and product types
// before products; parent categories before children; product discounts before the products whose
// prices carry them; cart discounts before discount codes.
import type { ProductDraft, ProductVariantDraft, Project, ProjectUpdateAction } from '@commercetools/platform-sdk';
import type { LocalApiClient } from '../clients';
import type { SeedCatalog } from './catalog-types';

export type SeedTarget = { url: string; projectKey: string; client: LocalApiClient };

export type SeedReport = { requests: number; millis: number; created: Record<string, number> };

export class SeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedError';
  }
}

async function requestToken(target: SeedTarget): Promise<string> {
  const basic = Buffer.from(`${target.client.id}:${target.client.secret}`).toString('base64');
  const response = await fetch(`${target.url}/oauth/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: `manage_project:${target.projectKey}` }),
  });
  const body = (await response.json()) as { access_token?: string; message?: string };
  if (!response.ok || !body.access_token) throw new SeedError(`seed token request failed: ${body.message ?? response.status}`);
  return body.access_token;
}

type DiscountedDraft = { discount: { typeId: string; id?: string; key?: string } };

/** The product draft with every discounted price's Product Discount key replaced by its id. */
function withDiscountIds(product: ProductDraft, ids: ReadonlyMap<string, string>): ProductDraft {
  const variant = (draft: ProductVariantDraft): ProductVariantDraft => ({
    ...draft,
    prices: draft.prices?.map((price) => {
      const discounted = price.discounted as DiscountedDraft | undefined;
      const key = discounted?.discount.key;
      if (!price.discounted || key === undefined) return price;
      const id = ids.get(key);
      if (!id) throw new SeedError(`price ${price.key ?? ''} names an unknown product discount '${key}'`);
      return { ...price, discounted: { ...price.discounted, discount: { typeId: 'product-discount', id } } };
    }),
  });
  return { ...product, ...(product.masterVariant ? { masterVariant: variant(product.masterVariant) } : {}), variants: product.variants?.map(variant) };
}

export async function seedCatalog(target: SeedTarget, catalog: SeedCatalog): Promise<SeedReport> {
  const started = performance.now();
  const token = await requestToken(target);
  let requests = 1;

  async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    requests += 1;
    const response = await fetch(`${target.url}/${target.projectKey}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new SeedError(`${method} ${path} failed with ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }

  const created: Record<string, number> = {};
  async function createAll(resource: string, drafts: readonly unknown[]): Promise<void> {
    for (const draft of drafts) await api('POST', `/${resource}`, draft);
    created[resource] = drafts.length;
  }

  const project = await api<Project>('GET', '');
  const settings: ProjectUpdateAction[] = [
    { action: 'changeCurrencies', currencies: catalog.project.currencies },
    { action: 'changeCountries', countries: catalog.project.countries },
    { action: 'changeLanguages', languages: catalog.project.languages },
  ];
  await api('POST', '', { version: project.version, actions: settings });

  await createAll('zones', catalog.zones);
  await createAll('tax-categories', catalog.taxCategories);
  await createAll('product-types', catalog.productTypes);
  await createAll('categories', catalog.categories);
  const discountIds = new Map<string, string>();
  for (const draft of catalog.productDiscounts ?? []) {
    const discount = await api<{ id: string }>('POST', '/product-discounts', draft);
    if (draft.key) discountIds.set(draft.key, discount.id);
  }
  if (catalog.productDiscounts?.length) created['product-discounts'] = catalog.productDiscounts.length;
  await createAll('products', catalog.products.map((product) => withDiscountIds(product, discountIds)));
  await createAll('shipping-methods', catalog.shippingMethods);
  await createAll('inventory', catalog.inventory);
  await createAll('customers', catalog.customers);
  if (catalog.cartDiscounts?.length) await createAll('cart-discounts', catalog.cartDiscounts);
  if (catalog.discountCodes?.length) await createAll('discount-codes', catalog.discountCodes);

  return { requests, millis: Math.round(performance.now() - started), created };
}
