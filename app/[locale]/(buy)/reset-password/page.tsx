import type { Metadata } from 'next';
import { ResetConfirmForm } from '@/app/_features/account/security-forms';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { requireMarket } from '@/app/_ui/market-guard';
import { loginHref } from '@/app/_ui/paths';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'passwordReset');
}

// The link in the reset mail: /{locale}/reset-password#token=... (the fragment never reaches a server).
export default async function ResetPasswordRoute({ params }: Props) {
  const market = await requireMarket(params);
  return <ResetConfirmForm locale={market.locale} loginPath={loginHref(market.locale)} />;
}
