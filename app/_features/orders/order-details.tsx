'use client';
// One order as the shopper sees it: the checkout confirmation and the account's order page. The
// order is read on the server (order-data.ts, with the session cookie) and handed in; nothing here
// computes an amount.
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { AddressView } from '../address/address-view';
import { OrderLines } from './order-lines';
import { formatOrderDate, knownOrderState } from './order-status';
import { Totals } from '../cart/totals';
import type { Order } from '@/lib/types';

export function useOrderStatusLabel(): (status: string | null) => string {
  const t = useTranslations('Order');
  return (status) => {
    const known = knownOrderState(status);
    return known ? t(`states.${known}`) : (status ?? '');
  };
}

export function OrderDetails({ locale, order, variant }: { locale: string; order: Order; variant: 'confirmation' | 'account' }) {
  const t = useTranslations('Order');
  const intlLocale = useLocale();
  const statusLabel = useOrderStatusLabel();
  const number = order.orderNumber ?? order.id;
  const date = formatOrderDate(order.createdAt, intlLocale);
  const thanksRef = useRef<HTMLHeadingElement>(null);
  // After "Place order" the page changes under the shopper's focus: it goes to the thanks heading.
  useEffect(() => {
    if (variant === 'confirmation') thanksRef.current?.focus();
  }, [variant]);
  return (
    <article data-testid="order-details" data-order-id={order.id}>
      {variant === 'confirmation' ? (
        <header className="rounded-lg bg-green-50 p-6">
          <h1 ref={thanksRef} tabIndex={-1} className="text-3xl font-semibold tracking-tight text-slate-900 outline-none">
            {t('thanks')}
          </h1>
          <p className="mt-2 text-slate-700">{order.email ? t('placedWithEmail', { email: order.email }) : t('placed')}</p>
          <p className="mt-3 text-lg text-slate-900">
            {t('orderNumber')}: <strong data-testid="order-number">{number}</strong>
          </p>
        </header>
      ) : (
        <header>
          <p>
            <Link href={`/${locale}/account/orders`} className="text-sm font-medium text-slate-900 underline underline-offset-4">
              {t('backToOrders')}
            </Link>
          </p>
          {/* The account layout's "My account" is the page's h1. */}
          <h2 className="mt-4 text-2xl font-semibold tracking-tight">
            {t('orderHeading')} <span data-testid="order-number">{number}</span>
          </h2>
          <p className="mt-2 text-sm text-slate-700">
            {date ? <span>{t('placedOn', { date })}</span> : null}
            {order.state ? <span data-testid="order-status"> · {statusLabel(order.state)}</span> : null}
          </p>
        </header>
      )}

      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-8">
          <section aria-labelledby="order-items-heading">
            <h2 id="order-items-heading" className="text-lg font-semibold">
              {t('items')}
            </h2>
            <OrderLines lines={order.lineItems} locale={locale} label={t('items')} />
          </section>
          <div className="grid gap-6 sm:grid-cols-3">
            {order.shippingAddress ? (
              <section aria-labelledby="order-shipping-heading">
                <h2 id="order-shipping-heading" className="text-sm font-semibold text-slate-900">
                  {t('shippingAddress')}
                </h2>
                <div className="mt-2">
                  <AddressView address={order.shippingAddress} testId="order-shipping-address" />
                </div>
              </section>
            ) : null}
            <section aria-labelledby="order-billing-heading">
              <h2 id="order-billing-heading" className="text-sm font-semibold text-slate-900">
                {t('billingAddress')}
              </h2>
              <div className="mt-2">
                {order.billingAddress ? <AddressView address={order.billingAddress} /> : <p className="text-sm text-slate-700">{t('sameAsShipping')}</p>}
              </div>
            </section>
            {order.shippingMethod ? (
              <section aria-labelledby="order-method-heading">
                <h2 id="order-method-heading" className="text-sm font-semibold text-slate-900">
                  {t('shippingMethod')}
                </h2>
                <p className="mt-2 text-sm text-slate-700" data-testid="order-shipping-method">
                  {order.shippingMethod.name}
                </p>
              </section>
            ) : null}
          </div>
        </div>
        <aside aria-labelledby="order-summary-heading" className="h-fit rounded-lg bg-slate-50 p-6">
          <h2 id="order-summary-heading" className="text-lg font-semibold">
            {t('summary')}
          </h2>
          {order.discountCodes.length > 0 && (
            <p className="mt-2 text-sm text-slate-700">
              {t('codes')}: {order.discountCodes.map((c) => c.code).join(', ')}
            </p>
          )}
          <div className="mt-4">
            <Totals totals={order} />
          </div>
        </aside>
      </div>
      {variant === 'confirmation' ? (
        <p className="mt-10">
          <Link href={`/${locale}`} className="text-sm font-medium text-slate-900 underline underline-offset-4">
            {t('continueShopping')}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
