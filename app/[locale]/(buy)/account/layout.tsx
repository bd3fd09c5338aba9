import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AccountNav } from '@/app/_features/account/account-pages';
import { requireMarket } from '@/app/_ui/market-guard';
import { languageTag } from '@/lib/i18n/locale';

// Each account page checks the session itself (it knows its own path for `?next=`).
export default async function AccountLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const market = await requireMarket(params);
  const t = await getTranslations({ locale: languageTag(market), namespace: 'Account' });
  return (
    <>
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t('title')}</h1>
      <AccountNav locale={market.locale} />
      {children}
    </>
  );
}
