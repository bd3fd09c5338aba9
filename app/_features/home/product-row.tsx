import { IntentLink as Link } from '@/app/_ui/intent-link';
import type { Market } from '@/lib/markets';
import type { ProductSummary } from '@/lib/types';
import { ProductGrid } from '../catalog/product-grid';

/** A merchandised row of product cards under a heading, with a link to see more. Hidden when empty. */
export function ProductRow({
  id,
  title,
  products,
  market,
  more,
  testId,
}: {
  id: string;
  title: string;
  products: ProductSummary[];
  market: Market;
  more?: { href: string; text: string };
  testId?: string;
}) {
  if (products.length === 0) return null;
  return (
    <section className="mt-14" aria-labelledby={id} data-testid={testId}>
      <div className="flex items-baseline justify-between gap-4">
        <h2 id={id} className="text-xl font-semibold tracking-tight">
          {title}
        </h2>
        {more ? (
          <Link href={more.href} className="text-sm font-medium text-slate-700 underline underline-offset-4 hover:text-slate-900">
            {more.text}
          </Link>
        ) : null}
      </div>
      <div className="mt-6">
        <ProductGrid products={products} market={market} />
      </div>
    </section>
  );
}
