'use client';
// The header's search box shows the query of the search page it sits on. The header is shared by
// every page (catalog pages become cached HTML), so it never gets the query from the server: this
// island reads it from the URL. Keyed by the query, so a new search resets what was typed.
import { usePathname, useSearchParams } from 'next/navigation';
import type { InputHTMLAttributes } from 'react';

export type SearchInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'defaultValue' | 'value'>;

export function SearchQueryInput(props: SearchInputProps) {
  const pathname = usePathname();
  const params = useSearchParams();
  const q = /\/search\/?$/.test(pathname) ? (params.get('q') ?? '') : '';
  return <input key={q} {...props} defaultValue={q} />;
}
