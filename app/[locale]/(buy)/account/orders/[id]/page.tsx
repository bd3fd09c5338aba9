import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireMarket } from '@/app/_ui/market-guard';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { loadSessionOrder } from '@/app/_features/orders/order-data';
import { OrderDetails } from '@/app/_features/orders/order-details';
import { signedInShopper } from '@/app/_features/account/server-session';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'order');
}

export default async function OrderRoute({ params }: Props) {
  const market = await requireMarket(params);
  const { locale, id } = await params;
  await signedInShopper(market, `/${locale}/account/orders/${encodeURIComponent(id)}`);
  const order = await loadSessionOrder(id, market);
  if (!order) notFound();
  return <OrderDetails locale={locale} order={order} variant="account" />;
}
