// The last few seconds of the shared catalog HTML cache, in this process's memory, so the proxy can
// answer a warm page without a trip through the route handler and the data cache
// (docs/adr/0012-cacheable-catalog-html-with-hashed-scripts.md). Filled by app/cached-page; emptied
// by a tag expiry in this process (lib/cache/revalidate.ts). Another instance's expiry reaches this
// one within PAGE_MEMO_MS and one refresh. Where the proxy runs apart from the server (serverless hosts), the memo is
// simply never filled there and every request takes the normal path.
import { processSingleton } from '@/lib/process-singleton';

/**
 * How long a page in memory is fresh; then one refresh reads it from the data cache again while the
 * old copy is still answered. Answering from memory is also what keeps answers small: Next compresses
 * the proxy's answers, never a Route Handler's (it drops Content-Encoding from them,
 * next/dist/server/send-response.js), so only a page's first visit (or the first after a tag expiry)
 * is answered uncompressed.
 */
export const PAGE_MEMO_MS = 30_000;
/** Bounded: one entry per catalog page path; the oldest go first. */
const MAX_PAGES = 500;

export type MemoPage = { html: string; hashes: readonly string[]; link?: string };
type Entry = MemoPage & { until: number; refreshing: boolean };
/** A remembered page, and whether it is past PAGE_MEMO_MS (answer it, and refresh it once). */
export type Remembered = { page: MemoPage; refresh: boolean };

/** Past PAGE_MEMO_MS a page is still answered while one refresh runs, up to this age (the data cache's lifetime). */
const STALE_MS = 300_000;

function memo(): Map<string, Entry> {
  return processSingleton('cache.catalogPages', () => new Map<string, Entry>());
}

export function rememberPage(path: string, page: MemoPage, now = Date.now()): void {
  const pages = memo();
  pages.delete(path);
  pages.set(path, { html: page.html, hashes: page.hashes, link: page.link, until: now + PAGE_MEMO_MS, refreshing: false });
  while (pages.size > MAX_PAGES) pages.delete(pages.keys().next().value!);
}

/**
 * The page in memory: fresh, or stale and due for a refresh (asked of the first caller only, so one
 * refresh runs at a time), or null when there is none or it is too old to answer.
 */
export function rememberedPage(path: string, now = Date.now()): Remembered | null {
  const entry = memo().get(path);
  if (!entry) return null;
  if (entry.until > now) return { page: entry, refresh: false };
  if (entry.until + STALE_MS <= now) {
    memo().delete(path);
    return null;
  }
  const refresh = !entry.refreshing;
  entry.refreshing = true;
  return { page: entry, refresh };
}

/** A tag expired in this process: nothing in memory may outlive it. */
export function forgetPages(): void {
  memo().clear();
}
