'use client';
// The heart on a product card (the product, any variant) and on the product page (the chosen
// variant). Hidden until the shared store (./wishlist-store.ts) knows the wishlist, and when the shop
// has none (its API client lacks manage_shopping_lists). One label, its state in aria-pressed; the
// outcome is announced politely.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { savedLines, toggleSaved, useWishlistStore, type HeartTarget } from './wishlist-store';

type Props = HeartTarget & { name: string; className?: string };

export function WishlistToggle({ productId, sku, name, className = '' }: Props) {
  const t = useTranslations('Wishlist');
  const store = useWishlistStore();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  if (store.status !== 'known' || !store.enabled) return null;
  const saved = savedLines(store.items, { productId, sku }).length > 0;

  async function toggle() {
    if (busy) return;
    setBusy(true);
    setStatus('');
    const ok = await toggleSaved({ productId, sku }).catch(() => false);
    setStatus(ok ? t(saved ? 'removed' : 'saved') : t('error'));
    setBusy(false);
  }

  return (
    <span className={className}>
      <button
        type="button"
        onClick={toggle}
        aria-pressed={saved}
        aria-busy={busy}
        aria-label={t('save', { name })}
        data-testid="wishlist-toggle"
        className="flex h-11 w-11 items-center justify-center rounded-full bg-white/95 text-slate-900 shadow-sm ring-1 ring-slate-200 transition hover:bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className={`h-5 w-5 ${saved ? 'fill-rose-600 stroke-rose-600' : 'fill-none stroke-current'}`} strokeWidth="2">
          <path d="M12 20.5s-7.5-4.6-9.3-9.2C1.4 8 3.4 4.5 7 4.5c2 0 3.4 1.1 5 3 1.6-1.9 3-3 5-3 3.6 0 5.6 3.5 4.3 6.8-1.8 4.6-9.3 9.2-9.3 9.2z" strokeLinejoin="round" />
        </svg>
      </button>
      <span role="status" className="sr-only">
        {status}
      </span>
    </span>
  );
}
