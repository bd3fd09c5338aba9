import { getTranslations } from 'next-intl/server';
import { IntentLink as Link } from '@/app/_ui/intent-link';
import { languageTag } from '@/lib/i18n/locale';
import type { Market } from '@/lib/markets';
import { AccountLink } from './account-link';
import { CategoryMenu } from './category-menu';
import { loadCategoryTree } from '../catalog/load';
import { MarketSwitcher } from './market-switcher';
import { MiniCart } from './mini-cart';
import { SearchForm } from './search-form';

export async function SiteHeader({ market }: { market: Market }) {
  const t = await getTranslations({ locale: languageTag(market), namespace: 'Header' });
  const tm = await getTranslations({ locale: languageTag(market), namespace: 'Metadata' });
  // The header must render even when the catalog is down (the error page keeps it): no menu then.
  const tree = await loadCategoryTree(market);
  const categories = tree.ok ? tree.value : [];
  return (
    // Sticky, so the cart, search and menu stay in reach while scrolling; compact on phones.
    <header className="sticky top-0 z-40 border-b border-slate-200 bg-white" data-testid="site-header">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2 sm:gap-x-4 sm:gap-y-3 sm:px-6 sm:py-3">
        <Link href={`/${market.locale}`} className="mr-auto text-lg font-semibold tracking-tight text-slate-900 sm:mr-0" aria-label={t('home')}>
          {tm('storeName')}
        </Link>
        <div className="order-last w-full sm:order-none sm:ml-4 sm:w-auto sm:flex-1 sm:max-w-md">
          <SearchForm
            locale={market.locale}
            id="site-search"
            label={t('searchLabel')}
            placeholder={t('searchPlaceholder')}
            submit={t('searchSubmit')}
            formLabel={t('searchLabel')}
          />
        </div>
        <div className="flex items-center gap-1 sm:ml-auto">
          <MarketSwitcher current={market.locale} />
          <AccountLink locale={market.locale} />
          {/* A plain link: whether anything is saved is per shopper, and this header is shared HTML. */}
          <Link
            href={`/${market.locale}/wishlist`}
            className="inline-flex items-center rounded-md px-2 py-1.5 text-slate-700 hover:bg-slate-100"
            data-testid="wishlist-link"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.6">
              <path strokeLinecap="round" strokeLinejoin="round" d="M21 8.25c0-2.485-2.099-4.5-4.688-4.5-1.935 0-3.597 1.126-4.312 2.733-.715-1.607-2.377-2.733-4.313-2.733C5.1 3.75 3 5.765 3 8.25c0 7.22 9 12 9 12s9-4.78 9-12Z" />
            </svg>
            <span className="sr-only">{t('wishlist')}</span>
          </Link>
          <MiniCart locale={market.locale} />
        </div>
      </div>
      <CategoryMenu categories={categories} locale={market.locale} />
    </header>
  );
}
