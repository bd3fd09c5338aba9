'use client';
// The mini-cart drawer shown after add to cart: the server's cart answer (lines, subtotal), with
// "View cart" and "Checkout". A native modal <dialog>: showModal() moves focus into it and keeps it
// there, Escape closes it; on close, focus goes back to the control that opened it.
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useRef, type RefObject } from 'react';
import type { Cart } from '@/lib/types';
import { Price } from '../catalog/price';
import { LineImage } from './line-summary';

export function CartDrawer({
  cart,
  locale,
  intlLocale,
  opener,
  onClose,
}: {
  /** The cart to show; null: closed. */
  cart: Cart | null;
  locale: string;
  intlLocale: string;
  opener: RefObject<HTMLElement | null>;
  onClose: () => void;
}) {
  const t = useTranslations('AddToCart');
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (cart && element && !element.open) element.showModal();
  }, [cart]);

  function close() {
    dialog.current?.close();
  }

  return (
    <dialog
      ref={dialog}
      className="drawer w-full max-w-sm bg-white p-0 text-slate-900 shadow-xl"
      aria-labelledby="cart-drawer-title"
      data-testid="cart-drawer"
      onClose={() => {
        onClose();
        opener.current?.focus();
      }}
      // A click on the backdrop (the dialog box itself, outside its content) closes it.
      onClick={(event) => {
        if (event.target === event.currentTarget) close();
      }}
    >
      {cart ? (
        <div className="flex h-full flex-col">
          <div className="flex items-center justify-between border-b border-slate-200 px-5 py-4">
            <h2 id="cart-drawer-title" className="text-lg font-semibold">
              {t('drawerTitle')}
            </h2>
            <button
              type="button"
              onClick={close}
              className="rounded-md p-2 text-slate-700 hover:bg-slate-100"
              aria-label={t('close')}
              data-testid="cart-drawer-close"
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
                <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
              </svg>
            </button>
          </div>
          <ul className="flex-1 divide-y divide-slate-200 overflow-y-auto px-5" data-testid="cart-drawer-lines">
            {cart.lineItems.map((line) => (
              <li key={line.id} className="flex gap-3 py-4" data-testid="cart-drawer-line">
                <LineImage line={line} size={64} />
                <div className="min-w-0 flex-1 text-sm">
                  <p className="font-medium">{line.name}</p>
                  <p className="mt-0.5 text-slate-600">{t('lineQuantity', { count: line.quantity })}</p>
                </div>
                <p className="text-right text-sm tabular-nums">
                  <Price price={line.totalPrice} original={line.originalTotalPrice} intlLocale={intlLocale} originalLabel={t('originalPrice')} />
                </p>
              </li>
            ))}
          </ul>
          <div className="border-t border-slate-200 px-5 py-4">
            <p className="flex justify-between text-sm font-medium">
              <span>{t('subtotal')}</span>
              <span className="tabular-nums" data-testid="cart-drawer-subtotal">
                <Price price={cart.subtotal} original={null} intlLocale={intlLocale} originalLabel={t('originalPrice')} />
              </span>
            </p>
            <div className="mt-4 grid grid-cols-2 gap-3">
              <Link
                href={`/${locale}/cart`}
                className="inline-flex h-11 items-center justify-center rounded-md border border-slate-300 text-sm font-semibold hover:bg-slate-50"
              >
                {t('viewCart')}
              </Link>
              <Link
                href={`/${locale}/checkout`}
                className="inline-flex h-11 items-center justify-center rounded-md bg-slate-900 text-sm font-semibold text-white hover:bg-slate-700"
              >
                {t('checkout')}
              </Link>
            </div>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
