import 'server-only';
// How much of the data cache anonymous requests may fill. Next's cache (on disk or a platform's)
// has no size bound of its own, and search text, filter combinations and page numbers multiply:
// beyond a budget of distinct entries per hour and process, a read goes straight to commercetools,
// uncached. Keys admitted once stay admitted for the hour, so popular reads keep hitting the cache.
import { processSingleton } from '@/lib/process-singleton';

/** Distinct uncommon catalog reads (searches, filter combinations, deep pages) cached per hour. */
export const CACHE_ADMISSIONS_PER_HOUR = 2_000;

export class CacheAdmission {
  private admitted = new Set<string>();
  private windowStart: number;

  constructor(
    private readonly budget: number = CACHE_ADMISSIONS_PER_HOUR,
    private readonly windowMs: number = 3_600_000,
    private readonly now: () => number = Date.now,
  ) {
    this.windowStart = now();
  }

  /** Whether `key` may be cached: already admitted this hour, or room left in the budget. */
  admit(key: string): boolean {
    if (this.now() - this.windowStart >= this.windowMs) {
      this.admitted = new Set();
      this.windowStart = this.now();
    }
    if (this.admitted.has(key)) return true;
    if (this.admitted.size >= this.budget) return false;
    this.admitted.add(key);
    return true;
  }
}

export function catalogCacheAdmission(): CacheAdmission {
  return processSingleton('cache.admission', () => new CacheAdmission());
}
