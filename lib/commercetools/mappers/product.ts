// Pure mapping from commercetools product projections (price-selected for a market) to the app's
// product types. Prices come only from the projection's price selection, never from the client.
import type { Attribute, Image, Price, ProductProjection, ProductVariant, TypedMoney } from '@commercetools/platform-sdk';
import type { Market } from '@/lib/markets';
import type { AttributeValue, Money, ProductDetail, ProductImage, ProductSummary, ProductVariantView } from '@/lib/types';
import { localize } from './category';

/** Attributes the storefront shows and filters by. */
const VARIANT_ATTRIBUTES = ['color', 'size'] as const;

export function toMoney(value: TypedMoney): Money {
  return { centAmount: value.centAmount, currencyCode: value.currencyCode, fractionDigits: value.fractionDigits };
}

/**
 * What a selected price charges and, when a product discount applies, what it charged before:
 * commercetools puts the discounted amount in `discounted.value` and keeps the original in `value`.
 */
function priceAmounts(price: Price | undefined): { price: Money | null; originalPrice: Money | null } {
  if (!price) return { price: null, originalPrice: null };
  const discounted = price.discounted?.value;
  if (!discounted || discounted.centAmount >= price.value.centAmount) return { price: toMoney(price.value), originalPrice: null };
  return { price: toMoney(discounted), originalPrice: toMoney(price.value) };
}

function toImage(image: Image, alt: string): ProductImage {
  return { url: image.url, alt: image.label ?? alt, width: image.dimensions.w, height: image.dimensions.h };
}

/** enum/lenum values arrive as `{key, label}` (label localized for lenum); plain values as-is. */
function attributeValue(attribute: Attribute, language: string): AttributeValue | null {
  const value: unknown = attribute.value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return { key: String(value), label: String(value) };
  }
  if (value && typeof value === 'object' && 'key' in value && typeof value.key === 'string') {
    const label = 'label' in value ? value.label : undefined;
    const text = typeof label === 'string' ? label : label && typeof label === 'object' ? localize(label as Record<string, string>, language) : '';
    return { key: value.key, label: text || value.key };
  }
  return null;
}

/**
 * A variant is available when commercetools says it is on stock; a variant without inventory
 * tracking (no availability) is sellable.
 */
export function variantAvailable(variant: ProductVariant): boolean {
  return variant.availability?.isOnStock ?? true;
}

export function reshapeVariant(variant: ProductVariant, language: string, productName: string): ProductVariantView {
  const attributes: Record<string, AttributeValue> = {};
  for (const attribute of variant.attributes ?? []) {
    if (!(VARIANT_ATTRIBUTES as readonly string[]).includes(attribute.name)) continue;
    const value = attributeValue(attribute, language);
    if (value) attributes[attribute.name] = value;
  }
  return {
    sku: variant.sku ?? String(variant.id),
    ...priceAmounts(variant.price),
    available: variantAvailable(variant),
    attributes,
    images: (variant.images ?? []).map((image) => toImage(image, productName)),
  };
}

function allVariants(projection: ProductProjection): ProductVariant[] {
  return [projection.masterVariant, ...projection.variants];
}

/** The lowest price a shopper pays among the variants, with its undiscounted price. */
function lowestPrice(variants: ProductVariantView[]): Pick<ProductVariantView, 'price' | 'originalPrice'> {
  let lowest: ProductVariantView | null = null;
  for (const variant of variants) {
    if (variant.price && (!lowest?.price || variant.price.centAmount < lowest.price.centAmount)) lowest = variant;
  }
  return { price: lowest?.price ?? null, originalPrice: lowest?.originalPrice ?? null };
}

/**
 * @param matchingSkus when a search marked matching variants, the card shows the first of them
 * (e.g. the red one when filtering by red) and its price.
 */
export function reshapeProductSummary(projection: ProductProjection, market: Market, matchingSkus?: Set<string>): ProductSummary {
  const name = localize(projection.name, market.language);
  const variants = allVariants(projection).map((v) => reshapeVariant(v, market.language, name));
  const matching = matchingSkus?.size ? variants.filter((v) => matchingSkus.has(v.sku)) : [];
  const lead = matching[0] ?? variants[0];
  return {
    id: projection.id,
    slug: localize(projection.slug, market.language),
    name,
    image: lead?.images[0] ?? variants.find((v) => v.images.length)?.images[0] ?? null,
    ...lowestPrice(matching.length ? matching : variants),
    variants,
  };
}

export function reshapeProductDetail(projection: ProductProjection, market: Market): ProductDetail {
  return {
    ...reshapeProductSummary(projection, market),
    description: localize(projection.description, market.language),
    slugs: { ...projection.slug },
    categoryIds: projection.categories.map((c) => c.id),
    createdAt: projection.createdAt,
  };
}
