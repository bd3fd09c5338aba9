import type { Metadata } from 'next';
import { SecurityAndData } from '@/app/_features/account/security-forms';
import { signedInShopper } from '@/app/_features/account/server-session';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { requireMarket } from '@/app/_ui/market-guard';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'security');
}

export default async function SecurityRoute({ params }: Props) {
  const market = await requireMarket(params);
  await signedInShopper(market, `/${market.locale}/account/security`);
  return <SecurityAndData locale={market.locale} />;
}
