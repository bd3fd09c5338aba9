'use client';
// Add to cart: POST /api/cart/line-items {sku, quantity}. The server prices the line; the client
// sends nothing else. Any failure shows the API's error message, or a generic one when the answer
// is not the API's JSON error (e.g. before the cart API exists).
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import { announceCartUpdate } from './cart-events';
import { sessionReady } from './session-store';

type Status = { kind: 'idle' } | { kind: 'adding' } | { kind: 'added' } | { kind: 'error'; message: string };

const MAX_QUANTITY = 10;

async function errorMessage(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    return typeof body?.error?.message === 'string' && body.error.message ? body.error.message : null;
  } catch {
    return null;
  }
}

export function AddToCart({ sku, available, cartHref }: { sku: string; available: boolean; cartHref: string }) {
  const t = useTranslations('AddToCart');
  const [quantity, setQuantity] = useState(1);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const quantityId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!available || status.kind === 'adding') return;
    setStatus({ kind: 'adding' });
    try {
      // The cart is created in the session's market: make sure it is this page's first.
      await sessionReady();
      const response = await fetch('/api/cart/line-items', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ sku, quantity }),
      });
      if (!response.ok) {
        setStatus({ kind: 'error', message: (await errorMessage(response)) ?? t('error') });
        return;
      }
      const cart = (await response.json().catch(() => null)) as { itemCount?: unknown } | null;
      if (typeof cart?.itemCount === 'number') announceCartUpdate(cart.itemCount);
      setStatus({ kind: 'added' });
    } catch {
      setStatus({ kind: 'error', message: t('error') });
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3" data-testid="add-to-cart">
      <div className="flex items-end gap-3">
        <div>
          <label htmlFor={quantityId} className="block text-sm font-medium text-slate-900">
            {t('quantity')}
          </label>
          <select
            id={quantityId}
            value={quantity}
            disabled={!available}
            onChange={(event) => setQuantity(Number(event.target.value))}
            className="mt-1 h-12 rounded-md border border-slate-300 bg-white px-3 text-sm disabled:bg-slate-100 disabled:text-slate-600"
          >
            {Array.from({ length: MAX_QUANTITY }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          disabled={!available || status.kind === 'adding'}
          className="h-12 flex-1 rounded-md bg-slate-900 px-6 text-sm font-semibold text-white hover:bg-slate-700 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-700"
        >
          {!available ? t('soldOut') : status.kind === 'adding' ? t('adding') : t('add')}
        </button>
      </div>
      <div aria-live="polite" role="status" className="min-h-6 text-sm" data-testid="add-to-cart-status">
        {status.kind === 'added' && (
          <p className="text-green-800">
            {t('added')}{' '}
            <Link href={cartHref} className="font-medium underline underline-offset-4">
              {t('viewCart')}
            </Link>
          </p>
        )}
        {status.kind === 'error' && <p className="text-red-700">{status.message}</p>}
      </div>
    </form>
  );
}
