import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AddToCart } from '@/app/_features/catalog/add-to-cart';
import { MarketAlternates } from '@/app/_ui/alternates';
import { Breadcrumbs } from '@/app/_features/catalog/breadcrumbs';
import { JsonLd } from '@/app/_ui/json-ld';
import { primaryCategoryPath } from '@/app/_features/catalog/category-path';
import { loadCategoryTree, loadProduct, valueOrThrow } from '@/app/_features/catalog/load';
import { alternatePaths } from '@/app/_ui/market-paths';
import { Price } from '@/app/_features/catalog/price';
import { ProductGallery } from '@/app/_features/catalog/product-gallery';
import { RelatedProducts } from '@/app/_features/catalog/related-products';
import { VariantPicker } from '@/app/_features/catalog/variant-picker';
import { RecentlyViewed } from '@/app/_features/wishlist/recently-viewed';
import { WishlistToggle } from '@/app/_features/wishlist/wishlist-toggle';
import { selectionOf, selectionQuery, selectVariant, variantAxes, variantOptions } from '@/app/_features/catalog/variants';
import { requireMarket } from '@/app/_ui/market-guard';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor } from '@/lib/markets';
import { breadcrumbJsonLd, productJsonLd } from '@/lib/seo/json-ld';
import { notFoundMetadata, productMetadata } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/seo/urls';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Single-valued search params only (`?color=a&color=b` keeps the first). */
function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isMarketLocale(locale)) return {};
  const result = await loadProduct(slug, marketFor(locale));
  if (!result.ok || !result.value) return notFoundMetadata(locale);
  const product = result.value;
  const variant = selectVariant(product.variants, variantAxes(product.variants), firstValues(await searchParams));
  return productMetadata(product, locale, variant);
}

export default async function ProductPage({ params, searchParams }: Props) {
  const market = await requireMarket(params);
  const { locale, slug } = await params;
  const intlLocale = languageTag(market);

  const product = valueOrThrow(await loadProduct(slug, market), 'product');
  if (!product) notFound();
  const tree = await loadCategoryTree(market);
  const [t, tv, tb] = await Promise.all([
    getTranslations({ locale: intlLocale, namespace: 'Product' }),
    getTranslations({ locale: intlLocale, namespace: 'Variant' }),
    getTranslations({ locale: intlLocale, namespace: 'Breadcrumbs' }),
  ]);

  const axes = variantAxes(product.variants);
  const variant = selectVariant(product.variants, axes, firstValues(await searchParams));
  const basePath = `/${locale}/p/${product.slug}`;
  const path = tree.ok ? primaryCategoryPath(tree.value, product.categoryIds) : [];
  const images = variant?.images.length ? variant.images : product.image ? [product.image] : [];
  const price = variant?.price ?? null;
  const available = Boolean(variant?.available && price);
  const axisLegend = (name: string) => (name === 'color' || name === 'size' ? tv(name) : name);
  const details = variant ? Object.entries(variant.attributes).filter(([name]) => !axes.includes(name)) : [];
  const crumbs = [{ name: tb('home'), href: `/${locale}` }, ...path.map((c) => ({ name: c.name, href: `/${locale}/c/${c.slug}` }))];
  const pageUrl = absoluteUrl(`${basePath}${variant ? selectionQuery(selectionOf(variant, axes), axes) : ''}`);

  return (
    <>
      <MarketAlternates paths={alternatePaths('p', product.slugs)} />
      <JsonLd
        data={[
          ...(variant ? [productJsonLd(product, variant, market, pageUrl)] : []),
          breadcrumbJsonLd([...crumbs, { name: product.name, href: basePath }].map((c) => ({ name: c.name, url: absoluteUrl(c.href) }))),
        ]}
      />
      <Breadcrumbs label={tb('label')} items={crumbs} current={product.name} />
      <div className="mt-6 grid gap-10 md:grid-cols-2 lg:gap-16">
        <ProductGallery
          key={variant?.sku ?? 'product'}
          images={images}
          name={product.name}
          label={t('gallery')}
          thumbLabels={images.map((_, i) => t('imageThumb', { index: i + 1, total: images.length }))}
        />
        <div>
          <h1 className="text-3xl font-semibold tracking-tight text-slate-900" data-testid="product-name">
            {product.name}
          </h1>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <p className="text-2xl text-slate-900" data-testid="pdp-price">
              <span className="sr-only">{t('price')}: </span>
              {price ? (
                <Price price={price} original={variant?.originalPrice} intlLocale={intlLocale} originalLabel={t('originalPrice')} originalTestId="pdp-price-original" />
              ) : (
                t('noPrice')
              )}
            </p>
            {variant && price && (
              <p
                data-testid="availability"
                className={`inline-flex items-center gap-1.5 rounded-full px-3 py-1 text-sm font-medium ${
                  variant.available ? 'bg-green-50 text-green-800' : 'bg-slate-100 text-slate-700'
                }`}
              >
                <span aria-hidden="true" className={`h-2 w-2 rounded-full ${variant.available ? 'bg-green-600' : 'bg-slate-500'}`} />
                {variant.available ? t('inStock') : t('soldOut')}
              </p>
            )}
          </div>
          {axes.length > 0 && variant && (
            <div className="mt-8">
              <VariantPicker
                action={basePath}
                combinations={product.variants.map((v) => selectionQuery(selectionOf(v, axes), axes))}
                axes={variantOptions(product.variants, axes, variant).map((axis) => ({
                  name: axis.name,
                  legend: axisLegend(axis.name),
                  options: axis.options.map((option) => ({
                    key: option.key,
                    label: option.label,
                    state: option.state,
                    selected: option.selected,
                    image: option.image,
                    href: `${basePath}${selectionQuery(option.selection, axes)}`,
                  })),
                }))}
              />
            </div>
          )}
          {variant && (
            <div className="mt-8">
              <AddToCart key={variant.sku} sku={variant.sku} available={available} locale={locale} />
              <WishlistToggle productId={product.id} sku={variant.sku} name={product.name} className="mt-4 inline-block" />
            </div>
          )}
          {product.description && (
            <section className="mt-8 border-t border-slate-200 pt-6" aria-labelledby="product-description">
              <h2 id="product-description" className="text-sm font-semibold text-slate-900">
                {t('description')}
              </h2>
              <p className="mt-2 leading-relaxed text-slate-700">{product.description}</p>
            </section>
          )}
          {variant && (
            <section className="mt-6 border-t border-slate-200 pt-6" aria-labelledby="product-details">
              <h2 id="product-details" className="text-sm font-semibold text-slate-900">
                {t('details')}
              </h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
                {details.map(([name, value]) => (
                  <div key={name} className="contents">
                    <dt className="text-slate-600">{name === 'material' ? t('material') : name}</dt>
                    <dd className="text-slate-900">{value.label}</dd>
                  </div>
                ))}
                <div className="contents">
                  <dt className="text-slate-600">{t('sku')}</dt>
                  <dd className="text-slate-900" data-testid="sku">
                    {variant.sku}
                  </dd>
                </div>
              </dl>
            </section>
          )}
        </div>
      </div>
      {/* Rendered with the page, not streamed behind a fallback (see the home page). */}
      <RelatedProducts product={product} market={market} />
      <RecentlyViewed product={{ id: product.id, slug: product.slug, name: product.name, image: product.image }} locale={locale} />
    </>
  );
}
