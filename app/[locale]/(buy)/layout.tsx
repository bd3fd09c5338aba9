import type { ReactNode } from 'react';
import { BuyProviders } from '@/app/_ui/buy-providers';
import { requireMarket } from '@/app/_ui/market-guard';

// The buy sections (cart, checkout, sign-in, sign-up, account): their client components get the
// buy message namespaces on top of the site-wide ones. A route group: the URLs have no "(buy)".
export default async function BuyLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  return <BuyProviders market={await requireMarket(params)}>{children}</BuyProviders>;
}
