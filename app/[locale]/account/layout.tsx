import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { AccountNav } from '@/app/_features/account/account-pages';
import { BuyProviders } from '@/app/_ui/buy-providers';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor } from '@/lib/markets';

// Each account page checks the session itself (it knows its own path for `?next=`).
export default async function AccountLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isMarketLocale(locale)) notFound();
  const market = marketFor(locale);
  const t = await getTranslations({ locale: languageTag(market), namespace: 'Account' });
  return (
    <BuyProviders market={market}>
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t('title')}</h1>
      <AccountNav locale={locale} />
      {children}
    </BuyProviders>
  );
}
