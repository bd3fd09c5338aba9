// A GET form to /{locale}/search: works without JavaScript, and the result URL is shareable.
// Plain markup (no hooks), so server and client components can both render it.
import { Suspense } from 'react';
import { SearchQueryInput, type SearchInputProps } from './search-query-input';

export function SearchForm({
  locale,
  id,
  label,
  placeholder,
  submit,
  defaultValue,
  size = 'compact',
  formLabel,
}: {
  locale: string;
  id: string;
  label: string;
  placeholder: string;
  submit: string;
  defaultValue?: string;
  size?: 'compact' | 'large';
  /** Names the search landmark when a page has more than one. */
  formLabel?: string;
}) {
  const large = size === 'large';
  const inputProps: SearchInputProps = {
    id,
    name: 'q',
    type: 'search',
    maxLength: 100,
    placeholder,
    autoComplete: 'off',
    enterKeyHint: 'search',
    className: `min-w-0 flex-1 rounded-l-md border border-r-0 border-slate-300 bg-white text-slate-900 placeholder:text-slate-500 focus:border-blue-700 ${
      large ? 'px-4 py-3 text-base' : 'px-3 py-2 text-sm'
    }`,
  };
  return (
    <form role="search" aria-label={formLabel} action={`/${locale}/search`} method="get" className="flex w-full items-stretch">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      {defaultValue === undefined ? (
        // Without a value of its own (the header's box): the current search page's query, read
        // from the URL; until that island runs (or on a prerendered page), the empty box.
        <Suspense fallback={<input {...inputProps} />}>
          <SearchQueryInput {...inputProps} />
        </Suspense>
      ) : (
        <input {...inputProps} defaultValue={defaultValue} />
      )}
      <button
        type="submit"
        className={`inline-flex items-center gap-2 rounded-r-md bg-slate-900 font-medium text-white hover:bg-slate-700 ${
          large ? 'px-5 text-base' : 'px-3 text-sm'
        }`}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          <path fillRule="evenodd" d="M9 3.5a5.5 5.5 0 1 0 3.47 9.77l3.63 3.63a.75.75 0 1 0 1.06-1.06l-3.63-3.63A5.5 5.5 0 0 0 9 3.5ZM5 9a4 4 0 1 1 8 0 4 4 0 0 1-8 0Z" clipRule="evenodd" />
        </svg>
        <span className={large ? '' : 'sr-only sm:not-sr-only'}>{submit}</span>
      </button>
    </form>
  );
}
