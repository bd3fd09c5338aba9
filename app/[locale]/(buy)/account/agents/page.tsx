import type { Metadata } from 'next';
import { AgentGrants } from '@/app/_features/account/agent-grants';
import { signedInShopper } from '@/app/_features/account/server-session';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { requireMarket } from '@/app/_ui/market-guard';
import { listAgentGrants, type AgentGrant } from '@/lib/agents/grants';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'agents');
}

// The AI agents the customer authorized: scopes, spending limit, expiry, recent actions (from the
// audit trail), and revoking one (docs/agents.md, "Customer control").
export default async function AgentsRoute({ params }: Props) {
  const market = await requireMarket(params);
  const shopper = await signedInShopper(market, `/${market.locale}/account/agents`);
  const { customerId } = await shopper.context();
  let grants: AgentGrant[] | null;
  try {
    grants = await listAgentGrants(customerId!);
  } catch {
    grants = null; // the authorization server did not answer: the page says so
  }
  return <AgentGrants locale={market.locale} grants={grants} />;
}
