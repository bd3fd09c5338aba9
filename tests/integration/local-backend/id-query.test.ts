// Product projection queries that filter on id only (the sitemap's keyset paging by id range, and
// counts), which the local backend answers without the mock's per-query copy of every Product, on
// a catalog with generated products: the same answers as the mock's general query path, the API's
// paging limits, and changes visible at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBackend } from '@/scripts/local-backend/backend';
import { SEED_ADMIN_CLIENT } from '@/scripts/local-backend/clients';
import { STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import { type Api, apiAs, type Json, startTestBackend, tokenFor } from './support';

const GENERATED = 1_234;
let backend: LocalBackend;
let api: Api;
let admin: Api;

beforeAll(async () => {
  backend = await startTestBackend({ generatedProducts: GENERATED });
  api = apiAs(backend, await tokenFor(backend, STOREFRONT_CLIENT));
  admin = apiAs(backend, await tokenFor(backend, SEED_ADMIN_CLIENT));
});
afterAll(async () => {
  await backend.close();
});

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** Every published product id through the mock's own query path (a non-id predicate), offset paged. */
async function idsThroughMock(): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await api('GET', `/product-projections?${q({ where: 'key is defined', sort: 'id asc', limit: '500', offset: String(offset) })}`);
    expect(page.status).toBe(200);
    ids.push(...page.body.results.map((p: Json) => p.id));
    if (page.body.results.length < 500) return ids;
  }
}

describe('id-only product projection queries', () => {
  it('keyset paging by id visits every published product once, in id order, like the general query', async () => {
    const ids: string[] = [];
    let after: string | undefined;
    for (;;) {
      const params: Record<string, string> = after ? { where: 'id > :after', 'var.after': after } : {};
      const page = await api('GET', `/product-projections?${q({ ...params, sort: 'id asc', limit: '500', withTotal: 'false' })}`);
      expect(page.status).toBe(200);
      expect(page.body.total).toBeUndefined();
      ids.push(...page.body.results.map((p: Json) => p.id));
      if (page.body.results.length < 500) break;
      after = ids.at(-1);
    }
    expect(ids.length).toBeGreaterThan(GENERATED);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(await idsThroughMock());
  });

  it('counts a range and returns projections with price selection', async () => {
    const all = await api('GET', `/product-projections?${q({ limit: '1' })}`);
    const low = await api('GET', `/product-projections?${q({ where: 'id < :to', 'var.to': '80000000', limit: '1' })}`);
    const high = await api('GET', `/product-projections?${q({ where: 'id >= :from', 'var.from': '80000000', limit: '1', priceCurrency: 'USD', priceCountry: 'US' })}`);
    expect(low.body.total + high.body.total).toBe(all.body.total);
    expect(low.body.total).toBeGreaterThan(0);
    expect(high.body.results[0].id >= '80000000').toBe(true);
    expect(high.body.results[0].masterVariant.price.value.currencyCode).toBe('USD');
  });

  it('sorts by lastModifiedAt for the newest change', async () => {
    const newest = await api('GET', `/product-projections?${q({ sort: 'lastModifiedAt desc', limit: '1' })}`);
    const viaMock = await api('GET', `/product-projections?${q({ where: 'key is defined', sort: 'lastModifiedAt desc', limit: '1' })}`);
    expect(newest.body.results[0].lastModifiedAt).toBe(viaMock.body.results[0].lastModifiedAt);
  });

  it('refuses a limit over 500 and an offset over 10,000, as the API does', async () => {
    expect((await api('GET', `/product-projections?${q({ limit: '501' })}`)).status).toBe(400);
    expect((await api('GET', `/product-projections?${q({ offset: '10001' })}`)).status).toBe(400);
  });

  it('shows a product change at once', async () => {
    const first = (await api('GET', `/product-projections?${q({ limit: '1' })}`)).body.results[0];
    const product = (await admin('GET', `/products/${first.id}`)).body;
    const renamed = `Renamed ${Date.now()}`;
    const update = await admin('POST', `/products/${first.id}`, {
      version: product.version,
      actions: [{ action: 'changeName', name: { en: renamed } }, { action: 'publish' }],
    });
    expect(update.status).toBe(200);
    const after = (await api('GET', `/product-projections?${q({ where: 'id = :id', 'var.id': first.id })}`)).body.results[0];
    expect(after.name.en).toBe(renamed);
  });
});
