import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { languageTag } from '@/lib/i18n/locale';
import type { Market } from '@/lib/markets';
import { MiniCart } from '../header/mini-cart';

/**
 * The checkout's slim header: the store's name (home), "Secure checkout" and the way back to the
 * cart (with its item count), without the category navigation, search or market switcher that
 * would lead the shopper away mid-purchase.
 */
export async function CheckoutHeader({ market }: { market: Market }) {
  const intlLocale = languageTag(market);
  const [t, th, tm] = await Promise.all([
    getTranslations({ locale: intlLocale, namespace: 'Checkout' }),
    getTranslations({ locale: intlLocale, namespace: 'Header' }),
    getTranslations({ locale: intlLocale, namespace: 'Metadata' }),
  ]);
  return (
    <header className="border-b border-slate-200 bg-white" data-testid="checkout-header">
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3 sm:px-6">
        <Link href={`/${market.locale}`} className="text-lg font-semibold tracking-tight text-slate-900" aria-label={th('home')}>
          {tm('storeName')}
        </Link>
        <p className="flex items-center gap-1.5 text-sm font-medium text-slate-700">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
            <path fillRule="evenodd" d="M10 1a4.5 4.5 0 0 0-4.5 4.5V9H5a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6a2 2 0 0 0-2-2h-.5V5.5A4.5 4.5 0 0 0 10 1Zm3 8V5.5a3 3 0 1 0-6 0V9h6Z" clipRule="evenodd" />
          </svg>
          {t('secureCheckout')}
        </p>
        <div className="ml-auto flex items-center gap-1">
          <Link href={`/${market.locale}/cart`} className="rounded-md px-2 py-1.5 text-sm font-medium text-slate-900 underline underline-offset-4 hover:bg-slate-100">
            {t('backToCart')}
          </Link>
          <MiniCart locale={market.locale} />
        </div>
      </div>
    </header>
  );
}
