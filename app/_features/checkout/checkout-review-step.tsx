'use client';
// Checkout step 3: the lines to be ordered, then "Place order" (test payments, with their outcome)
// or "Pay now" (commercetools Checkout opens its payment UI; hosted-payment.ts).
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { CheckoutStep } from './checkout-steps';
import { StepSection } from './checkout-step-section';
import { Notice, primaryButton } from '../../_ui/form-controls';
import { OrderLines } from '../orders/order-lines';
import type { Cart } from '@/lib/types';
import type { ReviewState } from './checkout-state';
import type { PaymentMode } from './checkout-page';

export function ReviewStep({
  cart,
  current,
  headingRef,
  locale,
  payment,
  review,
}: {
  cart: Cart;
  current: CheckoutStep;
  headingRef: (el: HTMLHeadingElement | null) => void;
  locale: string;
  payment: PaymentMode;
  review: ReviewState;
}) {
  const t = useTranslations('Checkout');
  const declinedRef = useRef<HTMLDivElement>(null);
  // The decline is said where the shopper pressed "Place order", and focus goes to it (it was
  // rendered above the viewport at the top of the page, with focus left on <body>).
  useEffect(() => {
    if (!review.declined) return;
    declinedRef.current?.focus({ preventScroll: true });
    declinedRef.current?.scrollIntoView({ block: 'center' });
  }, [review.declined]);
  return (
    <StepSection step="review" index={3} title={t('steps.review')} current={current} headingRef={headingRef}>
      <div className="space-y-6" data-testid="review">
        <OrderLines lines={cart.lineItems} locale={locale} label={t('items')} />
        {payment === 'checkout' && (
          <p className="text-sm text-slate-700" data-testid="checkout-payment-note">
            {t('checkoutPayment')}
          </p>
        )}
        {payment === 'test' && (
          <fieldset className="rounded-lg border border-dashed border-slate-300 p-4">
            <legend className="px-1 text-sm font-semibold text-slate-900">{t('payment')}</legend>
            <p className="text-sm text-slate-700">{t('testPayment')}</p>
            <label className="mt-3 flex items-center gap-2 text-sm text-slate-900">
              <input
                type="checkbox"
                checked={review.simulateDecline}
                onChange={(event) => review.setSimulateDecline(event.target.checked)}
                disabled={review.placing}
                className="h-4 w-4"
                data-testid="simulate-decline"
              />
              {t('simulateDecline')}
            </label>
          </fieldset>
        )}
        {review.declined ? (
          <div ref={declinedRef} tabIndex={-1} className="outline-none focus-visible:ring-2 focus-visible:ring-red-700">
            <Notice tone="error" testId="payment-declined">
              {review.declined.text}
            </Notice>
          </div>
        ) : null}
        {/* aria-disabled while placing: a disabled button would drop keyboard focus to <body>. */}
        <button
          type="button"
          className={`${primaryButton} w-full sm:w-auto aria-disabled:cursor-progress`}
          aria-disabled={review.placing || undefined}
          onClick={() => void review.placeOrder()}
          data-testid="place-order"
        >
          {payment === 'checkout' ? (review.placing ? t('paying') : t('payNow')) : review.placing ? t('placing') : t('placeOrder')}
        </button>
        <p className="text-xs text-slate-600">{t(payment === 'checkout' ? 'payNowNote' : 'placeOrderNote')}</p>
      </div>
    </StepSection>
  );
}
