'use client';
// A compact, read-only list of lines (checkout review, confirmation, order details).
import { useLocale, useTranslations } from 'next-intl';
import { formatMoney } from '@/lib/format';
import { LineAttributes, LineImage, LineName } from '../cart/line-summary';
import type { CartLineItem } from '@/lib/types';

export function OrderLines({ lines, locale, label }: { lines: CartLineItem[]; locale: string; label: string }) {
  const t = useTranslations('Order');
  const intlLocale = useLocale();
  return (
    <ul className="divide-y divide-slate-200" aria-label={label} data-testid="order-lines">
      {lines.map((line) => (
        <li key={line.id} className="flex gap-4 py-4" data-testid="order-line" data-sku={line.sku}>
          <LineImage line={line} size={64} />
          <div className="flex min-w-0 flex-1 justify-between gap-4">
            <div className="min-w-0">
              <LineName line={line} locale={locale} />
              <LineAttributes line={line} />
              <p className="mt-1 text-sm text-slate-700" data-testid="order-line-quantity">
                {t('quantityTimesPrice', { quantity: line.quantity, price: formatMoney(line.unitPrice, intlLocale) })}
              </p>
            </div>
            <p className="shrink-0 text-sm font-medium tabular-nums text-slate-900">
              <span className="sr-only">{t('lineTotal')}: </span>
              {formatMoney(line.totalPrice, intlLocale)}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
