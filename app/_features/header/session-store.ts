'use client';
// The shopper's session as the header shows it (cart item count, signed in or not), read once from
// GET /api/session and shared by the mini-cart and the account link. Cart changes announce the new
// count (cart-events.ts); sign-in and sign-out load the whole page anew, which reads it again.
import { useEffect, useSyncExternalStore } from 'react';
import * as shopApi from '@/lib/api-client';
import { isMarketLocale } from '@/lib/markets';
import type { CartSummary, SessionView } from '@/lib/types';
import { CART_UPDATED_EVENT, type CartUpdatedDetail } from '../cart/cart-events';

export type HeaderSession = { itemCount: number; signedIn: boolean };

type State = { status: 'unknown' } | { status: 'known'; session: HeaderSession };

let state: State = { status: 'unknown' };
let inFlight: Promise<void> | null = null;
let loadedOnce = false;
/** Bumped by every announced cart change, so a session read that started earlier keeps the newer count. */
let cartChanges = 0;
const listeners = new Set<() => void>();

function emit(next: State) {
  state = next;
  for (const listener of listeners) listener();
}

const itemCountOf = (cart: CartSummary | null) => cart?.itemCount ?? 0;

function headerSession(view: SessionView): HeaderSession {
  return { itemCount: itemCountOf(view.cart), signedIn: view.customer !== null };
}

/** Reads the session; concurrent callers share one request. */
function refreshSession(): Promise<void> {
  loadedOnce = true;
  const changesAtStart = cartChanges;
  inFlight ??= shopApi
    .getSession()
    .then(async (result) => {
      if (!result.ok) return;
      const session = headerSession(result.body);
      // The page's market is its path; carts are created in the session's market. A shopper who
      // arrives on another market's URL gets the session (and any cart) moved to it first.
      const pathLocale = window.location.pathname.split('/')[1];
      if (isMarketLocale(pathLocale) && result.body.market.locale !== pathLocale) {
        const moved = await shopApi.setMarket(pathLocale);
        if (moved.ok) session.itemCount = itemCountOf(moved.body.cart);
      }
      if (cartChanges !== changesAtStart && state.status === 'known') session.itemCount = state.session.itemCount;
      emit({ status: 'known', session });
    })
    .catch(() => {
      // No count is shown when the session cannot be read; the links still work.
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/**
 * Resolves once the session's market is the page's: cart changes wait for it, so the first add on
 * a /de-de page creates a EUR cart even if the shopper never used the market switcher.
 */
export function sessionReady(): Promise<void> {
  return loadedOnce && !inFlight ? Promise.resolve() : refreshSession();
}

function onCartUpdated(event: Event) {
  const detail = (event as CustomEvent<CartUpdatedDetail>).detail;
  if (typeof detail?.itemCount !== 'number') return;
  cartChanges += 1;
  const signedIn = state.status === 'known' ? state.session.signedIn : false;
  emit({ status: 'known', session: { itemCount: detail.itemCount, signedIn } });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener(CART_UPDATED_EVENT, onCartUpdated);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener(CART_UPDATED_EVENT, onCartUpdated);
  };
}

const getSnapshot = () => state;
/** Server HTML and the first client render agree: nothing is known before the browser asked. */
const serverState: State = { status: 'unknown' };

/** The header session; null until the first read answered. Loads it on first use. */
export function useHeaderSession(): HeaderSession | null {
  const current = useSyncExternalStore(subscribe, getSnapshot, () => serverState);
  useEffect(() => {
    if (!loadedOnce) void refreshSession();
  }, []);
  return current.status === 'known' ? current.session : null;
}
