import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { loadCategory, valueOrThrow } from '@/app/_features/catalog/load';
import { requireMarket } from '@/app/_ui/market-guard';

// The existence check sits above loading.tsx on purpose: once the skeleton streams, the status is
// fixed at 200, so an unknown category must be found out before that to answer a real 404.
export default async function CategoryLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; slug: string }> }) {
  const market = await requireMarket(params);
  const { slug } = await params;
  const category = valueOrThrow(await loadCategory(slug, market), 'category');
  if (!category) notFound();
  return children;
}
