'use client';
// The cart page. Everything shown comes from the cart API: quantity changes show at once
// (optimistic) with the totals marked as updating, and the server's answer then replaces the whole
// cart. Mutations run one after another, so the last answer is the cart's current state.
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatMoney } from '@/lib/format';
import { announceCartUpdate } from './cart-events';
import * as shopApi from '@/lib/api-client';
import type { ApiFailure, ApiResult } from '@/lib/api-client';
import { Notice, primaryButton, secondaryButton, TextField } from '../../_ui/form-controls';
import { LineAttributes, LineImage, LineName } from './line-summary';
import { MAX_LINE_QUANTITY, MIN_LINE_QUANTITY } from '@/lib/shop/cart/limits';
import { validQuantity } from './quantity';
import { Totals } from './totals';
import type { Cart, CartLineItem } from '@/lib/types';
import { useErrorText } from '../../_ui/use-error-text';

type Message = { tone: 'error' | 'success' | 'info'; text: string } | null;

export function CartPage({ locale }: { locale: string }) {
  const t = useTranslations('Cart');
  const intlLocale = useLocale();
  const errorText = useErrorText();
  const [cart, setCart] = useState<Cart | null>(null);
  const [loadFailed, setLoadFailed] = useState<ApiFailure | null>(null);
  /** Quantities shown before the server answered, per line id (0 = being removed). */
  const [optimistic, setOptimistic] = useState<Record<string, number>>({});
  const [pending, setPending] = useState(0);
  const [message, setMessage] = useState<Message>(null);
  const [status, setStatus] = useState('');
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pendingCount = useRef(0);

  const accept = useCallback((next: Cart) => {
    setCart(next);
    announceCartUpdate(next.itemCount);
    return next;
  }, []);

  const loaded = useCallback(
    (result: ApiResult<Cart>) => {
      if (result.ok) {
        setLoadFailed(null);
        return accept(result.body);
      }
      setLoadFailed(result);
      return null;
    },
    [accept],
  );

  const load = useCallback(async () => loaded(await shopApi.getCart()), [loaded]);

  useEffect(() => {
    // The cart is per shopper and per request: it is read in the browser, with the session cookie.
    const controller = new AbortController();
    shopApi.getCart(controller.signal)
      .then(loaded)
      .catch(() => undefined);
    return () => controller.abort();
  }, [loaded]);

  /**
   * Runs a cart mutation after the ones before it. The answer becomes the cart once nothing else
   * is queued; a 409 (the cart changed elsewhere) reloads it and says so; other failures reload it
   * too, so an optimistic change never outlives a refusal.
   */
  const mutate = useCallback(
    (request: () => Promise<ApiResult<Cart>>, options: { success?: string; onFailure?: (failure: ApiFailure) => boolean } = {}) => {
      pendingCount.current += 1;
      setPending((n) => n + 1);
      const run = queue.current.then(async () => {
        let result: ApiResult<Cart> | null = null;
        try {
          result = await request();
        } finally {
          pendingCount.current -= 1;
          if (!result) setPending((n) => n - 1);
        }
        const last = pendingCount.current === 0;
        try {
          if (result.ok) {
            if (last) {
              const next = accept(result.body);
              setOptimistic({});
              setStatus(next.total ? t('updatedWithTotal', { total: formatMoney(next.total, intlLocale) }) : t('updated'));
            }
            if (options.success) setMessage({ tone: 'success', text: options.success });
          } else {
            const handled = options.onFailure?.(result) ?? false;
            if (result.status === 409) setMessage({ tone: 'error', text: t('changed') });
            else if (!handled) setMessage({ tone: 'error', text: errorText(result) });
            if (last) {
              await load();
              setOptimistic({});
            }
          }
        } finally {
          setPending((n) => n - 1);
        }
        return result;
      });
      queue.current = run.catch(() => undefined);
      return run;
    },
    [accept, errorText, intlLocale, load, t],
  );

  function changeQuantity(line: CartLineItem, quantity: number) {
    const valid = validQuantity(quantity);
    if (valid === null || valid === (optimistic[line.id] ?? line.quantity)) return;
    setMessage(null);
    setOptimistic((current) => ({ ...current, [line.id]: valid }));
    void mutate(() => shopApi.changeLineItemQuantity(line.id, valid));
  }

  function removeLine(line: CartLineItem) {
    setMessage(null);
    setOptimistic((current) => ({ ...current, [line.id]: 0 }));
    void mutate(() => shopApi.removeLineItem(line.id), { success: t('removed', { name: line.name }) });
  }

  if (cart === null) {
    if (loadFailed) {
      return (
        <div className="space-y-4">
          <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
          <Notice tone="error" testId="cart-error">
            {errorText(loadFailed)}
          </Notice>
          <button type="button" className={secondaryButton} onClick={() => void load()}>
            {t('retry')}
          </button>
        </div>
      );
    }
    return <CartSkeleton label={t('loading')} />;
  }

  const visibleLines = cart.lineItems.filter((line) => optimistic[line.id] !== 0);
  const busy = pending > 0;

  return (
    <div>
      <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
      <div aria-live="polite" role="status" className="sr-only" data-testid="cart-status">
        {status}
      </div>
      {message ? (
        <div className="mt-4">
          <Notice tone={message.tone} testId="cart-message">
            {message.text}
          </Notice>
        </div>
      ) : null}
      {visibleLines.length === 0 && !busy ? (
        <div className="mt-8 rounded-lg border border-slate-200 p-8 text-center" data-testid="cart-empty">
          <p className="text-lg font-medium text-slate-900">{t('empty')}</p>
          <p className="mt-2 text-slate-600">{t('emptyHint')}</p>
          <Link href={`/${locale}`} className={`${primaryButton} mt-6`}>
            {t('continueShopping')}
          </Link>
        </div>
      ) : (
        <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
          <section aria-labelledby="cart-lines-heading">
            <h2 id="cart-lines-heading" className="sr-only">
              {t('linesHeading', { count: cart.itemCount })}
            </h2>
            <ul className="divide-y divide-slate-200 border-y border-slate-200" data-testid="cart-lines">
              {visibleLines.map((line) => (
                <CartLine
                  key={line.id}
                  line={line}
                  locale={locale}
                  quantity={optimistic[line.id] ?? line.quantity}
                  updating={line.id in optimistic}
                  onQuantity={(q) => changeQuantity(line, q)}
                  onRemove={() => removeLine(line)}
                />
              ))}
            </ul>
            <p className="mt-4">
              <Link href={`/${locale}`} className="text-sm font-medium text-slate-900 underline underline-offset-4">
                {t('continueShopping')}
              </Link>
            </p>
          </section>
          <aside aria-labelledby="cart-summary-heading" className="h-fit rounded-lg bg-slate-50 p-6">
            <h2 id="cart-summary-heading" className="text-lg font-semibold">
              {t('summary')}
            </h2>
            <div className="mt-4">
              <DiscountCodes cart={cart} mutate={mutate} />
            </div>
            <div className="mt-6">
              <Totals totals={cart} busy={busy} />
            </div>
            <Link
              href={`/${locale}/checkout`}
              aria-disabled={busy || undefined}
              onClick={(event) => {
                if (busy) event.preventDefault();
              }}
              className={`${primaryButton} mt-6 w-full ${busy ? 'pointer-events-none bg-slate-300 text-slate-700' : ''}`}
              data-testid="checkout-link"
            >
              {t('checkout')}
            </Link>
          </aside>
        </div>
      )}
    </div>
  );
}

function CartLine({
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
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? String(quantity);

  function commit() {
    if (draft === null) return;
    const valid = validQuantity(draft);
    setDraft(null);
    if (valid !== null) onQuantity(valid);
  }

  return (
    <li className="flex gap-4 py-5" data-testid="cart-line" data-sku={line.sku}>
      <LineImage line={line} size={96} />
      <div className="flex min-w-0 flex-1 flex-col gap-3 sm:flex-row sm:justify-between">
        <div className="min-w-0">
          <LineName line={line} locale={locale} />
          <LineAttributes line={line} />
          <p className="mt-1 text-sm text-slate-700" data-testid="line-unit-price">
            {t('each', { price: formatMoney(line.unitPrice, intlLocale) })}
          </p>
        </div>
        <div className="flex flex-col items-start gap-2 sm:items-end">
          <div className="flex items-center gap-1">
            <button
              type="button"
              className="h-9 w-9 rounded-md border border-slate-300 text-lg leading-none disabled:text-slate-400"
              aria-label={t('decrease', { name: line.name })}
              disabled={quantity <= MIN_LINE_QUANTITY}
              onClick={() => onQuantity(quantity - 1)}
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
              onClick={() => onQuantity(quantity + 1)}
            >
              +
            </button>
          </div>
          <p className={`text-sm font-medium tabular-nums text-slate-900 ${updating ? 'opacity-60' : ''}`} data-testid="line-total">
            <span className="sr-only">{t('lineTotal')}: </span>
            {formatMoney(line.totalPrice, intlLocale)}
          </p>
          <button type="button" onClick={onRemove} className="text-sm text-slate-700 underline underline-offset-4 hover:text-slate-900" aria-label={t('remove', { name: line.name })}>
            {t('removeText')}
          </button>
        </div>
      </div>
    </li>
  );
}

function DiscountCodes({
  cart,
  mutate,
}: {
  cart: Cart;
  mutate: (request: () => Promise<ApiResult<Cart>>, options?: { success?: string; onFailure?: (failure: ApiFailure) => boolean }) => Promise<ApiResult<Cart>>;
}) {
  const t = useTranslations('Cart');
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [applying, setApplying] = useState(false);

  async function apply(event: FormEvent) {
    event.preventDefault();
    const trimmed = code.trim();
    if (!trimmed || applying) return;
    setApplying(true);
    setError(undefined);
    const result = await mutate(() => shopApi.addDiscountCode(trimmed), {
      success: t('codeApplied', { code: trimmed }),
      // Why the code does not apply goes next to the field, in the page's language.
      onFailure: (failure) => {
        if (failure.status === 409) return false;
        setError(errorText(failure));
        return true;
      },
    });
    if (result.ok) setCode('');
    setApplying(false);
  }

  return (
    <div>
      {cart.discountCodes.length > 0 && (
        <ul className="mb-3 space-y-2" data-testid="discount-codes">
          {cart.discountCodes.map((discount) => (
            <li key={discount.id} className="flex items-center justify-between gap-2 rounded-md bg-white px-3 py-2 text-sm">
              <span>
                <span className="font-medium text-slate-900">{discount.code}</span>
                {discount.state && discount.state !== 'MatchesCart' ? <span className="block text-xs text-slate-600">{t('codeNotApplicable')}</span> : null}
              </span>
              <button
                type="button"
                className="text-sm text-slate-700 underline underline-offset-4 hover:text-slate-900"
                aria-label={t('removeCode', { code: discount.code ?? '' })}
                onClick={() =>
                  void mutate(() => shopApi.removeDiscountCode(discount.id), {
                    success: t('codeRemoved', { code: discount.code ?? '' }),
                  })
                }
              >
                {t('removeText')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={apply} className="flex items-start gap-2" data-testid="discount-form" noValidate>
        <TextField
          className="flex-1"
          label={t('codeLabel')}
          name="code"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          onChange={(event) => {
            setCode(event.target.value);
            setError(undefined);
          }}
          error={error}
        />
        <button type="submit" className={`${secondaryButton} mt-6`} disabled={applying || code.trim() === ''}>
          {applying ? t('applying') : t('apply')}
        </button>
      </form>
    </div>
  );
}

export function CartSkeleton({ label }: { label: string }) {
  const block = 'animate-pulse rounded-md bg-slate-100';
  return (
    <div role="status" aria-live="polite" data-testid="loading">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true">
        <div className={`${block} h-9 w-48`} />
        <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
          <div className="space-y-6">
            {Array.from({ length: 2 }, (_, i) => (
              <div key={i} className="flex gap-4">
                <div className={`${block} h-24 w-24`} />
                <div className="flex-1 space-y-2">
                  <div className={`${block} h-5 w-1/2`} />
                  <div className={`${block} h-4 w-1/3`} />
                </div>
              </div>
            ))}
          </div>
          <div className={`${block} h-64`} />
        </div>
      </div>
    </div>
  );
}
