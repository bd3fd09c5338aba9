'use client';
// Sort as a labelled select in a GET form; with JavaScript a change sets the sort in the catalog
// query (filters kept, back to page 1) and navigates there (see catalog-navigation.tsx).
import { useTranslations } from 'next-intl';
import { SORTS, type Sort } from '@/lib/catalog/query';
import { useCatalogNavigation } from './catalog-navigation';
import { withSort } from './catalog-url';

export type SortOptionView = { value: Sort; label: string };

export function SortSelect({
  action,
  options,
  hidden,
}: {
  action: string;
  options: SortOptionView[];
  hidden: Array<[string, string]>;
}) {
  const t = useTranslations('Sort');
  const { query, navigate } = useCatalogNavigation();

  return (
    <form action={action} method="get" className="flex items-center gap-2" data-testid="sort">
      {hidden.map(([name, v]) => (
        <input key={`${name}=${v}`} type="hidden" name={name} value={v} />
      ))}
      <label htmlFor="catalog-sort" className="text-sm text-slate-700">
        {t('label')}
      </label>
      <select
        id="catalog-sort"
        name="sort"
        value={query.sort}
        onChange={(event) => {
          const sort = SORTS.find((s) => s === event.target.value);
          if (sort) navigate((current) => withSort(current, sort));
        }}
        className="rounded-md border border-slate-300 bg-white py-1.5 pl-3 pr-8 text-sm text-slate-900"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {/* Only without JavaScript: a button that vanished on hydration would shift the grid below it. */}
      <noscript>
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
          {t('apply')}
        </button>
      </noscript>
    </form>
  );
}
