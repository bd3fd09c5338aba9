// Benchmark: commercetools requests per page type, cold (empty data cache) and warm (cached), for
// the production build against the local backend. Each page type gets a fresh server and an empty
// cache, so "cold" really is cold. Prints a table.
//   npm run bench:requests
import { demoCatalog } from '../local-backend/seed/demo-catalog';
import { startLocalBackend, STOREFRONT_CLIENT } from '../local-backend';
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

  const backend = await startLocalBackend({ port: 0 });
  const ref = { url: backend.url, projectKey: backend.projectKey, clientId: STOREFRONT_CLIENT.id, clientSecret: STOREFRONT_CLIENT.secret };
  ensureBuild(localAppEnv(ref, 'http://localhost:3000'));
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
  await backend.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
