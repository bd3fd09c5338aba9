import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { CategoryTree } from '@/app/_features/header/category-tree';
import { loadCategoryTree, valueOrThrow } from '@/app/_features/catalog/load';
import { ProductGrid } from '@/app/_features/catalog/product-grid';
import { ProductGridSkeleton } from '@/app/_ui/skeletons';
import { searchProducts } from '@/lib/shop/catalog/catalog';
import { DEFAULT_PAGE_SIZE } from '@/lib/catalog/query';
import { catalogQuerySchema } from '@/lib/catalog/query-schema';
import { requireMarket } from '@/app/_ui/market-guard';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, type Market } from '@/lib/markets';
import { homeMetadata } from '@/lib/seo/metadata';

const NEW_ARRIVALS = 8;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return isMarketLocale(locale) ? homeMetadata(locale) : {};
}

/** The newest products; streams in after the rest of the page, and hides itself on failure. */
async function NewArrivals({ market, title }: { market: Market; title: string }) {
  const query = { ...catalogQuerySchema.parse({ sort: 'newest' }), limit: Math.min(NEW_ARRIVALS, DEFAULT_PAGE_SIZE) };
  const result = await searchProducts(query, market, { facets: false });
  if (!result.ok || result.value.results.length === 0) return null;
  return (
    <section className="mt-14" aria-labelledby="home-new" data-testid="new-arrivals">
      <h2 id="home-new" className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      <div className="mt-6">
        <ProductGrid products={result.value.results} market={market} />
      </div>
    </section>
  );
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const market = await requireMarket(params);
  const intlLocale = languageTag(market);
  // Upstream trouble goes to the error boundary, which keeps the header.
  const categories = valueOrThrow(await loadCategoryTree(market), 'category tree');
  const t = await getTranslations({ locale: intlLocale, namespace: 'Home' });
  return (
    <>
      <section className="rounded-2xl bg-slate-50 px-6 py-12 sm:px-10 sm:py-16">
        <h1 className="max-w-2xl text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{t('title')}</h1>
        <p className="mt-4 max-w-xl text-lg text-slate-700">{t('intro')}</p>
      </section>
      <section className="mt-12" aria-labelledby="home-categories">
        <h2 id="home-categories" className="text-xl font-semibold tracking-tight">
          {t('categories')}
        </h2>
        <div className="mt-6">
          <CategoryTree categories={categories} locale={market.locale} headingId="home-categories" />
        </div>
      </section>
      <Suspense
        fallback={
          <div className="mt-14">
            <ProductGridSkeleton count={4} columns="grid-cols-2 sm:grid-cols-3 lg:grid-cols-4" />
          </div>
        }
      >
        <NewArrivals market={market} title={t('newArrivals')} />
      </Suspense>
    </>
  );
}
