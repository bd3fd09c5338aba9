import { getTranslations } from 'next-intl/server';
import { IntentLink as Link } from '@/app/_ui/intent-link';
import type { ReactNode } from 'react';
import { PRICE_BUCKETS, SORTS, type CatalogQuery } from '@/lib/catalog/query';
import { formatMoney } from '@/lib/format';
import { languageTag } from '@/lib/i18n/locale';
import type { Market } from '@/lib/markets';
import type { FacetResult, ProductSearchResult } from '@/lib/types';
import {
  catalogHref,
  clearFilters,
  hasFilters,
  toggleFacet,
  totalPages,
  withPage,
  type FacetName,
} from './catalog-url';
import { CatalogNavigation } from './catalog-navigation';
import { FacetForm, type FacetGroupView } from './facet-form';
import { sortByLabel, sortSizes } from './facet-order';
import { Pagination } from './pagination';
import { ProductGrid } from './product-grid';
import { SortSelect } from './sort-select';

const FACET_ORDER: FacetName[] = ['color', 'size', 'price', 'availability'];

function minorUnits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** The parameters of a query as form fields, for plain (no-JavaScript) form submits. */
function formFields(query: CatalogQuery, keep: Array<'q' | 'sort' | FacetName>): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  if (keep.includes('q') && query.q) fields.push(['q', query.q]);
  if (keep.includes('sort') && query.sort !== 'relevance') fields.push(['sort', query.sort]);
  for (const name of ['color', 'size', 'price'] as const) {
    if (keep.includes(name)) for (const value of query[name]) fields.push([name, value]);
  }
  if (keep.includes('availability') && query.availability) fields.push(['availability', query.availability]);
  return fields;
}

/**
 * The product area shared by listing and search pages: count, sort, facets, active filters, the
 * grid, pagination and the empty states. Every control is a URL built from `query`; facets
 * and sort act on it through <CatalogNavigation>.
 */
export async function CatalogResults({
  market,
  basePath,
  query: requested,
  result,
  emptyState,
  categorySlug,
}: {
  market: Market;
  basePath: string;
  query: CatalogQuery;
  result: ProductSearchResult;
  /** The listing's category (its slug), for the filter drawer's fresh counts. */
  categorySlug?: string;
  /** What to show when nothing matches and no filter is set (an empty category, a search without hits). */
  emptyState: ReactNode;
}) {
  // Links, chips and form fields carry the filters the search applied: the catalog's own keys,
  // without values it does not know (lib/catalog/normalize.ts).
  const query: CatalogQuery = { ...requested, color: result.applied.color, size: result.applied.size };
  const intlLocale = languageTag(market);
  const [t, tf, ts, tp] = await Promise.all([
    getTranslations({ locale: intlLocale, namespace: 'Listing' }),
    getTranslations({ locale: intlLocale, namespace: 'Facets' }),
    getTranslations({ locale: intlLocale, namespace: 'Sort' }),
    getTranslations({ locale: intlLocale, namespace: 'Pagination' }),
  ]);
  const href = (next: CatalogQuery) => catalogHref(basePath, next);
  const filtered = hasFilters(query);
  const clearHref = filtered ? href(clearFilters(query)) : null;

  const digits = minorUnits(market.currency);
  const money = (centAmount: number) => formatMoney({ centAmount, currencyCode: market.currency, fractionDigits: digits }, intlLocale, { trimZeroFraction: true });
  const priceLabel = (key: string, fallback: string) => {
    const bucket = PRICE_BUCKETS.find((b) => b.key === key);
    if (!bucket) return fallback;
    if (bucket.to === undefined) return tf('priceFrom', { from: money(bucket.from) });
    if (bucket.from === 0) return tf('priceUnder', { to: money(bucket.to) });
    return tf('priceRange', { from: money(bucket.from), to: money(bucket.to) });
  };
  const optionLabel = (facet: FacetName, key: string, label: string) =>
    facet === 'price' ? priceLabel(key, label) : facet === 'availability' ? tf('inStock') : label;

  const groups: FacetGroupView[] = FACET_ORDER.flatMap((name) => {
    const facet = result.facets.find((f: FacetResult) => f.name === name);
    if (!facet) return [];
    const buckets = name === 'size' ? sortSizes(facet.buckets) : name === 'color' ? sortByLabel(facet.buckets, intlLocale) : facet.buckets;
    const options = buckets
      .filter((bucket) => (name === 'availability' ? bucket.key === 'in-stock' : true))
      .filter((bucket) => bucket.count > 0 || bucket.selected)
      .map((bucket) => ({
        key: bucket.key,
        label: optionLabel(name, bucket.key, bucket.label),
        count: bucket.count,
        selected: bucket.selected,
      }));
    return options.length > 0 ? [{ name, legend: tf(name), options }] : [];
  });

  // Chips for the active filters, each a link that removes it. Only values the search knows (it
  // returns a bucket for every selected value the catalog defines); an unknown value in the URL
  // filtered nothing, so it gets no chip.
  const active = groups.flatMap((group) =>
    group.options
      .filter((option) => option.selected)
      .map((option) => ({ id: `${group.name}:${option.key}`, label: option.label, href: href(toggleFacet(query, group.name, option.key)) })),
  );

  const pages = totalPages(result.total, result.limit || query.limit);
  const page = query.page;
  const onlyColor = query.color.length === 1 ? query.color[0] : undefined;

  let body: ReactNode;
  if (result.total === 0 && !filtered) {
    body = emptyState;
  } else if (result.total === 0) {
    body = (
      <div className="rounded-lg border border-dashed border-slate-300 px-6 py-12 text-center" data-testid="empty-state">
        <p className="font-medium text-slate-900">{t('emptyFiltered')}</p>
        <p className="mt-2 text-sm text-slate-600">{t('emptyFilteredHint')}</p>
        {clearHref && (
          <Link href={clearHref} className="mt-6 inline-block rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">
            {t('clearFilters')}
          </Link>
        )}
      </div>
    );
  } else if (result.results.length === 0) {
    body = (
      <div className="rounded-lg border border-dashed border-slate-300 px-6 py-12 text-center" data-testid="empty-state">
        <p className="font-medium text-slate-900">{t('pageOutOfRange')}</p>
        <Link href={href(withPage(query, 1))} className="mt-6 inline-block text-sm font-medium text-slate-900 underline underline-offset-4">
          {t('firstPage')}
        </Link>
      </div>
    );
  } else {
    body = (
      <>
        <ProductGrid products={result.results} market={market} layout="listing" color={onlyColor} preloadFirst={page === 1 ? 3 : 0} />
        <Pagination
          page={page}
          pages={pages}
          href={(p) => href(withPage(query, p))}
          labels={{
            nav: tp('label'),
            previous: tp('previous'),
            next: tp('next'),
            previousPage: tp('previousPage'),
            nextPage: tp('nextPage'),
            page: (p) => tp('page', { page: p }),
            status: tp('status', { page, pages }),
          }}
        />
      </>
    );
  }

  const showControls = result.total > 0 || filtered;

  return (
    <CatalogNavigation basePath={basePath} query={query}>
      <div className={showControls ? 'mt-8 grid gap-8 lg:grid-cols-[15rem_1fr]' : 'mt-8'}>
        {showControls && groups.length > 0 && (
          <aside aria-label={t('filters')} className="lg:row-span-2">
            <FacetForm
              action={basePath}
              groups={groups}
              hidden={formFields(query, ['q', 'sort'])}
              clearHref={clearHref}
              total={result.total}
              countScope={{ locale: market.locale, ...(categorySlug ? { category: categorySlug } : {}) }}
            />
          </aside>
        )}
        <section aria-labelledby="catalog-results-heading" className={groups.length === 0 && showControls ? 'lg:col-span-2' : undefined}>
          <h2 id="catalog-results-heading" className="sr-only">
            {t('products')}
          </h2>
          {showControls && (
            <div className="mb-6 flex flex-wrap items-center justify-between gap-4 border-b border-slate-200 pb-4">
              <p role="status" className="text-sm text-slate-700" data-testid="result-count">
                {t('productCount', { count: result.total })}
              </p>
              <SortSelect
                action={basePath}
                options={SORTS.map((sort) => ({ value: sort, label: ts(sort) }))}
                hidden={formFields(query, ['q', 'color', 'size', 'price', 'availability'])}
              />
            </div>
          )}
          {active.length > 0 && (
            <div className="mb-6 flex flex-wrap items-center gap-2" data-testid="active-filters">
              <span className="text-sm text-slate-600">{tf('active')}:</span>
              <ul className="flex flex-wrap gap-2">
                {active.map((filter) => (
                  <li key={filter.id}>
                    <Link
                      href={filter.href}
                      scroll={false}
                      aria-label={tf('remove', { filter: filter.label })}
                      className="inline-flex items-center gap-1.5 rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-800 hover:border-slate-500"
                    >
                      {filter.label}
                      <span aria-hidden="true">×</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {body}
        </section>
      </div>
    </CatalogNavigation>
  );
}
