import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { loadSessionOrder } from '@/app/_features/orders/order-data';
import { OrderDetails } from '@/app/_features/orders/order-details';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor } from '@/lib/markets';

type Props = { params: Promise<{ locale: string; orderId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'confirmation');
}

export default async function ConfirmationRoute({ params }: Props) {
  const { locale, orderId } = await params;
  if (!isMarketLocale(locale)) notFound();
  const market = marketFor(locale);
  setRequestLocale(languageTag(market));
  // The session's own orders only (a guest: the ones placed in this session); anything else is a 404.
  const order = await loadSessionOrder(orderId, market);
  if (!order) notFound();
  return <OrderDetails locale={locale} order={order} variant="confirmation" />;
}
