// Pure mapping from commercetools categories to the app's category tree.
import type { Category, LocalizedString } from '@commercetools/platform-sdk';
import type { CategoryNode } from '@/lib/types';

/** The value for a language, falling back to English, then to any value present. */
export function localize(value: LocalizedString | undefined, language: string): string {
  if (!value) return '';
  return value[language] ?? value.en ?? Object.values(value)[0] ?? '';
}

function byOrderHint(a: Category, b: Category): number {
  return a.orderHint.localeCompare(b.orderHint) || a.id.localeCompare(b.id);
}

/** Builds the tree from a flat list; categories whose parent is missing become roots. */
export function reshapeCategoryTree(categories: Category[], language: string): CategoryNode[] {
  const sorted = [...categories].sort(byOrderHint);
  const known = new Set(sorted.map((c) => c.id));
  const childrenOf = new Map<string | undefined, Category[]>();
  for (const category of sorted) {
    const parentId = category.parent && known.has(category.parent.id) ? category.parent.id : undefined;
    const siblings = childrenOf.get(parentId) ?? [];
    siblings.push(category);
    childrenOf.set(parentId, siblings);
  }
  const build = (parentId: string | undefined): CategoryNode[] =>
    (childrenOf.get(parentId) ?? []).map((c) => ({
      id: c.id,
      slug: localize(c.slug, language),
      name: localize(c.name, language),
      children: build(c.id),
    }));
  return build(undefined);
}
