'use client';
import { useSyncExternalStore, type ReactNode } from 'react';

const subscribe = () => () => {};

/** False while server-rendered HTML is shown, true once React runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * `before` in the server's HTML and until React runs, then `children`. Only this small component
 * renders again when the page hydrates, not the (possibly large) one around it.
 */
export function WhenHydrated({ before, children }: { before: ReactNode; children: ReactNode }) {
  return useHydrated() ? children : before;
}
