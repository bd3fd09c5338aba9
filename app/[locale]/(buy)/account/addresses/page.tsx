import type { Metadata } from 'next';
import { AddressBook } from '@/app/_features/account/address-book';
import { accountFirstPaint } from '@/app/_features/account/server-session';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { requireMarket } from '@/app/_ui/market-guard';
import { readAddressBook } from '@/lib/shop/account/addresses';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'addresses');
}

export default async function AddressesRoute({ params }: Props) {
  const market = await requireMarket(params);
  const book = await accountFirstPaint(market, `/${market.locale}/account/addresses`, readAddressBook);
  return <AddressBook locale={market.locale} country={market.country} initialBook={book} />;
}
