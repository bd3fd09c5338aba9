'use client';
// The order summary: item count, discount codes and the cart's totals. Beside the steps on wide
// screens; on narrow ones a collapsible <details> above them whose summary line carries the total,
// so the amount is visible without scrolling past the form. Only one of the two is rendered (the
// totals' test ids stay unique). While a method is chosen but not yet saved (step 2), its price
// (the one the option shows, for this cart) is the shipping row, and the total waits for the cart
// that includes it.
import { useLocale, useTranslations } from 'next-intl';
import { formatMoney } from '@/lib/format';
import type { Cart, Money } from '@/lib/types';
import { useMediaQuery } from '../../_ui/use-media-query';
import { Totals } from '../cart/totals';

/** Tailwind's `lg` breakpoint, where the summary moves beside the steps. */
const WIDE = '(min-width: 64rem)';

export function CheckoutSummary({ cart, shippingPreview }: { cart: Cart; shippingPreview: Money | null }) {
  const t = useTranslations('Checkout');
  const tc = useTranslations('Cart');
  const ta = useTranslations('Address');
  const locale = useLocale();
  const wide = useMediaQuery(WIDE);
  const totals = shippingPreview ? { ...cart, shipping: shippingPreview, total: null } : cart;
  const details = (
    <>
      {cart.discountCodes.length > 0 && (
        <p className="mt-2 text-sm text-slate-700">
          {t('codes')}: {cart.discountCodes.map((c) => c.code).join(', ')}
        </p>
      )}
      <div className="mt-4">
        <Totals totals={totals} pendingLabel={ta('notYet')} />
      </div>
    </>
  );

  if (wide) {
    return (
      <aside aria-labelledby="checkout-summary-heading" className="h-fit rounded-lg bg-slate-50 p-6">
        <h2 id="checkout-summary-heading" className="text-lg font-semibold">
          {tc('summary')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{tc('itemCount', { count: cart.itemCount })}</p>
        {details}
      </aside>
    );
  }

  return (
    <details className="group order-first rounded-lg bg-slate-50" data-testid="checkout-summary-mobile">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-4 rounded-lg p-4 [&::-webkit-details-marker]:hidden">
        <span className="flex items-center gap-2 text-sm font-medium text-slate-900">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 transition-transform group-open:rotate-180 motion-reduce:transition-none" fill="currentColor">
            <path fillRule="evenodd" d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.06l3.71-3.83a.75.75 0 1 1 1.08 1.04l-4.25 4.39a.75.75 0 0 1-1.08 0L5.21 8.27a.75.75 0 0 1 .02-1.06Z" clipRule="evenodd" />
          </svg>
          {tc('summary')} ({tc('itemCount', { count: cart.itemCount })})
        </span>
        <span className="text-base font-semibold tabular-nums text-slate-900" data-testid="summary-total">
          <span className="sr-only">{t('summaryTotal')}: </span>
          {totals.total ? formatMoney(totals.total, locale) : ta('notYet')}
        </span>
      </summary>
      <div className="border-t border-slate-200 px-4 pb-4">
        <ul className="mt-3 space-y-2 text-sm text-slate-700" aria-label={t('summaryItems')}>
          {cart.lineItems.map((line) => (
            <li key={line.id} className="flex justify-between gap-4">
              <span>
                {line.name} <span className="text-slate-600">× {line.quantity}</span>
              </span>
              <span className="tabular-nums">{formatMoney(line.totalPrice, locale)}</span>
            </li>
          ))}
        </ul>
        {details}
      </div>
    </details>
  );
}
