// Benchmark: the sitemap of a 100,000-product catalog. Starts the local backend with the demo
// catalog plus generated products, the production build against it with an empty data cache, then
// requests the index and every file twice (cold, then warm) and prints time, bytes, URLs and
// commercetools requests per request, and the size of every data cache entry (Next refuses
// entries over 2 MB). Prints figures; asserts nothing about time.
//   npm run bench:sitemap [-- products]   (default 100000; ports BENCH_APP_PORT 3311, BENCH_BACKEND_PORT 9191)
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startStorefrontBackend, STOREFRONT_CLIENT, storefrontBackendRef } from '../storefront-backend';
import { clearDataCache, ensureBuild, localAppEnv, ROOT, runNext, waitForOk } from '../lib/next-process';

const NEXT_ENTRY_LIMIT = 2 * 1024 * 1024;
const COMMERCETOOLS_PAGE = 500;

type Row = { label: string; ms: number; bytes: number; urls: number; requests: number };

function cacheEntries(): number[] {
  const dir = join(ROOT, '.next', 'cache', 'fetch-cache');
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isFile())
      .map((path) => statSync(path).size);
  } catch {
    return [];
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const products = Number(process.argv[2] ?? 100_000);
  const appPort = Number(process.env.BENCH_APP_PORT ?? 3311);
  const started = performance.now();
  const backend = await startStorefrontBackend({ port: Number(process.env.BENCH_BACKEND_PORT ?? 9191), generatedProducts: products });
  console.log(`local backend with ${products} generated products (plus the demo catalog) ready in ${Math.round(performance.now() - started)} ms`);
  const ref = storefrontBackendRef(backend);
  const origin = `http://localhost:${appPort}`;
  await ensureBuild(localAppEnv(ref, origin));
  clearDataCache();
  const next = runNext(['start', '-p', String(appPort), '-H', '127.0.0.1'], { env: { ...localAppEnv(ref, origin), NODE_ENV: 'production' }, output: 'capture' });
  const apiCalls = () => backend.stats().apiRequestsByClient[STOREFRONT_CLIENT.id] ?? 0;
  const rows: Row[] = [];
  const get = async (label: string, path: string) => {
    const before = apiCalls();
    const t = performance.now();
    const response = await fetch(`http://127.0.0.1:${appPort}${path}`);
    const body = await response.text();
    const ms = performance.now() - t;
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    const row = { label, ms, bytes: Buffer.byteLength(body), urls: (body.match(/<loc>/g) ?? []).length, requests: apiCalls() - before };
    rows.push(row);
    return body;
  };
  try {
    await waitForOk(`http://127.0.0.1:${appPort}/api/health`, 60_000);
    const index = await get('index, cold', '/sitemap.xml');
    await get('index, warm', '/sitemap.xml');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const file of files) await get(`${file}, cold`, file);
    for (const file of files) await get(`${file}, warm`, file);
  } catch (error) {
    console.error(next.output().slice(-4000));
    throw error;
  } finally {
    await next.stop();
    await backend.close();
  }

  console.log('\n| request | time | response | URLs | commercetools requests |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.label} | ${r.ms.toFixed(0)} ms | ${kb(r.bytes)} | ${r.urls} | ${r.requests} |`);

  const cold = rows.filter((r) => r.label.startsWith('/sitemaps/') && r.label.endsWith('cold') && !r.label.includes('/0.xml'));
  const warm = rows.filter((r) => r.label.startsWith('/sitemaps/') && r.label.endsWith('warm') && !r.label.includes('/0.xml'));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const urls = rows.filter((r) => r.label.startsWith('/sitemaps/') && r.label.endsWith('cold')).reduce((sum, r) => sum + r.urls, 0);
  const entries = cacheEntries();
  const largest = Math.max(0, ...entries);
  const wholeCatalogPages = Math.ceil((products + 52) / COMMERCETOOLS_PAGE);
  console.log(`
products: ${products}; sitemap files: ${cold.length} product files + file 0; URLs in all files: ${urls}
product file, cold: median ${median(cold.map((r) => r.ms)).toFixed(0)} ms, max ${Math.max(...cold.map((r) => r.ms)).toFixed(0)} ms, median ${median(cold.map((r) => r.requests))} commercetools requests (paging the whole catalog: ${wholeCatalogPages})
product file, warm: median ${median(warm.map((r) => r.ms)).toFixed(0)} ms (cold/warm ${(median(cold.map((r) => r.ms)) / Math.max(1, median(warm.map((r) => r.ms)))).toFixed(1)}x), ${warm.reduce((s, r) => s + r.requests, 0)} commercetools requests in all warm file requests
largest product file response: ${kb(Math.max(...cold.map((r) => r.bytes)))}, ${Math.max(...cold.map((r) => r.urls))} URLs (protocol limit 50,000)
data cache entries: ${entries.length}, largest ${kb(largest)} = ${((largest / NEXT_ENTRY_LIMIT) * 100).toFixed(1)} % of Next's 2 MB limit; total ${kb(entries.reduce((a, b) => a + b, 0))}
Next refused an entry as over 2 MB: ${/over 2MB/i.test(next.output()) ? 'YES' : 'no'}`);
  if (largest >= NEXT_ENTRY_LIMIT || /over 2MB/i.test(next.output())) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
