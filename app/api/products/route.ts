import { parseCatalogQuery } from '@/lib/catalog/query-schema';
import { getCategoryBySlug, searchProducts } from '@/lib/commercetools/catalog';
import { fieldErrors } from '@/lib/http/body';
import { AppError, appErrorFromCt } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { DEFAULT_MARKET, isMarketLocale, marketFor } from '@/lib/markets';
import type { ProductSummary } from '@/lib/types';

/** The contract's result item: the summary without the per-variant image lists. */
function toApiProduct(product: ProductSummary) {
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    image: product.image,
    price: product.price,
    variants: product.variants.map(({ sku, price, available, attributes }) => ({ sku, price, available, attributes })),
  };
}

// Catalog search for client-side search and for forkers: `?q&category&sort&page&limit` plus facet
// filters (color, size, price, availability). The market is `locale` when given, else the session's.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({
    handle: async ({ request, session }) => {
      const parsed = parseCatalogQuery(request.nextUrl.searchParams);
      if (!parsed.success) throw new AppError('validation_failed', { fields: fieldErrors(parsed.error) });
      const query = parsed.data;
      if (query.locale !== undefined && !isMarketLocale(query.locale)) {
        throw new AppError('validation_failed', { fields: { locale: ['is not a market'] } });
      }
      const sessionMarket = (await session.current())?.market;
      const market = marketFor(
        query.locale && isMarketLocale(query.locale) ? query.locale : isMarketLocale(sessionMarket) ? sessionMarket : DEFAULT_MARKET,
      );

      let categoryId: string | undefined;
      if (query.category) {
        const category = await getCategoryBySlug(query.category, market);
        if (!category.ok) throw appErrorFromCt(category);
        if (!category.value) throw new AppError('not_found');
        categoryId = category.value.id;
      }
      const result = await searchProducts(query, market, { categoryId });
      if (!result.ok) throw appErrorFromCt(result);
      return json({ results: result.value.results.map(toApiProduct), total: result.value.total, facets: result.value.facets });
    },
  }),
});
