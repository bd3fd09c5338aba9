// ProductProjections as the Product Projection API returns them: the current (or staged) data of a
// Product, each Variant with its `availability` (from the inventory) and, with price selection, its
// selected `price`; with `localeProjection`, localized strings reduced to those locales.
import type {
  Attribute,
  LocalizedString,
  Product,
  ProductProjection,
  ProductVariant,
  ProductVariantAvailability,
} from '@commercetools/platform-sdk';
import { errors } from '../errors';
import type { Upstream } from '../upstream';
import type { AttributeInfo } from './catalog';
import { type PriceSelector, selectPrice } from './price-selection';

export type ProjectionOptions = {
  staged: boolean;
  priceSelector?: PriceSelector;
  localeProjection?: readonly string[];
  availabilityBySku: ReadonlyMap<string, ProductVariantAvailability>;
  attributeInfo: ReadonlyMap<string, AttributeInfo>;
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function keepLocales(value: LocalizedString | undefined, locales: ReadonlySet<string>): LocalizedString | undefined {
  if (value === undefined || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([locale]) => locales.has(locale)));
}

function projectAttributeValue(value: unknown, fieldType: string, locales: ReadonlySet<string>): unknown {
  const base = fieldType.replace(/^set_/, '');
  if (fieldType.startsWith('set_') && Array.isArray(value)) return value.map((v) => projectAttributeValue(v, base, locales));
  if (base === 'ltext') return keepLocales(value as LocalizedString, locales);
  if (base === 'lenum' && typeof value === 'object' && value !== null) {
    const lenum = value as { key: string; label: LocalizedString };
    return { ...lenum, label: keepLocales(lenum.label, locales) };
  }
  return value;
}

function projectAttributes(
  attributes: readonly Attribute[] | undefined,
  info: ReadonlyMap<string, AttributeInfo>,
  locales: ReadonlySet<string>,
): Attribute[] | undefined {
  return attributes?.map((a) => {
    const fieldType = info.get(a.name)?.fieldType;
    return fieldType === undefined ? a : { ...a, value: projectAttributeValue(a.value, fieldType, locales) };
  });
}

/** Sets `price` (price selection) and `availability` of a Variant of a projection, in place. */
export function decorateVariant(variant: ProductVariant, options: Omit<ProjectionOptions, 'staged'>): void {
  const v = variant as Mutable<ProductVariant>;
  // Selection replaces whatever the mock put there.
  delete v.price;
  delete v.scopedPrice;
  delete v.scopedPriceDiscounted;
  if (options.priceSelector) {
    const price = selectPrice(variant.prices ?? [], options.priceSelector);
    if (price) v.price = price;
  }
  const availability = variant.sku === undefined ? undefined : options.availabilityBySku.get(variant.sku);
  if (availability) v.availability = structuredClone(availability);
  else delete v.availability;
  if (options.localeProjection) {
    v.attributes = projectAttributes(variant.attributes, options.attributeInfo, new Set(options.localeProjection)) ?? [];
  }
}

/** Applies price selection, availability and locale projection to a projection (as returned by the mock or built here), in place. */
export function decorateProjection(projection: ProductProjection, options: Omit<ProjectionOptions, 'staged'>): ProductProjection {
  const p = projection as Mutable<ProductProjection>;
  for (const variant of [p.masterVariant, ...(p.variants ?? [])]) decorateVariant(variant, options);
  if (options.localeProjection) {
    const locales = new Set(options.localeProjection);
    p.name = keepLocales(p.name, locales) as LocalizedString;
    p.slug = keepLocales(p.slug, locales) as LocalizedString;
    p.description = keepLocales(p.description, locales);
    p.metaTitle = keepLocales(p.metaTitle, locales);
    p.metaDescription = keepLocales(p.metaDescription, locales);
    p.metaKeywords = keepLocales(p.metaKeywords, locales);
    if (p.searchKeywords) {
      p.searchKeywords = Object.fromEntries(Object.entries(p.searchKeywords).filter(([locale]) => locales.has(locale)));
    }
    if (p.attributes) p.attributes = projectAttributes(p.attributes, options.attributeInfo, locales) ?? [];
  }
  return projection;
}

/** The ProductProjection of a stored Product: current data, or staged data with `staged`. */
export function buildProjection(product: Product, options: ProjectionOptions): ProductProjection {
  const data = structuredClone(options.staged ? product.masterData.staged : product.masterData.current);
  const projection: ProductProjection = {
    id: product.id,
    version: product.version,
    key: product.key,
    createdAt: product.createdAt,
    lastModifiedAt: product.lastModifiedAt,
    productType: product.productType,
    name: data.name,
    description: data.description,
    slug: data.slug,
    categories: data.categories ?? [],
    categoryOrderHints: data.categoryOrderHints,
    metaTitle: data.metaTitle,
    metaDescription: data.metaDescription,
    metaKeywords: data.metaKeywords,
    searchKeywords: data.searchKeywords,
    hasStagedChanges: product.masterData.hasStagedChanges,
    published: product.masterData.published,
    masterVariant: data.masterVariant,
    variants: data.variants ?? [],
    taxCategory: product.taxCategory,
    state: product.state,
    reviewRatingStatistics: product.reviewRatingStatistics,
    priceMode: product.priceMode,
    attributes: data.attributes,
  };
  return decorateProjection(projection, options);
}

/** Expands references (`productType`, `categories[*]`, `taxCategory`, ...) of a projection like the API. */
export async function expandProjection(upstream: Upstream, projection: ProductProjection, expand: readonly string[]): Promise<ProductProjection> {
  if (expand.length === 0) return projection;
  try {
    return await upstream.storage.expand(upstream.projectKey, projection, [...expand]);
  } catch (error) {
    throw errors.invalidInput(`Invalid expand: ${expand.join(', ')} (${(error as Error).message})`);
  }
}
