// What this server instance last saw of a cart, per exact version: ownership fields, lines and codes.
// commercetools versions are immutable snapshots (any change makes a new version), so an entry for
// `id@version` is always accurate. It lets a cart mutation check ownership and the cart limits and
// then send exactly one versioned update, without reading the cart first; when the cart moved on, the
// update fails with 409 and the caller re-reads. A miss (another instance, a restart, eviction) costs
// one read. Process-wide (lib/process-singleton.ts), because Next bundles each Route Handler separately.
import { processSingleton } from '@/lib/process-singleton';


export type CartSnapshot = {
  id: string;
  version: number;
  cartState: string;
  customerId?: string;
  anonymousId?: string;
  currency: string;
  country?: string;
  lines: Array<{ id: string; sku: string; quantity: number }>;
  discountCodeIds: string[];
  hasShippingAddress: boolean;
};

/** Plenty for one instance's active shoppers; an entry is a few hundred bytes. */
const MAX_ENTRIES = 5_000;

class SnapshotCache {
  // Map keeps insertion order: the first key is the least recently stored.
  private readonly entries = new Map<string, CartSnapshot>();

  private static key(scope: string, id: string, version: number): string {
    return `${scope}|${id}@${version}`;
  }

  get(scope: string, id: string, version: number): CartSnapshot | undefined {
    return this.entries.get(SnapshotCache.key(scope, id, version));
  }

  put(scope: string, snapshot: CartSnapshot): void {
    const key = SnapshotCache.key(scope, snapshot.id, snapshot.version);
    this.entries.delete(key);
    this.entries.set(key, snapshot);
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}

export function cartSnapshots(): SnapshotCache {
  return processSingleton('cart.snapshots', () => new SnapshotCache());
}
