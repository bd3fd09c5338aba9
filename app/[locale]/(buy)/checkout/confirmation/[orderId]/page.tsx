import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireMarket } from '@/app/_ui/market-guard';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { loadSessionOrder } from '@/app/_features/orders/order-data';
import { OrderDetails } from '@/app/_features/orders/order-details';

type Props = { params: Promise<{ locale: string; orderId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'confirmation');
}

export default async function ConfirmationRoute({ params }: Props) {
  const market = await requireMarket(params);
  const { locale, orderId } = await params;
  // The session's own orders only (a guest: the ones placed in this session); anything else is a 404.
  const order = await loadSessionOrder(orderId, market);
  if (!order) notFound();
  return <OrderDetails locale={locale} order={order} variant="confirmation" />;
}
