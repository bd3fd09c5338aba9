import { IntentLink as Link } from '@/app/_ui/intent-link';
import type { CategoryNode } from '@/lib/types';

/** The home page's category overview: every top-level category with its subcategories. */
export function CategoryTree({ categories, locale, headingId }: { categories: CategoryNode[]; locale: string; headingId: string }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="category-tree" aria-labelledby={headingId}>
      {categories.map((top) => (
        <li key={top.id} className="rounded-xl border border-slate-200 p-5 transition hover:border-slate-300 hover:shadow-sm">
          <Link href={`/${locale}/c/${top.slug}`} className="text-lg font-medium text-slate-900 hover:underline">
            {top.name}
          </Link>
          {top.children.length > 0 && (
            <ul className="mt-3 space-y-1.5 text-sm">
              {top.children.map((child) => (
                <li key={child.id}>
                  <Link href={`/${locale}/c/${child.slug}`} className="text-slate-700 hover:text-slate-900 hover:underline">
                    {child.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
