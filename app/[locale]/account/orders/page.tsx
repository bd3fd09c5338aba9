import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { OrderHistory } from '@/app/_features/account/account-pages';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { requireSignedIn } from '@/app/_features/account/server-session';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor } from '@/lib/markets';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'orders');
}

export default async function OrdersRoute({ params }: Props) {
  const { locale } = await params;
  if (!isMarketLocale(locale)) notFound();
  setRequestLocale(languageTag(marketFor(locale)));
  await requireSignedIn(locale, `/${locale}/account/orders`);
  return <OrderHistory locale={locale} />;
}
