import type { Metadata } from 'next';
import { AccountOverview } from '@/app/_features/account/account-pages';
import { accountFirstPaint } from '@/app/_features/account/server-session';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { requireMarket } from '@/app/_ui/market-guard';
import { readProfile } from '@/lib/shop/account/profile';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'account');
}

export default async function AccountRoute({ params }: Props) {
  const market = await requireMarket(params);
  const profile = await accountFirstPaint(market, `/${market.locale}/account`, readProfile);
  return <AccountOverview locale={market.locale} initialProfile={profile} />;
}
