import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CartPage } from '@/app/_features/cart/cart-page';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor } from '@/lib/markets';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'cart');
}

export default async function CartRoute({ params }: Props) {
  const { locale } = await params;
  if (!isMarketLocale(locale)) notFound();
  setRequestLocale(languageTag(marketFor(locale)));
  // The cart is per shopper: the client component reads it from GET /api/cart.
  return <CartPage locale={locale} />;
}
