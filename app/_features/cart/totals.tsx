'use client';
// Subtotal, discount, shipping, tax and total exactly as the API sent them: formatted, never
// computed. A value the server has not decided yet (shipping before an address) says so.
import { useLocale, useTranslations } from 'next-intl';
import { formatMoney } from '@/lib/format';
import type { Money } from '@/lib/types';

export type TotalsData = {
  subtotal: Money | null;
  discount: Money | null;
  shipping: Money | null;
  tax: Money | null;
  total: Money | null;
};

export function Totals({ totals, busy = false, pendingLabel }: { totals: TotalsData; busy?: boolean; pendingLabel?: string }) {
  const t = useTranslations('Totals');
  const locale = useLocale();
  const money = (value: Money) => formatMoney(value, locale);
  const later = pendingLabel ?? t('later');
  const rows: Array<{ key: keyof TotalsData; label: string; value: string; strong?: boolean }> = [
    { key: 'subtotal', label: t('subtotal'), value: totals.subtotal ? money(totals.subtotal) : later },
  ];
  if (totals.discount && totals.discount.centAmount !== 0) {
    const value = totals.discount.centAmount > 0 ? `−${money(totals.discount)}` : money(totals.discount);
    rows.push({ key: 'discount', label: t('discount'), value });
  }
  rows.push({ key: 'shipping', label: t('shipping'), value: totals.shipping ? money(totals.shipping) : later });
  rows.push({ key: 'tax', label: t('tax'), value: totals.tax ? money(totals.tax) : later });
  rows.push({ key: 'total', label: t('total'), value: totals.total ? money(totals.total) : later, strong: true });

  return (
    <dl className={`space-y-2 text-sm transition-opacity ${busy ? 'opacity-60' : ''}`} aria-busy={busy || undefined} data-testid="totals">
      {rows.map((row) => (
        <div
          key={row.key}
          className={`flex items-baseline justify-between gap-4 ${row.strong ? 'border-t border-slate-200 pt-3 text-base font-semibold text-slate-900' : 'text-slate-700'}`}
        >
          <dt>{row.label}</dt>
          <dd className="tabular-nums" data-testid={`total-${row.key}`}>
            {row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
