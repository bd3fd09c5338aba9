import { parseCatalogQuery } from '@/lib/catalog/query-schema';
import { fieldErrors } from '@/lib/http/body';
import { AppError } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { isMarketLocale } from '@/lib/markets';
import { searchCatalog } from '@/lib/shop/catalog/catalog';

// Catalog search for client-side search and for forkers: `?q&category&sort&page&limit` plus facet
// filters (color, size, price, availability). The market is `locale` when given, else the session's.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({
    handle: async ({ request, shopper }) => {
      const parsed = parseCatalogQuery(request.nextUrl.searchParams);
      if (!parsed.success) throw new AppError('validation_failed', { fields: fieldErrors(parsed.error) });
      const { locale, ...query } = parsed.data;
      if (locale !== undefined && !isMarketLocale(locale)) throw new AppError('validation_failed', { fields: { locale: ['is not a market'] } });
      return json(await searchCatalog(shopper, { ...query, locale }));
    },
  }),
});
