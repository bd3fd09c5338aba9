'use client';
// Facets as a GET form of checkboxes, beside the results from `lg` up and in a drawer below it.
// - Wide screens: each change toggles the value in the catalog query and navigates there
//   (catalog-navigation.tsx).
// - Narrow screens: "Filters" opens the form as a modal <dialog> (focus moves in, Escape closes
//   and returns focus). Changes there are a draft; "Show N results" gives the server's count for
//   the draft (the listing's own answer until something changes, then GET /api/products) and
//   applies it.
// - Without JavaScript: "Filters" is a link to the drawer (shown by :target) and the form submits
//   as a plain GET to the same page.
import { useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_ui/intent-link';
import { useRef, useState, type FormEvent, type MouseEvent } from 'react';
import * as shopApi from '@/lib/api-client';
import { catalogQueryString, type CatalogQuery } from '@/lib/catalog/query';
import { useCatalogNavigation } from './catalog-navigation';
import { clearFilters, toggleFacet, type FacetName } from './catalog-url';
import { FacetOptions, type FacetOptionView } from './facet-options';
import { WhenHydrated } from '../../_ui/use-hydrated';

export type FacetGroupView = { name: FacetName; legend: string; options: FacetOptionView[] };
/** What the drawer's count asks GET /api/products for besides the filters: the page's market and category. */
export type CountScope = { locale: string; category?: string };

const DRAWER_ID = 'catalog-filters';

function isSelected(query: CatalogQuery, facet: FacetName, key: string): boolean {
  return facet === 'availability' ? query.availability === key : (query[facet] as readonly string[]).includes(key);
}

export function FacetForm({
  action,
  groups,
  hidden,
  clearHref,
  total,
  countScope,
}: {
  action: string;
  groups: FacetGroupView[];
  /** Other parameters of the page (search text, sort) that a plain form submit must keep. */
  hidden: Array<[string, string]>;
  clearHref: string | null;
  /** The listing's result count for its current selection (the server's answer). */
  total: number;
  countScope: CountScope;
}) {
  const t = useTranslations('Facets');
  const { query, pending, navigate } = useCatalogNavigation();
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const countRequest = useRef<AbortController | null>(null);
  /** The selection being made in the open drawer; null when it is closed. */
  const [draft, setDraft] = useState<CatalogQuery | null>(null);
  const [count, setCount] = useState<{ total: number | null; pending: boolean }>({ total, pending: false });
  const shown = draft ?? query;
  const activeCount = groups.reduce((sum, group) => sum + group.options.filter((o) => isSelected(query, group.name, o.key)).length, 0);

  /**
   * The server's count for a draft: the products API with the page's scope, as the page would ask
   * after applying it (same sort and page size: one cache key with the page's own search).
   */
  function recount(next: CatalogQuery) {
    countRequest.current?.abort();
    const controller = new AbortController();
    countRequest.current = controller;
    setCount((current) => ({ ...current, pending: true }));
    const params = new URLSearchParams(catalogQueryString({ ...next, category: countScope.category, page: 1 }));
    params.set('locale', countScope.locale);
    void shopApi.searchProducts(`?${params}`, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      setCount({ total: result.ok ? result.body.total : null, pending: false });
    });
  }

  function changeDraft(next: CatalogQuery) {
    setDraft(next);
    recount(next);
  }

  function openDrawer() {
    setDraft(query);
    setCount({ total, pending: false });
    dialog.current?.showModal();
  }

  function onClosed() {
    countRequest.current?.abort();
    setDraft(null);
    trigger.current?.focus();
  }

  function toggle(facet: FacetName, key: string) {
    if (draft) changeDraft(toggleFacet(draft, facet, key));
    else navigate((current) => toggleFacet(current, facet, key));
  }

  function onClear(event: MouseEvent) {
    if (!draft) return;
    event.preventDefault();
    changeDraft(clearFilters(draft));
  }

  // Runs only once React is attached; before that the form submits as a plain GET.
  function apply(event: FormEvent) {
    event.preventDefault();
    const target = draft ?? query;
    dialog.current?.close();
    navigate(() => target);
  }

  const triggerClass = 'flex w-full items-center justify-between rounded-md border border-slate-300 px-4 py-2.5 text-sm font-medium text-slate-900 lg:hidden';
  const triggerLabel = (
    <>
      <span>
        {t('label')}
        {activeCount > 0 ? ` (${activeCount})` : ''}
      </span>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
        <path d="M3 5a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Zm3 5a1 1 0 0 1 1-1h6a1 1 0 1 1 0 2H7a1 1 0 0 1-1-1Zm3 5a1 1 0 0 1 1-1h0a1 1 0 1 1 0 2h0a1 1 0 0 1-1-1Z" />
      </svg>
    </>
  );
  const showLabel = count.total === null ? t('showResultsUnknown') : t('showResults', { count: count.total });
  const footer = (hydrated: boolean) => (
    <div className={`sticky bottom-0 -mx-4 border-t border-slate-200 bg-white px-4 py-3 ${hydrated ? 'lg:hidden' : 'lg:static lg:mx-0 lg:border-0 lg:p-0'}`}>
      <button type="submit" aria-busy={count.pending || undefined} className="w-full rounded-md bg-slate-900 px-4 py-3 text-sm font-medium text-white hover:bg-slate-700 lg:w-auto lg:py-2" data-testid="show-results">
        {hydrated ? showLabel : t('apply')}
      </button>
      {hydrated && (
        <p role="status" className="sr-only">
          {draft && !count.pending && count.total !== null ? t('count', { count: count.total }) : ''}
        </p>
      )}
    </div>
  );

  return (
    <div>
      <WhenHydrated
        before={
          <a href={`#${DRAWER_ID}`} className={triggerClass}>
            {triggerLabel}
          </a>
        }
      >
        <button ref={trigger} type="button" aria-haspopup="dialog" aria-controls={DRAWER_ID} onClick={openDrawer} className={triggerClass} data-testid="filters-button">
          {triggerLabel}
        </button>
      </WhenHydrated>
      <dialog
        ref={dialog}
        id={DRAWER_ID}
        aria-labelledby={`${DRAWER_ID}-title`}
        onClose={onClosed}
        className="fixed inset-0 z-50 m-0 ml-auto h-dvh max-h-none w-full max-w-sm overflow-y-auto bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50 target:block lg:static lg:z-auto lg:block lg:h-auto lg:max-w-none lg:overflow-visible lg:bg-transparent lg:shadow-none"
      >
        <div className="sticky top-0 z-10 flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3 lg:hidden">
          <h2 id={`${DRAWER_ID}-title`} className="text-base font-semibold">
            {t('label')}
          </h2>
          <WhenHydrated
            before={
              <a href="#main" className="rounded-md p-2 hover:bg-slate-100" aria-label={t('close')}>
                <CloseIcon />
              </a>
            }
          >
            <button type="button" onClick={() => dialog.current?.close()} className="rounded-md p-2 hover:bg-slate-100" aria-label={t('close')}>
              <CloseIcon />
            </button>
          </WhenHydrated>
        </div>
        <form action={action} method="get" onSubmit={apply} aria-label={t('label')} aria-busy={pending || undefined} className="space-y-6 px-4 pt-4 lg:p-0" data-testid="facets">
          {hidden.map(([name, value]) => (
            <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
          ))}
          {clearHref && (
            <Link href={clearHref} scroll={false} onClick={onClear} className="inline-block text-sm font-medium text-slate-900 underline underline-offset-4">
              {t('clear')}
            </Link>
          )}
          {groups.map((group) => (
            <fieldset key={group.name} data-facet={group.name}>
              <legend className="text-sm font-semibold text-slate-900">{group.legend}</legend>
              <FacetOptions facet={group.name} options={group.options} isSelected={(key) => isSelected(shown, group.name, key)} onToggle={(key) => toggle(group.name, key)} />
            </fieldset>
          ))}
          {/* The drawer's footer; on wide screens only without JavaScript (then it is the form's submit). */}
          <WhenHydrated before={footer(false)}>{footer(true)}</WhenHydrated>
        </form>
      </dialog>
    </div>
  );
}

function CloseIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
      <path d="M5.3 5.3a1 1 0 0 1 1.4 0L10 8.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4L10 11.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 10 5.3 6.7a1 1 0 0 1 0-1.4Z" />
    </svg>
  );
}
