import type { Metadata } from 'next';
import { CheckoutPage } from '@/app/_features/checkout/checkout-page';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { requireMarket } from '@/app/_ui/market-guard';
import { serverEnv } from '@/lib/env';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'checkout');
}

export default async function CheckoutRoute({ params }: Props) {
  const market = await requireMarket(params);
  // The test payment provider (local backend only; the boot guard enforces that) lets the demo
  // simulate a declined payment. With a real provider the option does not exist.
  const provider = serverEnv().PAYMENT_PROVIDER;
  const payment = provider === 'commercetools-checkout' ? 'checkout' : provider;
  return <CheckoutPage locale={market.locale} country={market.country} payment={payment} />;
}
