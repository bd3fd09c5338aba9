'use client';
// The catalog query a listing or search page's controls act on. Facets and sort apply their change
// to the optimistic query (the server's query plus any navigation still on its way), not to the
// last server render: two quick choices (a colour, then a size) must both stick. The URL stays the
// only source of truth; the optimistic query only bridges the navigation.
import { useRouter } from 'next/navigation';
import { createContext, useContext, useOptimistic, useTransition, type ReactNode } from 'react';
import type { CatalogQuery } from '@/lib/catalog/query';
import { catalogHref } from './catalog-url';
import { NAVIGATION_START } from '../../_ui/navigation-progress';

type QueryChange = (query: CatalogQuery) => CatalogQuery;
type CatalogNavigationValue = { query: CatalogQuery; pending: boolean; navigate: (change: QueryChange) => void };

const CatalogNavigationContext = createContext<CatalogNavigationValue | null>(null);

export function CatalogNavigation({ basePath, query, children }: { basePath: string; query: CatalogQuery; children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [optimistic, apply] = useOptimistic(query, (state: CatalogQuery, change: QueryChange) => change(state));

  function navigate(change: QueryChange) {
    const href = catalogHref(basePath, change(optimistic));
    window.dispatchEvent(new Event(NAVIGATION_START));
    startTransition(() => {
      apply(change);
      router.push(href, { scroll: false });
    });
  }

  return <CatalogNavigationContext value={{ query: optimistic, pending, navigate }}>{children}</CatalogNavigationContext>;
}

export function useCatalogNavigation(): CatalogNavigationValue {
  const value = useContext(CatalogNavigationContext);
  if (!value) throw new Error('useCatalogNavigation needs a <CatalogNavigation> around it');
  return value;
}
