'use client';
// Checkout step 3: the lines to be ordered, the test payment's outcome (test payments only) and
// "Place order".
import { useTranslations } from 'next-intl';
import type { CheckoutStep } from './checkout-steps';
import { StepSection } from './checkout-step-section';
import { primaryButton } from '../../_ui/form-controls';
import { OrderLines } from '../orders/order-lines';
import type { Cart } from '@/lib/types';
import type { ReviewState } from './checkout-state';

export function ReviewStep({
  cart,
  current,
  headingRef,
  locale,
  testPayments,
  review,
}: {
  cart: Cart;
  current: CheckoutStep;
  headingRef: (el: HTMLHeadingElement | null) => void;
  locale: string;
  testPayments: boolean;
  review: ReviewState;
}) {
  const t = useTranslations('Checkout');
  return (
    <StepSection step="review" index={3} title={t('steps.review')} current={current} headingRef={headingRef}>
      <div className="space-y-6" data-testid="review">
        <OrderLines lines={cart.lineItems} locale={locale} label={t('items')} />
        {testPayments && (
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
        <button type="button" className={`${primaryButton} w-full sm:w-auto`} disabled={review.placing} onClick={() => void review.placeOrder()} data-testid="place-order">
          {review.placing ? t('placing') : t('placeOrder')}
        </button>
        <p className="text-xs text-slate-600">{t('placeOrderNote')}</p>
      </div>
    </StepSection>
  );
}
