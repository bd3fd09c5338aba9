import { getTranslations } from 'next-intl/server';
import { getRelatedProducts } from '@/lib/shop/catalog/catalog';
import { languageTag } from '@/lib/i18n/locale';
import type { Market } from '@/lib/markets';
import type { ProductDetail } from '@/lib/types';
import { ProductGrid } from './product-grid';

/** Below the product, rendered with the page; a failure here hides the section rather than the page. */
export async function RelatedProducts({ product, market }: { product: ProductDetail; market: Market }) {
  const result = await getRelatedProducts(product, market, 4);
  if (!result.ok || result.value.length === 0) return null;
  const t = await getTranslations({ locale: languageTag(market), namespace: 'Product' });
  return (
    <section className="mt-16 border-t border-slate-200 pt-10" aria-labelledby="related-heading" data-testid="related-products">
      <h2 id="related-heading" className="text-xl font-semibold tracking-tight">
        {t('related')}
      </h2>
      <div className="mt-6">
        <ProductGrid products={result.value} market={market} />
      </div>
    </section>
  );
}
