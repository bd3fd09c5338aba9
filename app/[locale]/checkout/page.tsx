import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CheckoutPage } from '@/app/_features/checkout/checkout-page';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { serverEnv } from '@/lib/env';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor } from '@/lib/markets';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'checkout');
}

export default async function CheckoutRoute({ params }: Props) {
  const { locale } = await params;
  if (!isMarketLocale(locale)) notFound();
  const market = marketFor(locale);
  setRequestLocale(languageTag(market));
  // The test payment provider (local backend only; the boot guard enforces that) lets the demo
  // simulate a declined payment. With a real provider the option does not exist.
  const testPayments = serverEnv().PAYMENT_PROVIDER === 'test';
  return <CheckoutPage locale={locale} country={market.country} testPayments={testPayments} />;
}
