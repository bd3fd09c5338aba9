import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { loadProduct, valueOrThrow } from '@/app/_features/catalog/load';
import { requireMarket } from '@/app/_ui/market-guard';

// The existence check sits above everything that streams on purpose: once the first part streams, the
// status is fixed at 200, so an unknown product must be found out before that to answer a real 404.
// The page reads the same (request-cached) product. No loading.tsx below: the product is loaded by
// then, and a streamed page is shown only after React's 300 ms reveal throttle (the LCP, issue 11).
export default async function ProductLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; slug: string }> }) {
  const market = await requireMarket(params);
  const { slug } = await params;
  const product = valueOrThrow(await loadProduct(slug, market), 'product');
  if (!product) notFound();
  return children;
}
