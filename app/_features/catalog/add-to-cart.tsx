'use client';
// Add to cart (lib/api-client.ts addLineItem): the server prices the line; the client sends the SKU
// and a quantity only. A refusal is worded from its reason in the page's language (out of stock, no
// price here, line full); anything else shows a generic message.
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import * as shopApi from '@/lib/api-client';
import { MAX_LINE_QUANTITY, MIN_LINE_QUANTITY } from '@/lib/shop/cart/limits';
import { announceCartUpdate } from '../cart/cart-events';
import { sessionReady } from '../header/session-store';

type Status = { kind: 'idle' } | { kind: 'adding' } | { kind: 'added' } | { kind: 'error'; message: string };

/** The choices the quantity select offers: a short list for a thumb; the cart page takes up to MAX_LINE_QUANTITY. */
const QUANTITY_CHOICES = Math.min(10, MAX_LINE_QUANTITY);

export function AddToCart({ sku, available, cartHref }: { sku: string; available: boolean; cartHref: string }) {
  const t = useTranslations('AddToCart');
  const reasons = useTranslations('ShopErrors');
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
      const result = await shopApi.addLineItem(sku, quantity);
      if (!result.ok) {
        const known = result.reason && reasons.has(result.reason as never);
        setStatus({ kind: 'error', message: known ? reasons(result.reason as never, (result.params ?? {}) as never) : t('error') });
        return;
      }
      announceCartUpdate(result.body.itemCount);
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
            {Array.from({ length: QUANTITY_CHOICES - MIN_LINE_QUANTITY + 1 }, (_, i) => i + MIN_LINE_QUANTITY).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          // While adding, aria-disabled rather than disabled: a disabled button drops keyboard focus
          // to <body>; submit() ignores the second press.
          disabled={!available}
          aria-disabled={status.kind === 'adding' || undefined}
          className="h-12 flex-1 rounded-md bg-slate-900 px-6 text-sm font-semibold text-white hover:bg-slate-700 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-700 aria-disabled:cursor-progress aria-disabled:bg-slate-700"
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
