'use client';
// Facets as a GET form of checkboxes: without JavaScript "Apply filters" submits it; with it, each
// change toggles the value in the catalog query and navigates there (see catalog-navigation.tsx).
import { useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_ui/intent-link';
import { useId, useState } from 'react';
import type { CatalogQuery } from '@/lib/catalog/query';
import { useCatalogNavigation } from './catalog-navigation';
import { toggleFacet, type FacetName } from './catalog-url';
import { useHydrated } from '../../_ui/use-hydrated';

type FacetOptionView = { key: string; label: string; count: number; selected: boolean };
export type FacetGroupView = { name: FacetName; legend: string; options: FacetOptionView[] };

function isSelected(query: CatalogQuery, facet: FacetName, key: string): boolean {
  return facet === 'availability' ? query.availability === key : (query[facet] as readonly string[]).includes(key);
}

export function FacetForm({
  action,
  groups,
  hidden,
  clearHref,
}: {
  action: string;
  groups: FacetGroupView[];
  /** Other parameters of the page (search text, sort) that a plain form submit must keep. */
  hidden: Array<[string, string]>;
  clearHref: string | null;
}) {
  const t = useTranslations('Facets');
  const panelId = useId();
  const hydrated = useHydrated();
  const [shown, setShown] = useState(false);
  const { query, pending, navigate } = useCatalogNavigation();
  const activeCount = groups.reduce((sum, group) => sum + group.options.filter((o) => isSelected(query, group.name, o.key)).length, 0);

  return (
    <div>
      <button
        type="button"
        aria-expanded={shown}
        aria-controls={panelId}
        onClick={() => setShown((value) => !value)}
        className="flex w-full items-center justify-between rounded-md border border-slate-300 px-4 py-2.5 text-sm font-medium lg:hidden"
      >
        <span>
          {t('label')}
          {activeCount > 0 ? ` (${activeCount})` : ''}
        </span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-4 w-4 transition-transform ${shown ? 'rotate-180' : ''}`} fill="currentColor">
          <path fillRule="evenodd" d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.06l3.71-3.83a.75.75 0 1 1 1.08 1.04l-4.25 4.39a.75.75 0 0 1-1.08 0L5.21 8.27a.75.75 0 0 1 .02-1.06Z" clipRule="evenodd" />
        </svg>
      </button>
      <form
        id={panelId}
        action={action}
        method="get"
        aria-label={t('label')}
        aria-busy={pending || undefined}
        className={`${shown ? 'block' : 'hidden'} mt-4 space-y-6 lg:mt-0 lg:block`}
        data-testid="facets"
      >
        {hidden.map(([name, value]) => (
          <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
        ))}
        {clearHref && (
          <Link href={clearHref} scroll={false} className="inline-block text-sm font-medium text-slate-900 underline underline-offset-4">
            {t('clear')}
          </Link>
        )}
        {groups.map((group) => (
          <fieldset key={group.name} data-facet={group.name}>
            <legend className="text-sm font-semibold text-slate-900">{group.legend}</legend>
            <ul className="mt-3 space-y-1">
              {group.options.map((option) => {
                const inputId = `facet-${group.name}-${option.key}`;
                return (
                  <li key={option.key}>
                    <label htmlFor={inputId} className="flex cursor-pointer items-center gap-3 rounded-md px-1 py-1 text-sm text-slate-700 hover:bg-slate-50">
                      <input
                        id={inputId}
                        type="checkbox"
                        name={group.name}
                        value={option.key}
                        checked={isSelected(query, group.name, option.key)}
                        onChange={() => navigate((current) => toggleFacet(current, group.name, option.key))}
                        className="h-4 w-4 rounded border-slate-400 accent-slate-900"
                      />
                      <span className="flex-1">{option.label}</span>
                      <span className="text-xs text-slate-600" aria-hidden="true">
                        {option.count}
                      </span>
                      <span className="sr-only">({t('count', { count: option.count })})</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
        {!hydrated && (
          <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white">
            {t('apply')}
          </button>
        )}
      </form>
    </div>
  );
}
