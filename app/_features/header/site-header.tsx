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
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3 sm:px-6">
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
          <MiniCart locale={market.locale} />
        </div>
      </div>
      <CategoryMenu categories={categories} locale={market.locale} />
    </header>
  );
}
