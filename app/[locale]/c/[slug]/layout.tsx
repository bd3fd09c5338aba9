import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { loadCategory, valueOrThrow } from '@/app/_features/catalog/load';
import { requireMarket } from '@/app/_ui/market-guard';

// The existence check sits in the layout, before the page renders anything, so an unknown category
// answers a real 404. No loading.tsx: the listing is one cached document, and a part streamed behind
// a fallback is only shown by React's reveal script, late on a phone (and never without JavaScript).
// The navigation progress bar marks a slow client navigation instead.
// docs/adr/0012-cacheable-catalog-html-with-hashed-scripts.md
export default async function CategoryLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; slug: string }> }) {
  const market = await requireMarket(params);
  const { slug } = await params;
  const category = valueOrThrow(await loadCategory(slug, market), 'category');
  if (!category) notFound();
  return children;
}
