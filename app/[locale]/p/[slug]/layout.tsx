import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { loadProduct, valueOrThrow } from '@/app/_features/catalog/load';
import { isMarketLocale, marketFor } from '@/lib/markets';

// The existence check sits above loading.tsx on purpose: once the skeleton streams, the status is
// fixed at 200, so an unknown product must be found out before that to answer a real 404. The page
// reads the same (request-cached) product.
export default async function ProductLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isMarketLocale(locale)) notFound();
  const product = valueOrThrow(await loadProduct(slug, marketFor(locale)), 'product');
  if (!product) notFound();
  return children;
}
