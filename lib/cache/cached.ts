import 'server-only';
// Wraps a catalog read in Next's data cache with the tags and lifetime from the manifest. Failed
// reads are never cached (the wrapper throws them out of the cache and returns them uncached).
import { unstable_cache } from 'next/cache';
import { serverEnv } from '@/lib/env';
import type { CacheEntry } from './manifest';

class UncacheableResult extends Error {
  constructor(readonly result: unknown) {
    super('uncacheable result');
  }
}

/** Any read that answers a result (lib/commercetools/result.ts CtResult); only `ok` ones are kept. */
type Result = { ok: boolean };

export function cached<Args extends unknown[], R extends Result>(
  keyPrefix: string,
  entry: CacheEntry,
  read: (...args: Args) => Promise<R>,
): (...args: Args) => Promise<R> {
  // Outside a Next server (unit and integration tests call lib code directly) there is no data
  // cache to use; reads go straight through.
  if (!process.env.NEXT_RUNTIME) return read;
  const cachedRead = unstable_cache(
    async (...args: Args) => {
      const result = await read(...args);
      if (!result.ok) throw new UncacheableResult(result);
      return result;
    },
    // The project is part of every key: a cache directory reused against another project (or a
    // re-seeded local backend with new ids) must never serve the old project's data.
    [keyPrefix, serverEnv().CTP_API_URL, serverEnv().CTP_PROJECT_KEY],
    { tags: [...entry.tags], revalidate: entry.revalidate },
  );
  // Concurrent misses for the same key (the header, the page and the footer all asking for the
  // category tree on a cold cache, or many shoppers at once) share one upstream read.
  const inFlight = new Map<string, Promise<R>>();
  return (...args: Args) => {
    const key = JSON.stringify(args);
    let pending = inFlight.get(key);
    if (!pending) {
      pending = cachedRead(...args)
        .catch((error: unknown) => {
          if (error instanceof UncacheableResult) return error.result as R;
          throw error;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  };
}
