// Where a category sits in the tree: for breadcrumbs of products, whose data carries category ids only.
import type { CategoryNode } from '@/lib/types';

/** Root first, the category itself last; empty when the id is not in the tree. */
export function categoryPath(tree: readonly CategoryNode[], id: string): CategoryNode[] {
  for (const node of tree) {
    if (node.id === id) return [node];
    const below = categoryPath(node.children, id);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}

/** The deepest path among a product's categories (the most specific breadcrumb). */
export function primaryCategoryPath(tree: readonly CategoryNode[], ids: readonly string[]): CategoryNode[] {
  let best: CategoryNode[] = [];
  for (const id of ids) {
    const path = categoryPath(tree, id);
    if (path.length > best.length) best = path;
  }
  return best;
}
