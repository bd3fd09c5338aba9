import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AddressBook } from '@/app/_features/account/address-book';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { requireSignedIn } from '@/app/_features/account/server-session';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor } from '@/lib/markets';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'addresses');
}

export default async function AddressesRoute({ params }: Props) {
  const { locale } = await params;
  if (!isMarketLocale(locale)) notFound();
  setRequestLocale(languageTag(marketFor(locale)));
  await requireSignedIn(locale, `/${locale}/account/addresses`);
  return <AddressBook locale={locale} country={marketFor(locale).country} />;
}
