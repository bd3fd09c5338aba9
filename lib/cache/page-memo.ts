// The last few seconds of the shared catalog HTML cache, in this process's memory, so the proxy can
// answer a warm page without a trip through the route handler and the data cache
// (docs/adr/0012-cacheable-catalog-html-with-hashed-scripts.md). Filled by app/cached-page; emptied
// by a tag expiry in this process (lib/cache/revalidate.ts). Another instance's expiry reaches this
// one within PAGE_MEMO_MS. Where the proxy runs apart from the server (serverless hosts), the memo is
// simply never filled there and every request takes the normal path.
import { processSingleton } from '@/lib/process-singleton';

/**
 * How long a page stays in memory after it was read from the data cache. Also what makes answers
 * small: Next compresses the proxy's answers, never a Route Handler's (it drops Content-Encoding
 * from them, next/dist/server/send-response.js), so the route path serves each page uncompressed
 * once per this period and process.
 */
export const PAGE_MEMO_MS = 30_000;
/** Bounded: one entry per catalog page path; the oldest go first. */
const MAX_PAGES = 500;

export type MemoPage = { html: string; hashes: readonly string[] };
type Entry = MemoPage & { until: number };

function memo(): Map<string, Entry> {
  return processSingleton('cache.catalogPages', () => new Map<string, Entry>());
}

export function rememberPage(path: string, page: MemoPage, now = Date.now()): void {
  const pages = memo();
  pages.delete(path);
  pages.set(path, { html: page.html, hashes: page.hashes, until: now + PAGE_MEMO_MS });
  while (pages.size > MAX_PAGES) pages.delete(pages.keys().next().value!);
}

export function rememberedPage(path: string, now = Date.now()): MemoPage | null {
  const entry = memo().get(path);
  if (!entry) return null;
  if (entry.until <= now) {
    memo().delete(path);
    return null;
  }
  return entry;
}

/** A tag expired in this process: nothing in memory may outlive it. */
export function forgetPages(): void {
  memo().clear();
}
