import { getTranslations } from 'next-intl/server';
import { languageTag } from '@/lib/i18n/locale';
import type { Market } from '@/lib/markets';
import type { ProductSummary } from '@/lib/types';
import { ProductCard } from './product-card';

const COLUMNS = {
  // Beside the filters: 2 columns on phones, 3 from tablets.
  listing: 'grid-cols-2 sm:grid-cols-3',
  // Full width: up to 4 columns.
  wide: 'grid-cols-2 sm:grid-cols-3 lg:grid-cols-4',
};

export async function ProductGrid({
  products,
  market,
  layout = 'wide',
  color,
  preloadFirst = 0,
  label,
}: {
  products: ProductSummary[];
  market: Market;
  layout?: keyof typeof COLUMNS;
  color?: string;
  /** How many of the first images to preload (the ones above the fold). */
  preloadFirst?: number;
  label?: string;
}) {
  const intlLocale = languageTag(market);
  const t = await getTranslations({ locale: intlLocale, namespace: 'ProductCard' });
  const labels = { soldOut: t('soldOut'), from: (price: string) => t('from', { price }), noPrice: t('noPrice'), originalPrice: t('originalPrice') };
  return (
    <ul className={`grid gap-x-4 gap-y-8 sm:gap-x-6 ${COLUMNS[layout]}`} aria-label={label} data-testid="product-grid">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            product={product}
            locale={market.locale}
            intlLocale={intlLocale}
            labels={labels}
            color={color}
            preload={index < preloadFirst}
          />
        </li>
      ))}
    </ul>
  );
}
