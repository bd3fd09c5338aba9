// Catalog reads are cached on the server, and a signed revalidation request expires them: the
// next read shows what changed in commercetools.
import { expect, test } from '@playwright/test';
import { signPayload } from '../../lib/security/webhook-signature';
import { adminApi } from '../harness/admin-api';
import { productsInCategory, topLevelCategories } from '../harness/demo-expectations';
import { E2E_BACKEND_URL, E2E_REVALIDATE_SECRET } from '../harness/e2e-env';

const category = topLevelCategories[0]!;
const product = productsInCategory(category)[0]!;
const admin = adminApi(E2E_BACKEND_URL, 'demo-store');

async function rename(name: string) {
  const current = (await admin.products().withKey({ key: product.key! }).get().execute()).body;
  const updated = await admin
    .products()
    .withId({ ID: current.id })
    .post({ body: { version: current.version, actions: [{ action: 'changeName', name: { ...product.name, en: name } }, { action: 'publish' }] } })
    .execute();
  return updated.body.id;
}

async function signedRevalidate(request: import('@playwright/test').APIRequestContext, body: unknown) {
  const raw = JSON.stringify(body);
  const timestamp = Math.floor(Date.now() / 1000);
  return request.post('/api/revalidate', {
    headers: { 'content-type': 'application/json', 'x-timestamp': String(timestamp), 'x-signature': signPayload(E2E_REVALIDATE_SECRET, timestamp, raw) },
    data: raw,
  });
}

const names = async (request: import('@playwright/test').APIRequestContext) => {
  const response = await request.get(`/api/products?category=${category.slug.en}&limit=100`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { results: Array<{ name: string }> }).results.map((p) => p.name);
};

test('a catalog change shows only after a signed revalidation expires the cache', async ({ request }) => {
  const renamed = `${product.name.en} (renamed ${Date.now()})`;
  expect(await names(request)).toContain(product.name.en);
  const id = await rename(renamed);
  try {
    // Still served from the server cache: commercetools was not asked again.
    expect(await names(request)).toContain(product.name.en);

    const unsigned = await request.post('/api/revalidate', { headers: { 'content-type': 'application/json' }, data: { tags: ['catalog'] } });
    expect(unsigned.status()).toBe(401);

    const response = await signedRevalidate(request, { resources: [{ typeId: 'product', id }] });
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ revalidated: ['catalog:products'] });
    await expect.poll(() => names(request)).toContain(renamed);
  } finally {
    await rename(product.name.en!);
    await signedRevalidate(request, { tags: ['catalog'] });
  }
});

