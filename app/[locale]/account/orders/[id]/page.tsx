import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { loadSessionOrder } from '@/app/_features/orders/order-data';
import { OrderDetails } from '@/app/_features/orders/order-details';
import { requireSignedIn } from '@/app/_features/account/server-session';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor } from '@/lib/markets';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'order');
}

export default async function OrderRoute({ params }: Props) {
  const { locale, id } = await params;
  if (!isMarketLocale(locale)) notFound();
  const market = marketFor(locale);
  setRequestLocale(languageTag(market));
  await requireSignedIn(locale, `/${locale}/account/orders/${encodeURIComponent(id)}`);
  const order = await loadSessionOrder(id, market);
  if (!order) notFound();
  return <OrderDetails locale={locale} order={order} variant="account" />;
}
