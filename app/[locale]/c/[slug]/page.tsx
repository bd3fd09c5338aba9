import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { IntentLink as Link } from '@/app/_ui/intent-link';
import { notFound } from 'next/navigation';
import { MarketAlternates } from '@/app/_ui/alternates';
import { Breadcrumbs } from '@/app/_features/catalog/breadcrumbs';
import { CatalogResults } from '@/app/_features/catalog/catalog-results';
import { pageCatalogQuery, type PageSearchParams } from '@/app/_features/catalog/page-catalog-query';
import { loadCategory, loadCategoryImage, valueOrThrow } from '@/app/_features/catalog/load';
import { alternatePaths } from '@/app/_ui/market-paths';
import { searchProducts } from '@/lib/shop/catalog/catalog';
import { requireMarket } from '@/app/_ui/market-guard';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor } from '@/lib/markets';
import { categoryMetadata, notFoundMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<PageSearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isMarketLocale(locale)) return {};
  const result = await loadCategory(slug, marketFor(locale));
  if (!result.ok || !result.value) return notFoundMetadata(locale);
  const image = await loadCategoryImage(marketFor(locale), result.value.id);
  return categoryMetadata(result.value, locale, { page: pageCatalogQuery(await searchParams).page, image });
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const market = await requireMarket(params);
  const { locale, slug } = await params;
  const intlLocale = languageTag(market);

  const category = valueOrThrow(await loadCategory(slug, market), 'category');
  if (!category) notFound();
  const query = pageCatalogQuery(await searchParams);
  const result = valueOrThrow(await searchProducts(query, market, { categoryId: category.id }), 'product search');

  const [t, tb] = await Promise.all([
    getTranslations({ locale: intlLocale, namespace: 'Listing' }),
    getTranslations({ locale: intlLocale, namespace: 'Breadcrumbs' }),
  ]);
  const basePath = `/${locale}/c/${category.slug}`;

  return (
    <>
      <MarketAlternates paths={alternatePaths('c', category.slugs)} />
      <Breadcrumbs
        label={tb('label')}
        items={[
          { name: tb('home'), href: `/${locale}` },
          ...category.ancestors.map((ancestor) => ({ name: ancestor.name, href: `/${locale}/c/${ancestor.slug}` })),
        ]}
        current={category.name}
      />
      <header className="mt-6 max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{category.name}</h1>
        {category.description && <p className="mt-3 text-slate-600">{category.description}</p>}
      </header>
      {category.children.length > 0 && (
        <nav aria-label={t('subcategories')} className="mt-6">
          <ul className="flex flex-wrap gap-2" data-testid="subcategories">
            {category.children.map((child) => (
              <li key={child.id}>
                <Link
                  href={`/${locale}/c/${child.slug}`}
                  className="inline-block rounded-full border border-slate-300 px-4 py-1.5 text-sm text-slate-800 hover:border-slate-900 hover:text-slate-900"
                >
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <CatalogResults
        market={market}
        basePath={basePath}
        query={query}
        result={result}
        categorySlug={category.slug}
        emptyState={
          <div className="rounded-lg border border-dashed border-slate-300 px-6 py-12 text-center" data-testid="empty-state">
            <p className="font-medium text-slate-900">{t('emptyCategory')}</p>
            <Link href={`/${locale}`} className="mt-6 inline-block text-sm font-medium text-slate-900 underline underline-offset-4">
              {t('backHome')}
            </Link>
          </div>
        }
      />
    </>
  );
}
