import Link from 'next/link';
import type { CategoryNode } from '@/lib/types';

export function CategoryTree({ categories, locale }: { categories: CategoryNode[]; locale: string }) {
  return (
    <nav aria-label="Categories" className="mt-8">
      <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3" data-testid="category-tree">
        {categories.map((top) => (
          <li key={top.id} className="rounded-lg border border-slate-200 p-5">
            <Link href={`/${locale}/c/${top.slug}`} className="text-lg font-medium hover:underline">
              {top.name}
            </Link>
            {top.children.length > 0 && (
              <ul className="mt-3 space-y-1 text-sm">
                {top.children.map((child) => (
                  <li key={child.id}>
                    <Link href={`/${locale}/c/${child.slug}`} className="text-slate-700 hover:underline">
                      {child.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
