import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { loadCategoryTree, loadProductRow, valueOrThrow } from '@/app/_features/catalog/load';
import { CategoryTiles } from '@/app/_features/home/category-tiles';
import { HomeHero } from '@/app/_features/home/hero';
import { ProductRow } from '@/app/_features/home/product-row';
import { requireMarket } from '@/app/_ui/market-guard';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, type Market } from '@/lib/markets';
import { homeMetadata } from '@/lib/seo/metadata';
import type { CategoryNode } from '@/lib/types';

/** Cards per merchandised row: one row of four on a laptop, two rows of two on a phone. */
const ROW_SIZE = 4;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return isMarketLocale(locale) ? homeMetadata(locale) : {};
}

/** The merchandised rows: the newest products, then the featured category's picks. */
async function ProductRows({ market, featured }: { market: Market; featured: CategoryNode | undefined }) {
  const t = await getTranslations({ locale: languageTag(market), namespace: 'Home' });
  const [newest, picks] = await Promise.all([
    loadProductRow(market, 'newest', ROW_SIZE),
    featured ? loadProductRow(market, 'relevance', ROW_SIZE, featured.id) : Promise.resolve([]),
  ]);
  return (
    <>
      <ProductRow id="home-new" title={t('newArrivals')} products={newest} market={market} testId="new-arrivals" />
      {featured ? (
        <ProductRow
          id="home-featured"
          title={t('featured', { category: featured.name })}
          products={picks}
          market={market}
          more={{ href: `/${market.locale}/c/${featured.slug}`, text: t('viewAll', { category: featured.name }) }}
          testId="featured-row"
        />
      ) : null}
    </>
  );
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const market = await requireMarket(params);
  const intlLocale = languageTag(market);
  // Upstream trouble goes to the error boundary, which keeps the header.
  const categories = valueOrThrow(await loadCategoryTree(market), 'category tree');
  const t = await getTranslations({ locale: intlLocale, namespace: 'Home' });
  const lead = categories[0];
  return (
    <>
      <HomeHero
        title={t('title')}
        intro={t('intro')}
        cta={lead ? t('heroCta', { category: lead.name }) : t('heroCtaSearch')}
        href={lead ? `/${market.locale}/c/${lead.slug}` : `/${market.locale}/search`}
      />
      <section className="mt-12" aria-labelledby="home-categories">
        <h2 id="home-categories" className="text-xl font-semibold tracking-tight">
          {t('categories')}
        </h2>
        <div className="mt-6">
          <CategoryTiles categories={categories} market={market} headingId="home-categories" />
        </div>
      </section>
      {/* Not streamed behind a Suspense fallback: catalog pages are rendered once for the shared HTML
          cache, and a streamed part is only revealed by an inline script after React's reveal
          throttle, which delays a phone's paint (docs/adr/0012-cacheable-catalog-html-with-hashed-scripts.md). */}
      <ProductRows market={market} featured={categories[1] ?? categories[0]} />
    </>
  );
}
