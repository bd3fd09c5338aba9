'use client';
// Pages whose URL contains a per-language slug (listing, product) tell the market switcher where the
// same page lives in the other markets. The header sits in the layout, above the page, hence a context.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { AlternatePaths } from './market-paths';

type AlternatesContextValue = { paths: AlternatePaths | null; setPaths: (paths: AlternatePaths | null) => void };

const AlternatesContext = createContext<AlternatesContextValue>({ paths: null, setPaths: () => {} });

export function AlternatesProvider({ children }: { children: ReactNode }) {
  const [paths, setPaths] = useState<AlternatePaths | null>(null);
  return <AlternatesContext.Provider value={{ paths, setPaths }}>{children}</AlternatesContext.Provider>;
}

/** Rendered by a page: registers its alternates while it is shown. */
export function MarketAlternates({ paths }: { paths: AlternatePaths }) {
  const { setPaths } = useContext(AlternatesContext);
  const serialized = JSON.stringify(paths);
  useEffect(() => {
    setPaths(JSON.parse(serialized) as AlternatePaths);
    return () => setPaths(null);
  }, [serialized, setPaths]);
  return null;
}

export function useAlternatePaths(): AlternatePaths | null {
  return useContext(AlternatesContext).paths;
}
