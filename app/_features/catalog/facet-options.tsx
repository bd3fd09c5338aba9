'use client';
// One facet's values: checkboxes with their product counts; colours as swatches (the colour from
// swatch-colors.ts, the name beside it, selected ones ringed and ticked). Each value is a real
// checkbox, so its name and checked state are announced and a plain form submit carries it.
import { useTranslations } from 'next-intl';
import type { FacetName } from './catalog-url';
import { swatchBackground } from './swatch-colors';

export type FacetOptionView = { key: string; label: string; count: number; selected: boolean };

export function FacetOptions({
  facet,
  options,
  isSelected,
  onToggle,
}: {
  facet: FacetName;
  options: FacetOptionView[];
  isSelected: (key: string) => boolean;
  onToggle: (key: string) => void;
}) {
  const t = useTranslations('Facets');
  const swatches = facet === 'color';
  return (
    <ul className={swatches ? 'mt-3 grid grid-cols-4 gap-x-2 gap-y-3' : 'mt-3 space-y-1'}>
      {options.map((option) => {
        const inputId = `facet-${facet}-${option.key}`;
        const box = {
          id: inputId,
          type: 'checkbox',
          name: facet,
          value: option.key,
          checked: isSelected(option.key),
          onChange: () => onToggle(option.key),
        } as const;
        const count = <span className="sr-only">({t('count', { count: option.count })})</span>;
        if (swatches) {
          return (
            <li key={option.key}>
              <label htmlFor={inputId} className="flex cursor-pointer flex-col items-center gap-1 rounded-md px-0.5 py-1 text-center text-xs text-slate-700 hover:bg-slate-50">
                <span className="relative inline-flex">
                  <input
                    {...box}
                    data-swatch={option.key}
                    style={{ background: swatchBackground(option.key, option.label) }}
                    className="peer h-9 w-9 cursor-pointer appearance-none rounded-full border border-slate-400 ring-offset-2 checked:ring-2 checked:ring-slate-900 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-blue-700"
                  />
                  <svg
                    aria-hidden="true"
                    viewBox="0 0 20 20"
                    className="pointer-events-none absolute inset-0 m-auto hidden h-5 w-5 rounded-full bg-white p-0.5 text-slate-900 shadow peer-checked:block"
                    fill="currentColor"
                  >
                    <path fillRule="evenodd" d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z" clipRule="evenodd" />
                  </svg>
                </span>
                <span className="leading-tight break-words">{option.label}</span>
                {count}
              </label>
            </li>
          );
        }
        return (
          <li key={option.key}>
            <label htmlFor={inputId} className="flex cursor-pointer items-center gap-3 rounded-md px-1 py-1 text-sm text-slate-700 hover:bg-slate-50">
              <input {...box} className="h-4 w-4 rounded border-slate-400 accent-slate-900" />
              <span className="flex-1">{option.label}</span>
              <span className="text-xs text-slate-600" aria-hidden="true">
                {option.count}
              </span>
              {count}
            </label>
          </li>
        );
      })}
    </ul>
  );
}
