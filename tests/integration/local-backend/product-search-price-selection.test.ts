// Product price selection as the real API does it, on a small fixture catalog with precise prices:
// for GET /product-projections (query, by id, by key) and for Product Search's productProjection.
// A country-specific price beats a price without country wherever each is in the list; customer
// group and channel prices beat country ones; only prices valid now count, a dated one before an
// undated one; no fitting price means no `price`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBackend } from '@/scripts/local-backend/backend';
import { SEED_ADMIN_CLIENT } from '@/scripts/local-backend/clients';
import { STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import type { SeedCatalog } from '@/scripts/local-backend/seed/catalog-types';
import { type Api, type Json, apiAs, startTestBackend, tokenFor } from './support';

const eur = (centAmount: number, extra: Record<string, unknown> = {}) => ({ value: { currencyCode: 'EUR', centAmount }, ...extra });

function product(key: string, prices: unknown[], opts: { publish?: boolean } = {}) {
  return {
    key,
    productType: { typeId: 'product-type' as const, key: 'basic' },
    name: { en: `Product ${key}`, de: `Produkt ${key}` },
    slug: { en: key, de: `de-${key}` },
    masterVariant: { sku: `SKU-${key}`, prices, attributes: [{ name: 'material', value: { en: 'Cotton', de: 'Baumwolle' } }] },
    publish: opts.publish ?? true,
  } as SeedCatalog['products'][number];
}

function priceCatalog(): SeedCatalog {
  return {
    project: { currencies: ['EUR', 'USD'], countries: ['DE', 'AT', 'US'], languages: ['en', 'de'] },
    zones: [],
    taxCategories: [],
    productTypes: [
      {
        key: 'basic',
        name: 'Basic',
        description: 'Basic',
        attributes: [
          { name: 'material', label: { en: 'Material' }, type: { name: 'ltext' }, isRequired: false, isSearchable: true, attributeConstraint: 'None' },
        ],
      },
    ],
    categories: [],
    products: [
      product('generic-first', [eur(1000), eur(900, { country: 'DE' }), { value: { currencyCode: 'USD', centAmount: 1200 }, country: 'US' }]),
      product('country-first', [eur(900, { country: 'DE' }), eur(1000)]),
      product('validity', [
        eur(500, { country: 'DE', validFrom: '1990-01-01T00:00:00.000Z', validUntil: '1999-12-31T00:00:00.000Z' }),
        eur(800, { country: 'DE' }),
        eur(700, { country: 'DE', validFrom: '2000-01-01T00:00:00.000Z', validUntil: '2990-01-01T00:00:00.000Z' }),
        eur(400, { country: 'DE', validFrom: '2991-01-01T00:00:00.000Z' }),
      ]),
      product('usd-only', [{ value: { currencyCode: 'USD', centAmount: 1500 }, country: 'US' }]),
      product('scoped', [eur(1000)]),
      product('unpublished', [eur(100)], { publish: false }),
    ],
    shippingMethods: [],
    inventory: [{ sku: 'SKU-generic-first', quantityOnStock: 5 }],
    customers: [],
  };
}

let backend: LocalBackend;
let api: Api;
let admin: Api;
const ids = new Map<string, string>();

beforeAll(async () => {
  backend = await startTestBackend({ catalog: priceCatalog });
  api = apiAs(backend, await tokenFor(backend, STOREFRONT_CLIENT));
  admin = apiAs(backend, await tokenFor(backend, SEED_ADMIN_CLIENT));
  const all = await admin('GET', '/products?limit=100');
  for (const p of all.body.results) ids.set(p.key, p.id);
});
afterAll(async () => {
  await backend.close();
});

async function byKey(key: string, query: string) {
  const response = await api('GET', `/product-projections/key=${key}?${query}`);
  expect(response.status).toBe(200);
  return response.body.masterVariant as Json;
}

describe('price selection on product projections', () => {
  it('a country price wins over a price without country, whatever their order in the list', async () => {
    for (const key of ['generic-first', 'country-first']) {
      const variant = await byKey(key, 'priceCurrency=EUR&priceCountry=DE');
      expect(variant.price.value.centAmount).toBe(900);
      expect(variant.price.country).toBe('DE');
    }
  });

  it('the price without country serves every other country, and requests without country', async () => {
    expect((await byKey('generic-first', 'priceCurrency=EUR&priceCountry=AT')).price.value.centAmount).toBe(1000);
    const noCountry = await byKey('country-first', 'priceCurrency=EUR');
    expect(noCountry.price.value.centAmount).toBe(1000);
    expect(noCountry.price.country).toBeUndefined();
  });

  it('no fitting price, no price', async () => {
    expect(await byKey('usd-only', 'priceCurrency=EUR&priceCountry=DE')).not.toHaveProperty('price');
    expect(await byKey('generic-first', 'priceCurrency=USD&priceCountry=DE')).not.toHaveProperty('price');
    expect(await byKey('generic-first', '')).not.toHaveProperty('price');
  });

  it('only prices valid now; a dated price before an undated one of the same scope', async () => {
    expect((await byKey('validity', 'priceCurrency=EUR&priceCountry=DE')).price.value.centAmount).toBe(700);
  });

  it('by id and in the query endpoint alike', async () => {
    const byId = await api('GET', `/product-projections/${ids.get('generic-first')}?priceCurrency=EUR&priceCountry=DE`);
    expect(byId.body.masterVariant.price.value.centAmount).toBe(900);
    const query = await api(
      'GET',
      `/product-projections?where=${encodeURIComponent('key in ("generic-first", "country-first", "usd-only")')}&priceCurrency=EUR&priceCountry=DE`,
    );
    expect(query.status).toBe(200);
    const prices = Object.fromEntries(query.body.results.map((p: Json) => [p.key, p.masterVariant.price?.value.centAmount]));
    expect(prices).toEqual({ 'generic-first': 900, 'country-first': 900, 'usd-only': undefined });
  });

  it('customer group and channel prices: customer group, then channel, then country', async () => {
    const group = await admin('POST', '/customer-groups', { key: 'vip', groupName: 'VIP' });
    const other = await admin('POST', '/customer-groups', { key: 'other', groupName: 'Other' });
    const channel = await admin('POST', '/channels', { key: 'store-berlin', roles: ['ProductDistribution'] });
    expect([group.status, other.status, channel.status]).toEqual([201, 201, 201]);
    const cg = { typeId: 'customer-group', id: group.body.id };
    const ch = { typeId: 'channel', id: channel.body.id };
    const current = await admin('GET', `/products/${ids.get('scoped')}`);
    const updated = await admin('POST', `/products/${ids.get('scoped')}`, {
      version: current.body.version,
      actions: [eur(950, { country: 'DE' }), eur(800, { customerGroup: cg }), eur(850, { channel: ch }), eur(700, { customerGroup: cg, channel: ch })].map(
        (price) => ({ action: 'addPrice', variantId: 1, price, staged: false }),
      ),
    });
    expect(updated.status).toBe(200);
    const amount = async (query: string) => (await byKey('scoped', `priceCurrency=EUR&${query}`)).price?.value.centAmount;
    expect(await amount('priceCountry=DE')).toBe(950);
    expect(await amount(`priceCountry=DE&priceCustomerGroup=${group.body.id}`)).toBe(800);
    expect(await amount(`priceCountry=DE&priceChannel=${channel.body.id}`)).toBe(850);
    expect(await amount(`priceCountry=DE&priceCustomerGroup=${group.body.id}&priceChannel=${channel.body.id}`)).toBe(700);
    expect(await amount(`priceCountry=DE&priceCustomerGroup=${other.body.id}`)).toBe(950);
    expect(await amount(`priceCustomerGroup=${group.body.id}`)).toBe(800);
  });

  it('price parameters without priceCurrency are 400', async () => {
    const response = await api('GET', '/product-projections/key=generic-first?priceCountry=DE');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].code).toBe('InvalidInput');
    const query = await api('GET', '/product-projections?priceCountry=DE');
    expect(query.status).toBe(400);
  });

  it('variants carry their availability; localeProjection reduces localized fields', async () => {
    const response = await api('GET', '/product-projections/key=generic-first?localeProjection=de');
    expect(response.body.masterVariant.availability).toMatchObject({ isOnStock: true, availableQuantity: 5 });
    expect(response.body.name).toEqual({ de: 'Produkt generic-first' });
    expect(response.body.masterVariant.attributes[0].value).toEqual({ de: 'Baumwolle' });
    const query = await api('GET', `/product-projections?where=${encodeURIComponent('key = "generic-first"')}`);
    expect(query.body.results[0].masterVariant.availability.availableQuantity).toBe(5);
  });

  it('unpublished Products exist only in the staged projection', async () => {
    const id = ids.get('unpublished') as string;
    expect((await api('GET', `/product-projections/${id}`)).status).toBe(404);
    const byKeyResponse = await api('GET', '/product-projections/key=unpublished');
    expect(byKeyResponse.status).toBe(404);
    expect(byKeyResponse.body.errors[0].code).toBe('ResourceNotFound');
    const staged = await admin('GET', `/product-projections/${id}?staged=true`);
    expect(staged.status).toBe(200);
    expect(staged.body.published).toBe(false);
    const search = await api('POST', '/products/search', { query: { exact: { field: 'key', value: 'unpublished' } } });
    expect(search.body.total).toBe(0);
  });
});

describe('price selection in Product Search', () => {
  it('productProjectionParameters select the price like the Product Projection API', async () => {
    const response = await api('POST', '/products/search', {
      query: { exact: { field: 'key', values: ['generic-first', 'country-first', 'validity', 'usd-only'] } },
      productProjectionParameters: { priceCurrency: 'EUR', priceCountry: 'DE' },
    });
    expect(response.status).toBe(200);
    const prices = Object.fromEntries(
      response.body.results.map((r: Json) => [r.productProjection.key, r.productProjection.masterVariant.price?.value.centAmount]),
    );
    expect(prices).toEqual({ 'generic-first': 900, 'country-first': 900, validity: 700, 'usd-only': undefined });
  });

  it('price fields of one Price: a DE price of 900 EUR, not any DE price plus any 900', async () => {
    const response = await api('POST', '/products/search', {
      query: {
        and: [
          { exact: { field: 'variants.prices.country', value: 'DE' } },
          { exact: { field: 'variants.prices.currencyCode', value: 'EUR' } },
          { range: { field: 'variants.prices.centAmount', lte: 700 } },
        ],
      },
    });
    // Only `validity` has a DE price in EUR of at most 700 (500, 700 and 400); other prices of 700
    // and less are in another currency or without country.
    expect(response.body.results.map((r: Json) => r.id)).toEqual([ids.get('validity')]);
  });
});
