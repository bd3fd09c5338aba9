'use client';
// The shopper's wishlist as the hearts show it, read once per page from GET /api/wishlist and shared
// by every heart on the page (a listing has dozens): catalog pages are shared HTML, so which
// products are saved is only ever known in the browser. A change answers the whole list, which
// replaces the store's copy; the wishlist page feeds its own changes in too.
import { useEffect, useSyncExternalStore } from 'react';
import * as shopApi from '@/lib/api-client';
import type { Wishlist, WishlistItem } from '@/lib/types';
import { sessionReady } from '../header/session-store';

export type SavedItem = Pick<WishlistItem, 'id' | 'productId' | 'variantId' | 'sku'>;
export type WishlistState = { status: 'unknown' } | { status: 'failed' } | { status: 'known'; enabled: boolean; items: SavedItem[] };

let state: WishlistState = { status: 'unknown' };
let inFlight: Promise<void> | null = null;
const listeners = new Set<() => void>();

function emit(next: WishlistState) {
  state = next;
  for (const listener of listeners) listener();
}

/** Takes a list the API answered as the store's state. */
export function acceptWishlist(list: Wishlist): void {
  emit({ status: 'known', enabled: list.enabled, items: list.items.map(({ id, productId, variantId, sku }) => ({ id, productId, variantId, sku })) });
}

function load(): Promise<void> {
  inFlight ??= shopApi
    .getWishlist()
    .then((result) => (result.ok ? acceptWishlist(result.body) : emit({ status: 'failed' })))
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/** What a heart stands for: a product (any of its variants, on cards) or one variant (by SKU). */
export type HeartTarget = { productId: string; sku?: string };

export function savedLines(items: SavedItem[], target: HeartTarget): SavedItem[] {
  return items.filter((item) => item.productId === target.productId && (target.sku === undefined || item.sku === target.sku));
}

/**
 * Saves the target, or removes every line it stands for. Resolves to false when the API refused;
 * the store then keeps the list as it was.
 */
export async function toggleSaved(target: HeartTarget): Promise<boolean> {
  // Cookie writes wait for the session's market move (session-store.ts), like add to cart.
  await sessionReady();
  const current = state.status === 'known' ? savedLines(state.items, target) : [];
  if (current.length === 0) {
    const result = await shopApi.addWishlistItem(target.sku !== undefined ? { sku: target.sku } : { productId: target.productId });
    if (result.ok) acceptWishlist(result.body);
    return result.ok;
  }
  for (const line of current) {
    const result = await shopApi.removeWishlistItem(line.id);
    if (!result.ok) {
      void load();
      return false;
    }
    acceptWishlist(result.body);
  }
  return true;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getSnapshot = () => state;
/** Server HTML and the first client render agree: nothing is known before the browser asked. */
const serverState: WishlistState = { status: 'unknown' };

/** The wishlist store; loads it on first use (once per page, whatever the number of hearts). */
export function useWishlistStore(): WishlistState {
  const current = useSyncExternalStore(subscribe, getSnapshot, () => serverState);
  useEffect(() => {
    if (state.status === 'unknown') void load();
  }, []);
  return current;
}
