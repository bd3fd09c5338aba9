'use client';
// Add to cart (lib/api-client.ts addLineItem): the server prices the line; the client sends the SKU
// and a quantity only. A refusal is worded from its reason in the page's language (out of stock, no
// price here, line full); anything else shows a generic message. A success opens the mini-cart
// drawer with the server's cart answer.
//
// Before hydration the button is disabled (the API takes and answers JSON only, so a plain form
// post could not work without JavaScript), and its name says it is still loading.
//
// On phones the one form is a bar fixed to the bottom of the screen (the button would otherwise sit
// below the fold); from the `sm` breakpoint it sits in the page.
import { useLocale, useTranslations } from 'next-intl';
// The one link here (to the cart, after an add) is the likely next step: prefetching it is wanted.
// eslint-disable-next-line no-restricted-imports
import Link from 'next/link';
import { useId, useRef, useState, type FormEvent } from 'react';
import * as shopApi from '@/lib/api-client';
import { MAX_LINE_QUANTITY, MIN_LINE_QUANTITY } from '@/lib/shop/cart/limits';
import type { Cart } from '@/lib/types';
import { useHydrated } from '../../_ui/use-hydrated';
import { CartDrawer } from '../cart/cart-drawer';
import { announceCartUpdate } from '../cart/cart-events';
import { sessionReady } from '../header/session-store';

type Status = { kind: 'idle' } | { kind: 'adding' } | { kind: 'added' } | { kind: 'error'; message: string };

/** The choices the quantity select offers: a short list for a thumb; the cart page takes up to MAX_LINE_QUANTITY. */
const QUANTITY_CHOICES = Math.min(10, MAX_LINE_QUANTITY);

export function AddToCart({ sku, available, locale }: { sku: string; available: boolean; locale: string }) {
  const t = useTranslations('AddToCart');
  const reasons = useTranslations('ShopErrors');
  const intlLocale = useLocale();
  const hydrated = useHydrated();
  const [quantity, setQuantity] = useState(1);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [drawerCart, setDrawerCart] = useState<Cart | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const quantityId = useId();
  const cartHref = `/${locale}/cart`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!available || !hydrated || status.kind === 'adding') return;
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
      setDrawerCart(result.body);
    } catch {
      setStatus({ kind: 'error', message: t('error') });
    }
  }

  return (
    <form
      onSubmit={submit}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] shadow-[0_-4px_16px_rgb(15_23_42/0.08)] sm:static sm:z-auto sm:border-0 sm:p-0 sm:shadow-none"
      data-testid="add-to-cart"
      data-sticky-buy=""
    >
      <div className="flex items-end gap-3">
        <div>
          {/* In the phone bar the select speaks for itself (its label stays for assistive technology). */}
          <label htmlFor={quantityId} className="block text-sm font-medium text-slate-900 max-sm:sr-only">
            {t('quantity')}
          </label>
          <select
            id={quantityId}
            value={quantity}
            disabled={!available}
            onChange={(event) => setQuantity(Number(event.target.value))}
            className="h-11 rounded-md border border-slate-300 sm:mt-1 sm:h-12 bg-white px-3 text-sm disabled:bg-slate-100 disabled:text-slate-600"
          >
            {Array.from({ length: QUANTITY_CHOICES - MIN_LINE_QUANTITY + 1 }, (_, i) => i + MIN_LINE_QUANTITY).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button
          ref={button}
          type="submit"
          // While adding, aria-disabled rather than disabled: a disabled button drops keyboard focus
          // to <body>; submit() ignores the second press. Before hydration: disabled, and its name
          // says it is still loading.
          disabled={!available || !hydrated}
          aria-label={available && !hydrated ? t('loading') : undefined}
          aria-disabled={status.kind === 'adding' || undefined}
          className="h-11 flex-1 sm:h-12 rounded-md bg-slate-900 px-6 text-sm font-semibold text-white hover:bg-slate-700 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-700 aria-disabled:cursor-progress aria-disabled:bg-slate-700"
        >
          {!available ? t('soldOut') : status.kind === 'adding' ? t('adding') : t('add')}
        </button>
      </div>
      <div aria-live="polite" role="status" className="text-sm sm:mt-3 sm:min-h-6" data-testid="add-to-cart-status">
        {status.kind === 'added' && (
          <p className="mt-2 text-green-800 sm:mt-0">
            {t('added')}{' '}
            <Link href={cartHref} className="font-medium underline underline-offset-4">
              {t('viewCart')}
            </Link>
          </p>
        )}
        {status.kind === 'error' && <p className="mt-2 text-red-700 sm:mt-0">{status.message}</p>}
      </div>
      <CartDrawer cart={drawerCart} locale={locale} intlLocale={intlLocale} opener={button} onClose={() => setDrawerCart(null)} />
    </form>
  );
}
