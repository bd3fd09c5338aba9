import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { BuyProviders } from '@/app/_ui/buy-providers';
import { isMarketLocale, marketFor } from '@/lib/markets';

export default async function CheckoutLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isMarketLocale(locale)) notFound();
  return <BuyProviders market={marketFor(locale)}>{children}</BuyProviders>;
}
