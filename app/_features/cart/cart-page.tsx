'use client';
// The cart page. The first paint is the cart the server read through the shop domain (when it
// could); every change goes through the cart API: quantity changes show at once (optimistic) with
// the totals marked as updating, and the server's answer then replaces the whole cart. Mutations run
// one after another, so the last answer is the cart's current state.
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import * as shopApi from '@/lib/api-client';
import type { ApiFailure, ApiResult } from '@/lib/api-client';
import { formatMoney } from '@/lib/format';
import type { Cart, CartLineItem } from '@/lib/types';
import { Notice, primaryButton, secondaryButton } from '../../_ui/form-controls';
import { useErrorText } from '../../_ui/use-error-text';
import { announceCartUpdate } from './cart-events';
import { CartLine } from './cart-line';
import { CartSkeleton } from './cart-skeleton';
import { DiscountCodes } from './discount-codes';
import { validQuantity } from './quantity';
import { Totals } from './totals';

type Message = { tone: 'error' | 'success' | 'info'; text: string } | null;

export function CartPage({ locale, initialCart }: { locale: string; initialCart?: Cart }) {
  const t = useTranslations('Cart');
  const intlLocale = useLocale();
  const errorText = useErrorText();
  const [cart, setCart] = useState<Cart | null>(initialCart ?? null);
  const [loadFailed, setLoadFailed] = useState<ApiFailure | null>(null);
  /** Quantities shown before the server answered, per line id (0 = being removed). */
  const [optimistic, setOptimistic] = useState<Record<string, number>>({});
  const [pending, setPending] = useState(0);
  const [message, setMessage] = useState<Message>(null);
  const [status, setStatus] = useState('');
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Where keyboard focus goes when the line that had it is removed: the message about it. */
  const messageRef = useRef<HTMLDivElement>(null);
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

  const needsRead = initialCart === undefined;
  useEffect(() => {
    // Without a first paint from the server, the cart is read here, with the session cookie.
    if (!needsRead) return;
    const controller = new AbortController();
    shopApi.getCart(controller.signal)
      .then(loaded)
      .catch(() => undefined);
    return () => controller.abort();
  }, [loaded, needsRead]);

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
    // The remove button disappears with its line; focus waits where "… removed" is about to show.
    messageRef.current?.focus();
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
      <div ref={messageRef} tabIndex={-1} className="outline-none" data-testid="cart-message-area">
        {message ? (
          <div className="mt-4">
            <Notice tone={message.tone} testId="cart-message">
              {message.text}
            </Notice>
          </div>
        ) : null}
      </div>
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
