import { getTranslations } from 'next-intl/server';
import { IntentLink as Link } from '@/app/_ui/intent-link';
import { languageTag } from '@/lib/i18n/locale';
import type { Market } from '@/lib/markets';
import { loadCategoryTree } from '../catalog/load';

export async function SiteFooter({ market }: { market: Market }) {
  const t = await getTranslations({ locale: languageTag(market), namespace: 'Footer' });
  const tree = await loadCategoryTree(market);
  const categories = tree.ok ? tree.value : [];
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm text-slate-700 sm:grid-cols-3 sm:px-6">
        <div className="sm:col-span-2">
          <p className="max-w-md">{t('about')}</p>
          <p className="mt-3">{t('taxNote', { country: market.country })}</p>
          <p className="mt-3 text-slate-600">{t('copyright', { year: new Date().getFullYear() })}</p>
          <p className="mt-3">
            <Link href={`/${market.locale}/wishlist`} className="font-medium text-slate-900 underline underline-offset-4 hover:text-slate-700">
              {t('wishlist')}
            </Link>
          </p>
        </div>
        {categories.length > 0 && (
          <nav aria-label={t('shop')}>
            <h2 className="font-semibold text-slate-900">{t('shop')}</h2>
            <ul className="mt-3 space-y-2">
              {categories.map((category) => (
                <li key={category.id}>
                  <Link href={`/${market.locale}/c/${category.slug}`} className="hover:text-slate-900 hover:underline">
                    {category.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </footer>
  );
}
