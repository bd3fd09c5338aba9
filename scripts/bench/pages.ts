// Benchmark: the storefront's pages as a phone and a CDN see them, for the production build against
// the local backend. Lighthouse 12.2.3 (mobile preset, Debian Chromium or CHROME_PATH) per page:
// performance, TBT, LCP, accessibility, best practices, SEO, the script bytes and first-load JS (gzip);
// then autocannon throughput and latency for product, listing and GET /api/products at 1 and 16
// connections, with the shared catalog HTML cache (the default) and without it (CATALOG_PAGE_CACHE=off,
// every page rendered per request as before ADR 0012), from the same build.
// Each page is run BENCH_LIGHTHOUSE_RUNS times (5) and the median of each figure is printed, with the
// range of the score and Lighthouse's benchmarkIndex for this host (its CPU speed varies run to run).
// Last, the floor: a blank App Router page of the same Next.js release (scripts/bench/blank-next),
// measured the same way. Figures, not a test (issue 11 states the baseline).
//   npm run bench:pages        (BENCH_SECONDS=10 per autocannon run, BENCH_PORT=<port> for a fixed app port)
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { demoCatalog } from '../local-backend/seed/demo-catalog';
import { startStorefrontBackend, storefrontBackendRef } from '../storefront-backend';
import { clearDataCache, ensureBuild, freePort, localAppEnv, ROOT, runNext, spawnNext, waitForOk } from '../lib/next-process';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const BLANK_NEXT = join(ROOT, 'scripts', 'bench', 'blank-next');

type Audit = { numericValue?: number; details?: { items?: Array<{ resourceType?: string; transferSize?: number }> } };
type LighthouseResult = { categories: Record<string, { score: number | null }>; audits: Record<string, Audit>; environment: { benchmarkIndex: number } };
type LighthouseRun = { perf: number; tbt: number; lcp: number; a11y: number; bestPractices: number; seo: number; scriptKb: number; benchmarkIndex: number };

/**
 * One Lighthouse run through its own CLI in plain Node: Lighthouse evaluates functions in the page
 * by their source, which tsx's transform would break.
 */
async function lighthouseRun(url: string, attempt = 1): Promise<LighthouseRun> {
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
  if (stdout === null) return lighthouseRun(url, attempt + 1);
  const { categories, audits, environment } = JSON.parse(stdout) as LighthouseResult;
  const score = (name: string) => Math.round((categories[name]?.score ?? 0) * 100);
  const scriptBytes = audits['resource-summary']?.details?.items?.find((i) => i.resourceType === 'script')?.transferSize ?? 0;
  return {
    perf: score('performance'),
    tbt: audits['total-blocking-time']?.numericValue ?? 0,
    lcp: audits['largest-contentful-paint']?.numericValue ?? 0,
    a11y: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    scriptKb: scriptBytes / 1024,
    benchmarkIndex: environment.benchmarkIndex,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A page's row: the median of LIGHTHOUSE_RUNS runs for each figure, and the range of the score. */
async function lighthouseRow(label: string, url: string, js: FirstLoadJs): Promise<string> {
  const runs: LighthouseRun[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseRun(url));
  const mid = (pick: (run: LighthouseRun) => number) => median(runs.map(pick));
  const perfs = runs.map((run) => run.perf);
  return `| ${label} | ${mid((r) => r.perf)} (${Math.min(...perfs)}–${Math.max(...perfs)}) | ${Math.round(mid((r) => r.tbt))} ms | ${(mid((r) => r.lcp) / 1000).toFixed(1)} s | ${mid((r) => r.a11y)} | ${mid((r) => r.bestPractices)} | ${mid((r) => r.seo)} | ${Math.round(mid((r) => r.scriptKb))} | ${js.totalKb} | ${js.frameworkKb} | ${Math.round(mid((r) => r.benchmarkIndex))} |`;
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
function frameworkScripts(dist: string): Set<string> {
  const manifest = JSON.parse(readFileSync(join(dist, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  return new Set(manifest.rootMainFiles.map((file) => `/_next/${file}`));
}

type FirstLoadJs = { totalKb: number; frameworkKb: number };

/**
 * First-load JavaScript of a page, as `next build` used to print it: the gzip size (default level,
 * as `next start` compresses) of every script its HTML loads, read from this build's `.next/static`,
 * and the framework's part of it. Bytes, not time: the same build and page always give the same figure.
 */
async function firstLoadJs(url: string, dist: string): Promise<FirstLoadJs> {
  const framework = frameworkScripts(dist);
  const html = await (await fetch(url)).text();
  const file = (src: string) => join(dist, decodeURIComponent(src.slice('/_next/'.length)));
  const kb = (srcs: string[]) => Math.round(srcs.reduce((sum, src) => sum + gzipSync(readFileSync(file(src))).length, 0) / 102.4) / 10;
  const scripts = firstLoadScripts(html);
  return { totalKb: kb(scripts), frameworkKb: kb(scripts.filter((src) => framework.has(src))) };
}

const LIGHTHOUSE_HEADER = [
  '| page | perf (range) | TBT | LCP | a11y | best practices | SEO | script kB | first-load JS kB gzip | of it framework | benchmarkIndex |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
].join('\n');

/**
 * The floor: a blank App Router page of the same Next.js release, built and served like the store.
 * Whatever it costs (its first-load JS, its TBT on this host, its p50 through `next start`), no
 * storefront page can cost less.
 */
async function blankNextFloor(): Promise<void> {
  console.log(`\nThe floor: a blank Next.js page (scripts/bench/blank-next), same release, same measures\n`);
  const build = await runNext(['build', BLANK_NEXT], { env: { NODE_ENV: 'production' }, output: 'capture' }).exited;
  if (build.code !== 0) throw new Error(`next build of the blank page failed (exit ${build.code})`);
  const port = await freePort();
  const url = `http://localhost:${port}/`;
  const server = runNext(['start', BLANK_NEXT, '-p', String(port)], { env: { NODE_ENV: 'production' }, output: 'ignore' });
  try {
    await waitForOk(url);
    console.log(LIGHTHOUSE_HEADER);
    console.log(await lighthouseRow('blank page', url, await firstLoadJs(url, join(BLANK_NEXT, '.next'))));
    console.log('\n| path | connections | req/s | p50 | p99 | non-2xx |');
    console.log('|---|---|---|---|---|---|');
    for (const connections of [1, 16]) console.log(await loadRow('blank page (static)', url, connections));
  } finally {
    await server.stop();
  }
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
    console.log(`Lighthouse 12.2.3, mobile preset, median of ${LIGHTHOUSE_RUNS} runs per page\n`);
    // script kB: every script the page fetched during the run (Lighthouse's transfer size). First-load
    // JS: the gzip size of the scripts its HTML loads (budget: 120 kB on home, listing and product),
    // and of these the framework's (build-manifest rootMainFiles), which no app change can shrink.
    // benchmarkIndex: Lighthouse's measure of this host's CPU during the runs (TBT scales with it).
    console.log(LIGHTHOUSE_HEADER);
    for (const [label, url] of pages) console.log(await lighthouseRow(label, url, await firstLoadJs(url, join(ROOT, '.next'))));

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
  await blankNextFloor();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
