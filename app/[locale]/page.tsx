import { notFound } from 'next/navigation';
import { CategoryTree } from '@/app/_components/category-tree';
import { getCategoryTree } from '@/lib/commercetools/catalog';
import { isMarketLocale, marketFor } from '@/lib/markets';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isMarketLocale(locale)) notFound();
  const market = marketFor(locale);
  const categories = await getCategoryTree(market);
  // Upstream trouble goes to the error boundary, which keeps the header.
  if (!categories.ok) throw new Error(`category tree unavailable (${categories.kind})`);
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight">{market.language === 'de' ? 'Willkommen' : 'Welcome'}</h1>
      <p className="mt-2 text-slate-600">{market.language === 'de' ? 'Stöbern Sie in unseren Kategorien.' : 'Browse our categories.'}</p>
      <CategoryTree categories={categories.value} locale={market.locale} />
    </>
  );
}
