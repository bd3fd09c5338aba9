import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { signedInShopper } from '@/app/_features/account/server-session';
import { AgentHandoff } from '@/app/_features/checkout/agent-handoff';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { requireMarket } from '@/app/_ui/market-guard';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'agentCheckout');
}

// The continue_url an agent gets from complete_checkout: the customer signs in (the token's
// customer), takes the checkout over and pays in the normal checkout (docs/agents.md).
export default async function AgentCheckoutRoute({ params }: Props) {
  const market = await requireMarket(params);
  const { id } = await params;
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(id)) notFound();
  await signedInShopper(market, `/${market.locale}/agent-checkout/${id}`);
  return <AgentHandoff locale={market.locale} cartId={id} />;
}
