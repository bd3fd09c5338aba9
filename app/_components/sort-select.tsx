'use client';
// Sort as a labelled select in a GET form; with JavaScript a change navigates to the URL the
// server computed for that sort (filters kept, back to page 1).
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useOptimistic, useTransition } from 'react';
import { useHydrated } from './use-hydrated';

export type SortOptionView = { value: string; label: string; href: string };

export function SortSelect({
  action,
  options,
  selected,
  hidden,
}: {
  action: string;
  options: SortOptionView[];
  selected: string;
  hidden: Array<[string, string]>;
}) {
  const t = useTranslations('Sort');
  const router = useRouter();
  const hydrated = useHydrated();
  const [, startTransition] = useTransition();
  const [value, setValue] = useOptimistic(selected);

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
        value={value}
        onChange={(event) => {
          const option = options.find((o) => o.value === event.target.value);
          if (!option) return;
          startTransition(() => {
            setValue(option.value);
            router.push(option.href, { scroll: false });
          });
        }}
        className="rounded-md border border-slate-300 bg-white py-1.5 pl-3 pr-8 text-sm text-slate-900"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {!hydrated && (
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
          {t('apply')}
        </button>
      )}
    </form>
  );
}
