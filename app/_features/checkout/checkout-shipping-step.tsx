'use client';
// Checkout step 2: the shipping methods the cart can use, one of them chosen. Once done, it shows
// the cart's method and shipping price.
import { useLocale, useTranslations } from 'next-intl';
import { formatMoney } from '@/lib/format';
import type { CheckoutStep } from './checkout-steps';
import { StepSection } from './checkout-step-section';
import { Notice, primaryButton } from '../../_ui/form-controls';
import type { Cart, ShippingMethodOption } from '@/lib/types';
import type { ShippingMethodState } from './checkout-state';

export function ShippingStep({
  cart,
  current,
  headingRef,
  form,
}: {
  cart: Cart;
  current: CheckoutStep;
  headingRef: (el: HTMLHeadingElement | null) => void;
  form: ShippingMethodState;
}) {
  const t = useTranslations('Checkout');
  const intlLocale = useLocale();
  const method = cart.shippingMethod;
  return (
    <StepSection
      step="shipping"
      index={2}
      title={t('steps.shipping')}
      current={current}
      headingRef={headingRef}
      onEdit={form.edit}
      editLabel={t('edit', { step: t('steps.shipping') })}
      summary={
        method ? (
          <p className="text-sm text-slate-700" data-testid="shipping-summary">
            {method.name}
            {cart.shipping ? ` · ${formatMoney(cart.shipping, intlLocale)}` : ''}
          </p>
        ) : null
      }
    >
      <form onSubmit={form.save} className="space-y-6" data-testid="shipping-form">
        {form.methods === null ? (
          <p role="status" className="text-sm text-slate-600">
            {t('loadingMethods')}
          </p>
        ) : form.methods.length === 0 ? (
          <Notice tone="info">{t('noMethods')}</Notice>
        ) : (
          <fieldset>
            <legend className="text-base font-semibold text-slate-900">{t('shippingMethod')}</legend>
            <div className="mt-3 space-y-3">
              {form.methods.map((option) => (
                <MethodOption key={option.id} option={option} checked={form.methodId === option.id} onChoose={() => form.setMethodId(option.id)} disabled={form.saving} />
              ))}
            </div>
          </fieldset>
        )}
        <button type="submit" className={primaryButton} disabled={form.saving || !form.methodId}>
          {form.saving ? t('saving') : t('continueToReview')}
        </button>
      </form>
    </StepSection>
  );
}

/** One shipping method as a radio card: name, price ("Free" at zero) and description. */
function MethodOption({ option, checked, onChoose, disabled }: { option: ShippingMethodOption; checked: boolean; onChoose: () => void; disabled: boolean }) {
  const t = useTranslations('Checkout');
  const intlLocale = useLocale();
  return (
    <label
      className={`flex cursor-pointer items-start gap-3 rounded-lg border p-4 ${checked ? 'border-slate-900 bg-slate-50' : 'border-slate-200'}`}
      data-testid="shipping-method"
    >
      <input type="radio" name="shipping-method" value={option.id} checked={checked} onChange={onChoose} disabled={disabled} className="mt-0.5 h-4 w-4" />
      <span className="flex-1">
        <span className="flex justify-between gap-4">
          <span className="text-sm font-medium text-slate-900">{option.name}</span>
          <span className="text-sm tabular-nums text-slate-900" data-testid="shipping-method-price">
            {option.price ? (option.price.centAmount === 0 ? t('free') : formatMoney(option.price, intlLocale)) : ''}
          </span>
        </span>
        {option.description ? <span className="mt-1 block text-sm text-slate-600">{option.description}</span> : null}
        {option.freeAbove ? (
          <span className="mt-1 block text-sm text-slate-600" data-testid="shipping-method-free-above">
            {t('freeAbove', { amount: formatMoney(option.freeAbove, intlLocale) })}
          </span>
        ) : null}
      </span>
    </label>
  );
}
