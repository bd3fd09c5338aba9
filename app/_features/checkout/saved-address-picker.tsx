'use client';
// A signed-in shopper's saved addresses (their address book, this market's country) as a choice
// above an address form: choosing one fills the fields. It shows the saved address the fields
// hold, and "choose" again once the shopper edits them.
import { useTranslations } from 'next-intl';
import type { AccountAddress } from '@/lib/types';
import { addressInputOf, type AddressInput } from '../address/address-input';
import { sameAddress } from './checkout-state';

function oneLine(address: AccountAddress): string {
  const street = [address.streetName, address.streetNumber].filter(Boolean).join(' ');
  return [`${address.firstName} ${address.lastName}`.trim(), street, `${address.postalCode} ${address.city}`.trim()].filter(Boolean).join(', ');
}

export function SavedAddressPicker({
  id,
  label,
  addresses,
  value,
  onPick,
  disabled,
}: {
  id: string;
  label: string;
  addresses: AccountAddress[];
  value: AddressInput;
  onPick: (address: AddressInput) => void;
  disabled: boolean;
}) {
  const t = useTranslations('Checkout');
  if (addresses.length === 0) return null;
  const current = addresses.find((address) => sameAddress(addressInputOf(address), value))?.id ?? '';
  return (
    <div className="max-w-md">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <select
        id={id}
        value={current}
        disabled={disabled}
        onChange={(event) => {
          const chosen = addresses.find((address) => address.id === event.target.value);
          if (chosen) onPick(addressInputOf(chosen));
        }}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900"
        data-testid={`${id}-picker`}
      >
        <option value="">{t('savedAddressChoose')}</option>
        {addresses.map((address) => (
          <option key={address.id} value={address.id}>
            {oneLine(address)}
          </option>
        ))}
      </select>
    </div>
  );
}
