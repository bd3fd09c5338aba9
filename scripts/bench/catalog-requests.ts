// Benchmark: commercetools requests per page type, cold (empty data cache) and warm (cached), for
// the production build against the local backend. Each page type gets a fresh server and an empty
// cache, so "cold" really is cold. Prints a table.
//   npm run bench:requests
import { demoCatalog } from '../local-backend/seed/demo-catalog';
import { startStorefrontBackend, STOREFRONT_CLIENT } from '../storefront-backend';
import { clearDataCache, ensureBuild, freePort, localAppEnv, spawnNext, waitForOk } from '../lib/next-process';

async function main() {
  const catalog = demoCatalog();
  const category = catalog.categories.find((c) => !c.parent)!;
  const product = catalog.products[0]!;
  const pages: Array<[string, string]> = [
    ['home', '/en-us'],
    ['category listing', `/en-us/c/${category.slug.en}`],
    ['listing, filtered + sorted', `/en-us/c/${category.slug.en}?color=black&sort=price-asc`],
    ['search', '/en-us/search?q=shirt'],
    ['product', `/en-us/p/${product.slug.en}`],
    ['GET /api/products', `/api/products?category=${category.slug.en}`],
    ['sitemap.xml', '/sitemap.xml'],
  ];

  const backend = await startStorefrontBackend({ port: 0 });
  const ref = { url: backend.url, projectKey: backend.projectKey, clientId: STOREFRONT_CLIENT.id, clientSecret: STOREFRONT_CLIENT.secret };
  await ensureBuild(localAppEnv(ref, 'http://localhost:3000'));
  const apiCalls = () => backend.stats().apiRequestsByClient[STOREFRONT_CLIENT.id] ?? 0;

  const rows: string[] = [];
  for (const [label, path] of pages) {
    clearDataCache();
    const port = await freePort();
    const child = spawnNext('start', port, localAppEnv(ref, `http://localhost:${port}`), 'ignore');
    try {
      await waitForOk(`http://127.0.0.1:${port}/api/health`);
      const counts: number[] = [];
      for (let i = 0; i < 2; i++) {
        const before = apiCalls();
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${path} answered ${response.status}`);
        counts.push(apiCalls() - before);
      }
      rows.push(`| ${label} | \`${path}\` | ${counts[0]} | ${counts[1]} |`);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
  console.log('| page type | path | commercetools requests, cold | warm (cached) |');
  console.log('|---|---|---|---|');
  for (const row of rows) console.log(row);

  console.log('\n| cart and checkout call (one guest session) | commercetools requests |');
  console.log('|---|---|');
  for (const row of await cartFlow(ref, apiCalls, catalog)) console.log(row);
  await backend.close();
}

/** A guest's purchase through the API on a fresh server: requests per call, in order. */
async function cartFlow(
  ref: Parameters<typeof localAppEnv>[0],
  apiCalls: () => number,
  catalog: ReturnType<typeof demoCatalog>,
): Promise<string[]> {
  clearDataCache();
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const child = spawnNext('start', port, localAppEnv(ref, origin), 'ignore');
  const rows: string[] = [];
  let cookie = '';
  const call = async (label: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const before = apiCalls();
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { origin, cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';', 1)[0]!;
    const json = response.status === 204 ? null : ((await response.json()) as Record<string, unknown>);
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
    rows.push(`| ${label} | ${apiCalls() - before} |`);
    return json;
  };
  try {
    await waitForOk(`http://127.0.0.1:${port}/api/health`);
    const inStock = (sku?: string) => (catalog.inventory.find((i) => i.sku === sku)?.quantityOnStock ?? 0) > 0;
    const [a, b] = catalog.products.flatMap((p) => [p.masterVariant!, ...(p.variants ?? [])]).filter((v) => inStock(v.sku));
    await call('POST /api/cart/line-items (creates the cart)', 'POST', '/api/cart/line-items', { sku: a!.sku, quantity: 1 });
    await call('POST /api/cart/line-items (same SKU again)', 'POST', '/api/cart/line-items', { sku: a!.sku, quantity: 1 });
    const cart = (await call('POST /api/cart/line-items (another SKU)', 'POST', '/api/cart/line-items', { sku: b!.sku, quantity: 1 })) as {
      lineItems: Array<{ id: string }>;
    };
    await call('PATCH /api/cart/line-items/{id}', 'PATCH', `/api/cart/line-items/${cart.lineItems[0]!.id}`, { quantity: 3 });
    await call('DELETE /api/cart/line-items/{id}', 'DELETE', `/api/cart/line-items/${cart.lineItems[1]!.id}`);
    await call('POST /api/cart/discount-codes', 'POST', '/api/cart/discount-codes', { code: 'WELCOME10' });
    const address = { firstName: 'Alex', lastName: 'Shopper', streetName: 'Main Street', postalCode: '10001', city: 'New York', country: 'US' };
    await call('PUT /api/checkout/details', 'PUT', '/api/checkout/details', { email: 'alex@example.com', shippingAddress: address });
    const methods = (await call('GET /api/checkout/shipping-methods', 'GET', '/api/checkout/shipping-methods')) as {
      shippingMethods: Array<{ id: string }>;
    };
    await call('PUT /api/checkout/shipping-method', 'PUT', '/api/checkout/shipping-method', { shippingMethodId: methods.shippingMethods[0]!.id });
    const key = { 'idempotency-key': `bench-${Date.now()}` };
    await call('POST /api/checkout/order', 'POST', '/api/checkout/order', {}, key);
    await call('POST /api/checkout/order (same Idempotency-Key again)', 'POST', '/api/checkout/order', {}, key);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  return rows;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
