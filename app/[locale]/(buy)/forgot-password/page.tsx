import type { Metadata } from 'next';
import { ResetRequestForm } from '@/app/_features/account/security-forms';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { requireMarket } from '@/app/_ui/market-guard';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'passwordReset');
}

export default async function ForgotPasswordRoute({ params }: Props) {
  const market = await requireMarket(params);
  return <ResetRequestForm locale={market.locale} />;
}
