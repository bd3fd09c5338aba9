import type { Metadata } from 'next';
import { OrderHistory } from '@/app/_features/account/account-pages';
import { accountFirstPaint } from '@/app/_features/account/server-session';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { requireMarket } from '@/app/_ui/market-guard';
import { listOrders } from '@/lib/shop/orders/orders';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'orders');
}

export default async function OrdersRoute({ params }: Props) {
  const market = await requireMarket(params);
  const orders = await accountFirstPaint(market, `/${market.locale}/account/orders`, listOrders);
  return <OrderHistory locale={market.locale} initialOrders={orders} />;
}
