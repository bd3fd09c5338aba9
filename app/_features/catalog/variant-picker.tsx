'use client';
// Variant selection as radio groups (one fieldset + legend per attribute) in a GET form: without
// JavaScript "Show selection" submits it; with it, choosing an option replaces the URL with the
// selection, so reload and share keep it. The next URL starts from the optimistic selection, not the
// last server render: two quick choices (colour, then size) must both stick.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useOptimistic, useTransition } from 'react';
import type { ProductImage } from '@/lib/types';
import { CatalogImage } from '../../_ui/catalog-image';
import { selectionQuery, type OptionState } from './variants';

export type VariantOptionView = { key: string; label: string; state: OptionState; selected: boolean; href: string; image: ProductImage | null };
type VariantAxisView = { name: string; legend: string; options: VariantOptionView[] };

type VariantPickerProps = {
  action: string;
  axes: VariantAxisView[];
  /** The query string (`?color=navy&size=m`) of every variant that exists, axes in order. */
  combinations: string[];
};

export function VariantPicker({ action, axes, combinations }: VariantPickerProps) {
  const t = useTranslations('Variant');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const selected = Object.fromEntries(axes.map((axis) => [axis.name, axis.options.find((o) => o.selected)?.key ?? '']));
  const [optimistic, select] = useOptimistic(selected, (state: Record<string, string>, change: [string, string]) => ({
    ...state,
    [change[0]]: change[1],
  }));

  /** The chosen option on top of the current (possibly still pending) selection when that variant
   * exists; otherwise the server's resolution for this option (the nearest variant that does). */
  function nextHref(axis: string, option: VariantOptionView): string {
    const selection = Object.fromEntries(Object.entries({ ...optimistic, [axis]: option.key }).filter(([, key]) => key !== ''));
    const query = selectionQuery(selection, axes.map((a) => a.name));
    return combinations.includes(query) ? `${action}${query}` : option.href;
  }

  function choose(axis: string, option: VariantOptionView) {
    const href = nextHref(axis, option);
    startTransition(() => {
      select([axis, option.key]);
      router.replace(href, { scroll: false });
    });
  }

  return (
    <form action={action} method="get" className="space-y-6" aria-busy={pending || undefined} data-testid="variant-picker">
      {axes.map((axis) => {
        const current = axis.options.find((o) => o.key === optimistic[axis.name]);
        const swatches = axis.name === 'color' && axis.options.some((o) => o.image);
        return (
          <fieldset key={axis.name} data-axis={axis.name}>
            <legend className="text-sm font-semibold text-slate-900">
              {axis.legend}
              {current && <span className="font-normal text-slate-700">: {current.label}</span>}
            </legend>
            <div className="mt-3 flex flex-wrap gap-2">
              {axis.options.map((option) => {
                const id = `variant-${axis.name}-${option.key}`;
                const note = option.state === 'sold-out' ? t('soldOut') : option.state === 'unavailable' ? t('unavailable') : null;
                return (
                  <div key={option.key}>
                    <input
                      id={id}
                      type="radio"
                      name={axis.name}
                      value={option.key}
                      checked={optimistic[axis.name] === option.key}
                      onChange={() => choose(axis.name, option)}
                      className="peer sr-only"
                    />
                    <label
                      htmlFor={id}
                      className={`flex cursor-pointer items-center gap-2 rounded-lg border text-sm transition peer-checked:border-slate-900 peer-checked:ring-1 peer-checked:ring-slate-900 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-700 ${
                        swatches ? 'p-1.5 pr-3' : 'min-w-12 justify-center px-3 py-2'
                      } ${option.state === 'available' ? 'border-slate-300 text-slate-900 hover:border-slate-500' : 'border-dashed border-slate-300 text-slate-600'}`}
                    >
                      {swatches && option.image && (
                        <CatalogImage src={option.image.url} alt="" width={40} height={40} sizes="40px" className="h-10 w-10 rounded-md object-cover" />
                      )}
                      <span className={option.state === 'available' ? '' : 'line-through decoration-slate-500'}>{option.label}</span>
                      {note && <span className="sr-only">({note})</span>}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      {/* Only without JavaScript: a button that vanished on hydration would shift the page below it. */}
      <noscript>
        <button type="submit" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium">
          {t('update')}
        </button>
      </noscript>
    </form>
  );
}
