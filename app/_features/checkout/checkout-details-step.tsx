'use client';
// Checkout step 1: the contact email, the shipping address, and a billing address that is either
// the shipping address or one of its own. Once done, it shows what the cart holds.
import { useTranslations } from 'next-intl';
import { AddressFields } from '../address/address-fields';
import { addressInputOf } from '../address/address-input';
import { AddressView } from '../address/address-view';
import type { CheckoutStep } from './checkout-steps';
import { SavedAddressPicker } from './saved-address-picker';
import { StepSection } from './checkout-step-section';
import { primaryButton, TextField } from '../../_ui/form-controls';
import type { Address, Cart } from '@/lib/types';
import { sameAddress, type DetailsState } from './checkout-state';

export function DetailsStep({
  cart,
  current,
  headingRef,
  onEdit,
  country,
  form,
}: {
  cart: Cart;
  current: CheckoutStep;
  headingRef: (el: HTMLHeadingElement | null) => void;
  onEdit: () => void;
  country: string;
  form: DetailsState;
}) {
  const t = useTranslations('Checkout');
  return (
    <StepSection
      step="details"
      index={1}
      title={t('steps.details')}
      current={current}
      headingRef={headingRef}
      onEdit={onEdit}
      editLabel={t('edit', { step: t('steps.details') })}
      summary={cart.email && cart.shippingAddress ? <DetailsSummary email={cart.email} shippingAddress={cart.shippingAddress} billingAddress={cart.billingAddress} /> : null}
    >
      <form onSubmit={form.save} noValidate className="space-y-8" data-testid="details-form">
        <fieldset>
          <legend className="text-base font-semibold text-slate-900">{t('contact')}</legend>
          <TextField
            className="mt-4 max-w-md"
            label={t('email')}
            name="email"
            type="email"
            required
            autoComplete="email"
            value={form.email}
            onChange={(event) => form.setEmail(event.target.value)}
            error={form.errors.email}
            hint={t('emailHint')}
            disabled={form.saving}
          />
        </fieldset>
        <SavedAddressPicker
          id="saved-shipping"
          label={t('savedShippingAddress')}
          addresses={form.savedAddresses}
          value={form.shipping}
          onPick={form.setShipping}
          disabled={form.saving}
        />
        <AddressFields
          legend={t('shippingAddress')}
          idPrefix="shipping"
          section="shipping"
          value={form.shipping}
          onChange={form.setShipping}
          errors={form.errors.shipping}
          country={country}
          disabled={form.saving}
        />
        <BillingChoice same={form.billingSame} onChange={form.setBillingSame} disabled={form.saving} />
        {!form.billingSame && (
          <>
            <SavedAddressPicker
              id="saved-billing"
              label={t('savedBillingAddress')}
              addresses={form.savedAddresses}
              value={form.billing}
              onPick={form.setBilling}
              disabled={form.saving}
            />
            <AddressFields
              legend={t('billingAddressDetails')}
              idPrefix="billing"
              section="billing"
              value={form.billing}
              onChange={form.setBilling}
              errors={form.errors.billing}
              country={country}
              disabled={form.saving}
            />
          </>
        )}
        <button type="submit" className={primaryButton} disabled={form.saving}>
          {form.saving ? t('saving') : t('continueToShipping')}
        </button>
      </form>
    </StepSection>
  );
}

/** Billing address: the shipping address, or a different one (whose fields then follow). */
function BillingChoice({ same, onChange, disabled }: { same: boolean; onChange: (same: boolean) => void; disabled: boolean }) {
  const t = useTranslations('Checkout');
  return (
    <fieldset>
      <legend className="text-base font-semibold text-slate-900">{t('billingAddress')}</legend>
      <div className="mt-3 space-y-2">
        <label className="flex items-center gap-2 text-sm text-slate-900">
          <input type="radio" name="billing-same" checked={same} onChange={() => onChange(true)} disabled={disabled} className="h-4 w-4" />
          {t('sameAsShipping')}
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-900">
          <input type="radio" name="billing-same" checked={!same} onChange={() => onChange(false)} disabled={disabled} className="h-4 w-4" />
          {t('differentBilling')}
        </label>
      </div>
    </fieldset>
  );
}

/** The saved email and addresses (the billing address reads "same as shipping" when it is). */
function DetailsSummary({ email, shippingAddress, billingAddress }: { email: string; shippingAddress: Address; billingAddress: Address | null }) {
  const t = useTranslations('Checkout');
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <div>
        <h3 className="text-sm font-medium text-slate-900">{t('email')}</h3>
        <p className="mt-1 break-all text-sm text-slate-700">{email}</p>
      </div>
      <div>
        <h3 className="text-sm font-medium text-slate-900">{t('shippingAddress')}</h3>
        <AddressView address={shippingAddress} />
      </div>
      <div>
        <h3 className="text-sm font-medium text-slate-900">{t('billingAddress')}</h3>
        {billingAddress && !sameAddress(addressInputOf(billingAddress), addressInputOf(shippingAddress)) ? (
          <AddressView address={billingAddress} />
        ) : (
          <p className="mt-1 text-sm text-slate-700">{t('sameAsShipping')}</p>
        )}
      </div>
    </div>
  );
}
