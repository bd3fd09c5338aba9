import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { IntentLink as Link } from '@/app/_ui/intent-link';
import { CatalogResults } from '@/app/_features/catalog/catalog-results';
import { pageCatalogQuery, type PageSearchParams } from '@/app/_features/catalog/page-catalog-query';
import { loadCategoryTree, valueOrThrow } from '@/app/_features/catalog/load';
import { SearchForm } from '@/app/_features/header/search-form';
import { ProductGrid } from '@/app/_features/catalog/product-grid';
import { popularProducts, searchProducts } from '@/lib/shop/catalog/catalog';
import { requireMarket } from '@/app/_ui/market-guard';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale } from '@/lib/markets';
import { searchMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<PageSearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isMarketLocale(locale)) return {};
  // Noindex: result pages are endless variations of one page.
  return searchMetadata(locale, pageCatalogQuery(await searchParams, { allowQuery: true }).q);
}

export default async function SearchPage({ params, searchParams }: Props) {
  const market = await requireMarket(params);
  const { locale } = await params;
  const intlLocale = languageTag(market);
  const t = await getTranslations({ locale: intlLocale, namespace: 'Search' });

  const query = pageCatalogQuery(await searchParams, { allowQuery: true });
  const q = query.q?.trim() ?? '';
  const basePath = `/${locale}/search`;

  const form = (
    <div className="mt-6 max-w-xl">
      <SearchForm locale={locale} id="search-page-q" label={t('label')} placeholder={t('label')} submit={t('submit')} defaultValue={q} size="large" formLabel={t('title')} />
    </div>
  );

  if (!q) {
    return (
      <>
        <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
        <p className="mt-3 text-slate-600" data-testid="search-prompt">
          {t('prompt')}
        </p>
        {form}
      </>
    );
  }

  const result = valueOrThrow(await searchProducts({ ...query, q }, market), 'product search');

  let emptyState = null;
  if (result.total === 0) {
    // Nothing matched: the categories to browse and the shop's popular products (lib/shop/catalog
    // defines "popular"). Either read may fail; the page still answers without it.
    const [tree, popular] = await Promise.all([loadCategoryTree(market), popularProducts(market)]);
    const categories = tree.ok ? tree.value : [];
    const popularList = popular.ok ? popular.value.results : [];
    emptyState = (
      <>
        <div className="rounded-lg border border-dashed border-slate-300 px-6 py-10" data-testid="no-results">
          <p className="font-medium text-slate-900">{t('noResults', { query: q })}</p>
          <p className="mt-2 text-sm text-slate-600">{t('noResultsHint')}</p>
          {categories.length > 0 && (
            <nav aria-label={t('suggestions')} className="mt-5">
              <ul className="flex flex-wrap gap-2">
                {categories.map((category) => (
                  <li key={category.id}>
                    <Link
                      href={`/${locale}/c/${category.slug}`}
                      className="inline-block rounded-full border border-slate-300 px-4 py-1.5 text-sm text-slate-800 hover:border-slate-900"
                    >
                      {category.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </div>
        {popularList.length > 0 && (
          <section aria-labelledby="popular-heading" className="mt-10" data-testid="popular-products">
            <h2 id="popular-heading" className="text-lg font-semibold text-slate-900">
              {t('popular')}
            </h2>
            <div className="mt-4">
              <ProductGrid products={popularList} market={market} layout="wide" />
            </div>
          </section>
        )}
      </>
    );
  }

  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight" data-testid="search-heading">
        {t('heading', { query: q })}
      </h1>
      {form}
      <CatalogResults market={market} basePath={basePath} query={{ ...query, q }} result={result} emptyState={emptyState} />
    </>
  );
}
