// Benchmark: the storefront's pages as a phone and a CDN see them, for the production build against
// the local backend. Lighthouse 12.2.3 (mobile preset, Debian Chromium or CHROME_PATH) per page:
// performance, TBT, LCP, accessibility, best practices, SEO, the script bytes and first-load JS (gzip);
// then autocannon throughput and latency for product, listing and GET /api/products at 1 and 16
// connections, with the shared catalog HTML cache (the default) and without it (CATALOG_PAGE_CACHE=off,
// every page rendered per request as before ADR 0012), from the same build.
// Figures, not a test (issue 11 states the baseline).
//   npm run bench:pages        (BENCH_SECONDS=10 per autocannon run, BENCH_PORT=<port> for a fixed app port)
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { demoCatalog } from '../local-backend/seed/demo-catalog';
import { startStorefrontBackend, storefrontBackendRef } from '../storefront-backend';
import { clearDataCache, ensureBuild, freePort, localAppEnv, ROOT, spawnNext, waitForOk } from '../lib/next-process';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

type Audit = { numericValue?: number; details?: { items?: Array<{ resourceType?: string; transferSize?: number }> } };
type LighthouseResult = { categories: Record<string, { score: number | null }>; audits: Record<string, Audit> };

/**
 * One Lighthouse run through its own CLI in plain Node: Lighthouse evaluates functions in the page
 * by their source, which tsx's transform would break.
 */
async function lighthouseRow(label: string, url: string, js: FirstLoadJs, attempt = 1): Promise<string> {
  const run = promisify(execFile)(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js'),
      url,
      '--quiet',
      '--output=json',
      '--output-path=stdout',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update',
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 },
  );
  // On a busy machine Chromium now and then records no usable trace (NO_NAVSTART): one more run.
  const stdout = await run.then(
    (result) => result.stdout,
    (error: unknown) => {
      if (attempt > 1) throw error;
      return null;
    },
  );
  if (stdout === null) return lighthouseRow(label, url, js, attempt + 1);
  const { categories, audits } = JSON.parse(stdout) as LighthouseResult;
  const score = (name: string) => Math.round((categories[name]?.score ?? 0) * 100);
  const scriptBytes = audits['resource-summary']?.details?.items?.find((i) => i.resourceType === 'script')?.transferSize ?? 0;
  return `| ${label} | ${score('performance')} | ${Math.round(audits['total-blocking-time']?.numericValue ?? 0)} ms | ${((audits['largest-contentful-paint']?.numericValue ?? 0) / 1000).toFixed(1)} s | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${Math.round(scriptBytes / 1024)} | ${js.totalKb} | ${js.frameworkKb} |`;
}

/** Scripts a page's HTML loads at once: `<script src>` and script preloads, without nomodule polyfills (modern browsers skip them). */
function firstLoadScripts(html: string): string[] {
  const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map(([tag]) => tag);
  const scripts = tags.filter((tag) => (tag.startsWith('<script') || /\bas="script"/.test(tag)) && !/\bnomodule\b/i.test(tag));
  const fromTags = scripts.map((tag) => /\b(?:src|href)="(\/_next\/static\/[^"]+\.js)"/.exec(tag)?.[1]);
  // A cached catalog page loads them through its hashed loader (lib/security/hashed-scripts.ts).
  const fromLoader = [...html.matchAll(/\{"src":"(\/_next\/static\/[^"]+\.js)"(?:,"async":"")?\}/g)].map(([, src]) => src);
  return [...new Set([...fromTags, ...fromLoader].filter((src) => src !== undefined))];
}

/** The framework's scripts (React, the Next router and runtime): what every page loads whatever the app does. */
function frameworkScripts(): Set<string> {
  const manifest = JSON.parse(readFileSync(join(ROOT, '.next', 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  return new Set(manifest.rootMainFiles.map((file) => `/_next/${file}`));
}

type FirstLoadJs = { totalKb: number; frameworkKb: number };

/**
 * First-load JavaScript of a page, as `next build` used to print it: the gzip size (default level,
 * as `next start` compresses) of every script its HTML loads, read from this build's `.next/static`,
 * and the framework's part of it. Bytes, not time: the same build and page always give the same figure.
 */
async function firstLoadJs(url: string, framework: Set<string>): Promise<FirstLoadJs> {
  const html = await (await fetch(url)).text();
  const kb = (srcs: string[]) =>
    Math.round(srcs.reduce((sum, src) => sum + gzipSync(readFileSync(join(ROOT, '.next', src.slice('/_next/'.length)))).length, 0) / 102.4) / 10;
  const scripts = firstLoadScripts(html);
  return { totalKb: kb(scripts), frameworkKb: kb(scripts.filter((src) => framework.has(src))) };
}

async function loadRow(label: string, url: string, connections: number): Promise<string> {
  const result = await autocannon({ url, connections, duration: SECONDS });
  return `| ${label} | ${connections} | ${Math.round(result.requests.average)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.non2xx} |`;
}

async function main() {
  const catalog = demoCatalog();
  const category = catalog.categories.find((c) => !c.parent)!;
  const product = catalog.products[0]!;
  const backend = await startStorefrontBackend({ port: 0 });
  // BENCH_PORT pins the app's port (several benches on one machine); by default the OS picks one.
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  const site = `http://localhost:${port}`;
  const env = localAppEnv(storefrontBackendRef(backend), site);
  await ensureBuild(env);
  clearDataCache();
  const server = spawnNext('start', port, env, 'ignore');
  // The same build with every page rendered per request: the figures before the HTML cache.
  const uncachedPort = await freePort();
  const uncachedSite = `http://localhost:${uncachedPort}`;
  const uncached = spawnNext('start', uncachedPort, { ...env, CATALOG_PAGE_CACHE: 'off' }, 'ignore');
  try {
    await Promise.all([waitForOk(`${site}/api/health`), waitForOk(`${uncachedSite}/api/health`)]);
    const pages: Array<[string, string]> = [
      ['home', `${site}/en-us`],
      ['listing', `${site}/en-us/c/${category.slug.en}`],
      ['product', `${site}/en-us/p/${product.slug.en}`],
      ['search', `${site}/en-us/search?q=shirt`],
      ['cart', `${site}/en-us/cart`],
    ];
    // Warm the data cache first: the figures are for a warm store.
    for (const [, url] of pages) {
      await (await fetch(url)).arrayBuffer();
      await (await fetch(url.replace(site, uncachedSite))).arrayBuffer();
    }
    console.log('Lighthouse 12.2.3, mobile preset\n');
    // script kB: every script the page fetched during the run (Lighthouse's transfer size). First-load
    // JS: the gzip size of the scripts its HTML loads (budget: 120 kB on home, listing and product),
    // and of these the framework's (build-manifest rootMainFiles), which no app change can shrink.
    const framework = frameworkScripts();
    console.log('| page | perf | TBT | LCP | a11y | best practices | SEO | script kB | first-load JS kB gzip | of it framework |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const [label, url] of pages) console.log(await lighthouseRow(label, url, await firstLoadJs(url, framework)));

    console.log(`\nautocannon, ${SECONDS} s per run, warm\n`);
    console.log('| path | connections | req/s | p50 | p99 | non-2xx |');
    console.log('|---|---|---|---|---|---|');
    for (const [label, path] of [
      ['product', `/en-us/p/${product.slug.en}`],
      ['listing', `/en-us/c/${category.slug.en}`],
      ['GET /api/products', `/api/products?category=${category.slug.en}`],
    ] as const) {
      for (const connections of [1, 16]) console.log(await loadRow(label, `${site}${path}`, connections));
      if (path.startsWith('/api/')) continue;
      for (const connections of [1, 16]) console.log(await loadRow(`${label}, per request (CATALOG_PAGE_CACHE=off)`, `${uncachedSite}${path}`, connections));
    }
  } finally {
    server.kill('SIGTERM');
    uncached.kill('SIGTERM');
    await backend.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
