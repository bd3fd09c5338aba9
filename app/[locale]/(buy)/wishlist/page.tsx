import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { WishlistPage } from '@/app/_features/wishlist/wishlist-page';
import { requireMarket } from '@/app/_ui/market-guard';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor } from '@/lib/markets';
import { pageShopper } from '@/lib/session/shopper';
import { ShopError } from '@/lib/shop/errors';
import { readWishlist } from '@/lib/shop/wishlist/items';

type Props = { params: Promise<{ locale: string }> };

/** Per shopper: never indexed (robots.txt disallows it too). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const robots = { index: false, follow: false };
  if (!isMarketLocale(locale)) return { robots };
  const t = await getTranslations({ locale: languageTag(marketFor(locale)), namespace: 'Wishlist' });
  return { title: t('title'), robots };
}

export default async function WishlistRoute({ params }: Props) {
  const market = await requireMarket(params);
  // The first paint is the wishlist as GET /api/wishlist reads it; a list the session no longer
  // owns, or upstream trouble, leaves it to the browser's read (which handles both).
  const wishlist = await readWishlist(await pageShopper(market)).catch((error: unknown) => {
    if (error instanceof ShopError) return undefined;
    throw error;
  });
  return <WishlistPage locale={market.locale} initialWishlist={wishlist} />;
}
