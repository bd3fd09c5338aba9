'use client';
// One cart line: picture, name, unit price, quantity stepper (within lib/shop/cart/limits.ts),
// line total and remove.
import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Price } from '../catalog/price';
import { MAX_LINE_QUANTITY, MIN_LINE_QUANTITY } from '@/lib/shop/cart/limits';
import type { CartLineItem } from '@/lib/types';
import { LineAttributes, LineImage, LineName } from './line-summary';
import { validQuantity } from './quantity';

export function CartLine({
  line,
  locale,
  quantity,
  updating,
  onQuantity,
  onRemove,
}: {
  line: CartLineItem;
  locale: string;
  quantity: number;
  updating: boolean;
  onQuantity: (quantity: number) => void;
  onRemove: () => void;
}) {
  const t = useTranslations('Cart');
  const intlLocale = useLocale();
  const inputId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  /** Why the last typed quantity was not taken (it snaps back to the line's quantity). */
  const [refused, setRefused] = useState<string | null>(null);
  const shown = draft ?? String(quantity);

  function commit() {
    if (draft === null) return;
    const valid = validQuantity(draft);
    setDraft(null);
    if (valid !== null) {
      setRefused(null);
      onQuantity(valid);
      return;
    }
    const typed = Number(draft);
    setRefused(
      Number.isFinite(typed) && typed > MAX_LINE_QUANTITY
        ? t('quantityTooHigh', { max: MAX_LINE_QUANTITY })
        : t('quantityInvalid', { min: MIN_LINE_QUANTITY, max: MAX_LINE_QUANTITY }),
    );
  }

  return (
    <li className="flex gap-4 py-5" data-testid="cart-line" data-sku={line.sku}>
      <LineImage line={line} size={96} />
      <div className="flex min-w-0 flex-1 flex-col gap-3 sm:flex-row sm:justify-between">
        <div className="min-w-0">
          <LineName line={line} locale={locale} />
          <LineAttributes line={line} />
          <p className="mt-1 text-sm text-slate-700">
            <Price
              price={line.unitPrice}
              original={line.originalUnitPrice}
              intlLocale={intlLocale}
              originalLabel={t('originalPrice')}
              text={(price) => t('each', { price })}
              testId="line-unit-price"
            />
          </p>
        </div>
        <div className="flex flex-col items-start gap-2 sm:items-end">
          <div className="flex items-center gap-1">
            <button
              type="button"
              className="h-9 w-9 rounded-md border border-slate-300 text-lg leading-none disabled:text-slate-400"
              aria-label={t('decrease', { name: line.name })}
              disabled={quantity <= MIN_LINE_QUANTITY}
              onClick={() => {
                setRefused(null);
                onQuantity(quantity - 1);
              }}
            >
              −
            </button>
            <label htmlFor={inputId} className="sr-only">
              {t('quantityFor', { name: line.name })}
            </label>
            <input
              id={inputId}
              type="number"
              inputMode="numeric"
              min={MIN_LINE_QUANTITY}
              max={MAX_LINE_QUANTITY}
              value={shown}
              aria-invalid={refused !== null || undefined}
              aria-describedby={refused ? hintId : undefined}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={commit}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  commit();
                }
              }}
              className="h-9 w-16 rounded-md border border-slate-300 px-2 text-center text-sm tabular-nums"
              data-testid="line-quantity"
            />
            <button
              type="button"
              className="h-9 w-9 rounded-md border border-slate-300 text-lg leading-none disabled:text-slate-400"
              aria-label={t('increase', { name: line.name })}
              disabled={quantity >= MAX_LINE_QUANTITY}
              onClick={() => {
                setRefused(null);
                onQuantity(quantity + 1);
              }}
            >
              +
            </button>
          </div>
          {refused ? (
            <p id={hintId} className="max-w-56 text-sm text-red-700 sm:text-right" data-testid="line-quantity-hint">
              {refused}
            </p>
          ) : null}
          <p className={`text-sm font-medium tabular-nums text-slate-900 ${updating ? 'opacity-60' : ''}`} data-testid="line-total">
            <span className="sr-only">{t('lineTotal')}: </span>
            <Price price={line.totalPrice} original={line.originalTotalPrice} intlLocale={intlLocale} originalLabel={t('originalPrice')} />
          </p>
          <button type="button" onClick={onRemove} className="text-sm text-slate-700 underline underline-offset-4 hover:text-slate-900" aria-label={t('remove', { name: line.name })}>
            {t('removeText')}
          </button>
        </div>
      </div>
    </li>
  );
}
