'use client';
import { useLocale } from 'next-intl';
import { addressLines } from './address-input';
import { countryName } from './address-fields';
import type { Address } from '@/lib/types';

/** A postal address as text, in the country's usual order. */
export function AddressView({ address, testId }: { address: Address; testId?: string }) {
  const locale = useLocale();
  return (
    <address className="text-sm not-italic leading-relaxed text-slate-700" data-testid={testId}>
      {addressLines(address, countryName(address.country, locale)).map((line, i) => (
        <span key={i} className="block">
          {line}
        </span>
      ))}
    </address>
  );
}
