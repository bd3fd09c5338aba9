// Seeding through the HTTP API: every resource of the catalog arrives, references by key are
// resolved, products are published, the result is the same on every start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBackend } from '@/scripts/local-backend/backend';
import { SEED_ADMIN_CLIENT } from '@/scripts/local-backend/clients';
import { STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import type { SeedReport } from '@/scripts/local-backend/seed/seeder';
import { TINY_CUSTOMER, tinyCatalog } from './fixtures/tiny-catalog';
import { type Api, type Json, apiAs, startTestBackend, tokenFor } from './support';

let backend: LocalBackend;
let admin: Api;
let storefront: Api;
let report: SeedReport | undefined;
let statsAfterStart: ReturnType<LocalBackend['stats']>;

beforeAll(async () => {
  backend = await startTestBackend({ onSeeded: (r) => (report = r) });
  statsAfterStart = backend.stats();
  admin = apiAs(backend, await tokenFor(backend, SEED_ADMIN_CLIENT));
  storefront = apiAs(backend, await tokenFor(backend, STOREFRONT_CLIENT));
});
afterAll(() => backend.close());

type Keyed = { id: string; key?: string };
const idsByKey = (results: Keyed[]) => Object.fromEntries(results.map((r) => [r.key, r.id]));

describe('seeding', () => {
  it('goes through the API as the seed admin client: one token request, one request per resource', () => {
    const catalog = tinyCatalog();
    expect(statsAfterStart).toMatchObject({ tokenRequests: 1, tokenRequestsByClient: { [SEED_ADMIN_CLIENT.id]: 1 } });
    expect(Object.keys(statsAfterStart.apiRequestsByClient)).toEqual([SEED_ADMIN_CLIENT.id]);
    expect(report?.created).toEqual({
      zones: catalog.zones.length,
      'tax-categories': catalog.taxCategories.length,
      'product-types': catalog.productTypes.length,
      categories: catalog.categories.length,
      products: catalog.products.length,
      'shipping-methods': catalog.shippingMethods.length,
      inventory: catalog.inventory.length,
      customers: catalog.customers.length,
    });
  });

  it('sets the project currencies, countries and languages', async () => {
    const project = await admin('GET', '');
    expect(project.body).toMatchObject({ currencies: ['USD', 'EUR'], countries: ['US', 'DE'], languages: ['en', 'de'] });
  });

  it('creates the category tree with parents resolved from keys', async () => {
    const categories = (await storefront('GET', '/categories')).body.results as Array<Keyed & { parent?: { id: string } }>;
    expect(categories.map((c) => c.key)).toEqual(['clothing', 'shirts']);
    const ids = idsByKey(categories);
    expect(categories.find((c) => c.key === 'shirts')?.parent?.id).toBe(ids.clothing);
  });

  it('publishes the products meant to be published, with every reference resolved', async () => {
    const published = (await storefront('GET', '/product-projections')).body.results as Array<Keyed & Record<string, Json>>;
    expect(published.map((p) => p.key)).toEqual(['alpha', 'beta', 'gamma']);

    const staged = (await admin('GET', '/product-projections?staged=true')).body.results as Keyed[];
    expect(staged.map((p) => p.key)).toContain('draft');

    const productTypes = idsByKey((await admin('GET', '/product-types')).body.results);
    const taxCategories = idsByKey((await admin('GET', '/tax-categories')).body.results);
    const categories = idsByKey((await admin('GET', '/categories')).body.results);
    const alpha = published.find((p) => p.key === 'alpha');
    expect(alpha?.productType.id).toBe(productTypes.basic);
    expect(alpha?.taxCategory.id).toBe(taxCategories.standard);
    expect(alpha?.categories).toEqual([{ typeId: 'category', id: categories.shirts }]);
    expect(alpha?.masterVariant.sku).toBe('SKU-ALPHA');
  });

  it('creates shipping methods with their zones resolved and stock per SKU', async () => {
    const zones = idsByKey((await admin('GET', '/zones')).body.results);
    const [method] = (await storefront('GET', '/shipping-methods')).body.results;
    expect(method.zoneRates.map((z: { zone: { id: string } }) => z.zone.id)).toEqual([zones.us, zones.de]);
    const inventory = (await admin('GET', '/inventory')).body.results as Array<{ sku: string; quantityOnStock: number }>;
    expect(inventory.map((i) => [i.sku, i.quantityOnStock])).toEqual([
      ['SKU-ALPHA', 10],
      ['SKU-BETA', 0],
    ]);
  });

  it('creates customers whose passwords work for sign-in', async () => {
    expect((await storefront('POST', '/login', TINY_CUSTOMER)).status).toBe(200);
  });

  it('produces the same catalog on every start', async () => {
    const again = await startTestBackend();
    try {
      const otherApi = apiAs(again, await tokenFor(again, STOREFRONT_CLIENT));
      const shape = async (api: Api) => {
        const products = (await api('GET', '/product-projections?limit=500')).body.results as Array<Record<string, Json>>;
        const categories = (await api('GET', '/categories')).body.results as Array<Record<string, Json>>;
        return {
          products: products.map((p) => [p.key, p.slug, p.masterVariant.sku, p.masterVariant.prices.map((x: Json) => x.value)]),
          categories: categories.map((c) => [c.key, c.slug, c.orderHint, c.ancestors.length]),
        };
      };
      expect(await shape(otherApi)).toEqual(await shape(storefront));
    } finally {
      await again.close();
    }
  });

  it('adds the seed admin client when the configured clients lack it', async () => {
    const custom = await startTestBackend({ clients: [STOREFRONT_CLIENT] });
    try {
      expect(custom.clients.map((c) => c.id)).toEqual([STOREFRONT_CLIENT.id, SEED_ADMIN_CLIENT.id, 'checkout-simulation-local', 'agent-as-local']);
    } finally {
      await custom.close();
    }
  });

  it('fails the start, naming the failing request, when the catalog is inconsistent', async () => {
    const broken = () => {
      const catalog = tinyCatalog();
      catalog.products = [{ ...catalog.products[0]!, productType: { typeId: 'product-type', key: 'missing' } }];
      return catalog;
    };
    await expect(startTestBackend({ catalog: broken })).rejects.toThrow(/POST \/products failed with 400/);
  });
});
