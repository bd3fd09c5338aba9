// Facts about the demo catalog computed from its source data, so tests compare the API against
// the data itself rather than hard-coded numbers.
import type { CategoryDraft, ProductDraft, ProductVariantDraft } from '@commercetools/platform-sdk';
import { demoCatalog } from '../../scripts/local-backend/seed/demo-catalog';

export const catalog = demoCatalog();

export function variantsOf(product: ProductDraft): ProductVariantDraft[] {
  return [product.masterVariant!, ...(product.variants ?? [])];
}

export function attributeKey(variant: ProductVariantDraft, name: string): string | undefined {
  const value = variant.attributes?.find((a) => a.name === name)?.value as { key?: string } | string | undefined;
  return typeof value === 'string' ? value : value?.key;
}

/** What a shopper pays for the variant in a market: the sale amount where a product discount applies. */
export function priceIn(variant: ProductVariantDraft, currency: string, country: string): number | undefined {
  const price = variant.prices?.find((p) => p.value.currencyCode === currency && p.country === country);
  return (price?.discounted?.value ?? price?.value)?.centAmount;
}

/** The price before the product discount, when one applies (the struck-through amount). */
export function originalPriceIn(variant: ProductVariantDraft, currency: string, country: string): number | undefined {
  const price = variant.prices?.find((p) => p.value.currencyCode === currency && p.country === country);
  return price?.discounted ? price.value.centAmount : undefined;
}

export function categoryBySlug(slug: string, language = 'en'): CategoryDraft {
  const category = catalog.categories.find((c) => c.slug[language] === slug);
  if (!category) throw new Error(`no demo category ${slug}`);
  return category;
}

/** Keys of a category and all its descendants. */
export function subtreeKeys(category: CategoryDraft): Set<string> {
  const keys = new Set([category.key!]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of catalog.categories) {
      if (c.parent?.key && keys.has(c.parent.key) && !keys.has(c.key!)) {
        keys.add(c.key!);
        grew = true;
      }
    }
  }
  return keys;
}

export function productsInCategory(category: CategoryDraft): ProductDraft[] {
  const keys = subtreeKeys(category);
  return catalog.products.filter((p) => (p.categories ?? []).some((ref) => 'key' in ref && ref.key && keys.has(ref.key)));
}

export const topLevelCategories = catalog.categories.filter((c) => !c.parent);
