'use client';
// An address as a fieldset: labelled fields with browser autofill, the server's field errors next
// to each field, and the country fixed to the market (a cart's country is the market's).
import { useLocale, useTranslations } from 'next-intl';
import { TextField } from '../../_ui/form-controls';
import type { AddressInput } from './address-input';

export type AddressErrors = Partial<Record<keyof AddressInput | 'country', string>>;

export function countryName(country: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}

export function AddressFields({
  legend,
  value,
  onChange,
  errors = {},
  country,
  section,
  disabled = false,
  idPrefix,
}: {
  legend: string;
  value: AddressInput;
  onChange: (next: AddressInput) => void;
  errors?: AddressErrors;
  country: string;
  /** The autofill section (`shipping`, `billing`), so browsers fill the right address. */
  section?: 'shipping' | 'billing';
  disabled?: boolean;
  idPrefix: string;
}) {
  const t = useTranslations('Address');
  const locale = useLocale();
  const auto = (token: string) => (section ? `${section} ${token}` : token);
  const field = (name: keyof AddressInput) => ({
    name: `${idPrefix}.${name}`,
    value: value[name],
    disabled,
    error: errors[name],
    optionalLabel: t('optional'),
    onChange: (event: { target: { value: string } }) => onChange({ ...value, [name]: event.target.value }),
  });
  return (
    <fieldset className="space-y-4" data-testid={`address-${idPrefix}`}>
      <legend className="text-base font-semibold text-slate-900">{legend}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('firstName')} required autoComplete={auto('given-name')} {...field('firstName')} />
        <TextField label={t('lastName')} required autoComplete={auto('family-name')} {...field('lastName')} />
      </div>
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <TextField label={t('streetName')} required autoComplete={auto('address-line1')} {...field('streetName')} />
        <TextField label={t('streetNumber')} {...field('streetNumber')} />
      </div>
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <TextField label={t('postalCode')} required autoComplete={auto('postal-code')} {...field('postalCode')} />
        <TextField label={t('city')} required autoComplete={auto('address-level2')} {...field('city')} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('state')} autoComplete={auto('address-level1')} {...field('state')} />
        <TextField label={t('phone')} type="tel" autoComplete={auto('tel')} {...field('phone')} />
      </div>
      <div>
        <p className="text-sm font-medium text-slate-900">{t('country')}</p>
        <p className="mt-1 text-sm text-slate-700" data-testid={`country-${idPrefix}`}>
          {countryName(country, locale)} <span className="text-slate-600">· {t('countryFixed')}</span>
        </p>
        {errors.country ? <p className="mt-1 text-sm text-red-700">{errors.country}</p> : null}
      </div>
    </fieldset>
  );
}
