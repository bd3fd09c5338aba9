import type { Metadata } from 'next';
import { CartPage } from '@/app/_features/cart/cart-page';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { requireMarket } from '@/app/_ui/market-guard';
import { pageShopper } from '@/lib/session/shopper';
import { readCart } from '@/lib/shop/cart/view';
import { ShopError } from '@/lib/shop/errors';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'cart');
}

export default async function CartRoute({ params }: Props) {
  const market = await requireMarket(params);
  // The first paint is the shopper's cart as the shop domain reads it for GET /api/cart. A cart the
  // session no longer owns, or upstream trouble, leaves it to the browser's read (which handles both).
  const cart = await readCart(await pageShopper(market)).catch((error: unknown) => {
    if (error instanceof ShopError) return undefined;
    throw error;
  });
  return <CartPage locale={market.locale} initialCart={cart} />;
}
