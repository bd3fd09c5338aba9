import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AccountOverview } from '@/app/_features/account/account-pages';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { requireSignedIn } from '@/app/_features/account/server-session';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor } from '@/lib/markets';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'account');
}

export default async function AccountRoute({ params }: Props) {
  const { locale } = await params;
  if (!isMarketLocale(locale)) notFound();
  setRequestLocale(languageTag(marketFor(locale)));
  await requireSignedIn(locale, `/${locale}/account`);
  return <AccountOverview locale={locale} />;
}
