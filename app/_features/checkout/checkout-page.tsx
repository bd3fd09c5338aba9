'use client';
// Checkout on one page, in three steps: contact and addresses, shipping method, review and place
// order. Every step saves to the cart through the API and shows the cart the server answered with;
// the review's totals are the cart's. "Place order" sends one Idempotency-Key per attempt (see
// order-attempt.ts) and cannot run twice at once. The state and the API calls are
// use-checkout-state.ts's; each step is a component of its own (checkout-*-step.tsx).
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { CartSkeleton } from '../cart/cart-skeleton';
import { DetailsStep } from './checkout-details-step';
import { CheckoutSummary } from './checkout-summary';
import { ReviewStep } from './checkout-review-step';
import { ShippingStep } from './checkout-shipping-step';
import { CHECKOUT_STEPS, type CheckoutStep } from './checkout-steps';
import { Notice, primaryButton } from '../../_ui/form-controls';
import { useCheckoutState } from './use-checkout-state';
import { useErrorText } from '../../_ui/use-error-text';

/** How the shopper pays: `checkout` in commercetools Checkout's UI, `test` the demo's test payments, `none` not at all. */
export type PaymentMode = 'checkout' | 'test' | 'none';

export function CheckoutPage({ locale, country, payment }: { locale: string; country: string; payment: PaymentMode }) {
  const t = useTranslations('Checkout');
  const tc = useTranslations('Cart');
  const errorText = useErrorText();
  const { cart, loadFailed, step, notice, focusStep, stepHeadingRef, details, shippingMethod, review } = useCheckoutState({ locale, country, hostedPayment: payment === 'checkout' });

  if (!cart) {
    if (loadFailed) {
      return (
        <div className="space-y-4">
          <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
          <Notice tone="error">{errorText(loadFailed)}</Notice>
        </div>
      );
    }
    return <CartSkeleton label={tc('loading')} />;
  }

  if (cart.lineItems.length === 0) {
    return (
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
        {notice ? (
          <div className="mt-4">
            <Notice tone={notice.tone} testId={notice.testId}>
              {notice.text}
            </Notice>
          </div>
        ) : null}
        <div className="mt-8 rounded-lg border border-slate-200 p-8 text-center" data-testid="checkout-empty">
          <p className="text-lg font-medium text-slate-900">{tc('empty')}</p>
          <Link href={`/${locale}`} className={`${primaryButton} mt-6`}>
            {tc('continueShopping')}
          </Link>
        </div>
      </div>
    );
  }

  return (
    <div>
      {/* "Back to cart" is in the slim checkout header (checkout-header.tsx). */}
      <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
      <StepProgress step={step} />
      {notice ? (
        <div className="mt-4">
          <Notice tone={notice.tone} testId={notice.testId ?? 'checkout-notice'}>
            {notice.text}
          </Notice>
        </div>
      ) : null}

      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <DetailsStep cart={cart} current={step} headingRef={stepHeadingRef('details')} onEdit={() => focusStep('details')} country={country} form={details} />
          <ShippingStep cart={cart} current={step} headingRef={stepHeadingRef('shipping')} form={shippingMethod} />
          <ReviewStep cart={cart} current={step} headingRef={stepHeadingRef('review')} locale={locale} payment={payment} review={review} />
        </div>
        <CheckoutSummary cart={cart} shippingPreview={cart.shipping ? null : (shippingMethod.methods?.find((m) => m.id === shippingMethod.methodId)?.price ?? null)} />
      </div>
    </div>
  );
}

/** The steps as a list: the current one marked, the ones before it said to be done. */
function StepProgress({ step }: { step: CheckoutStep }) {
  const t = useTranslations('Checkout');
  const stepIndex = CHECKOUT_STEPS.indexOf(step);
  return (
    <ol className="mt-6 flex flex-wrap gap-x-6 gap-y-2 text-sm" aria-label={t('progress')}>
      {CHECKOUT_STEPS.map((s, i) => (
        <li key={s} aria-current={s === step ? 'step' : undefined} className={s === step ? 'font-semibold text-slate-900' : i < stepIndex ? 'text-slate-700' : 'text-slate-600'}>
          <span aria-hidden="true">{i + 1}. </span>
          {t(`steps.${s}`)}
          {i < stepIndex ? <span className="sr-only"> ({t('done')})</span> : null}
        </li>
      ))}
    </ol>
  );
}
