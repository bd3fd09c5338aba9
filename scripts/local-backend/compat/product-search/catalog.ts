// The search index of one request: the published (current) data of every Product as Product Search
// sees it, read from the mock's storage, with what the searchable fields need precomputed: the
// category subtree, stock per SKU, the Attribute types of each Product Type.
import type {
  AttributeDefinition,
  AttributeType,
  Category,
  InventoryEntry,
  Price,
  Product,
  ProductData,
  ProductType,
  ProductVariant,
  ProductVariantAvailability,
} from '@commercetools/platform-sdk';
import type { Upstream } from '../upstream';
import { type AnalyzedText, analyze } from './text';

export type AttributeInfo = {
  /** `lenum`, `set_lenum`, ...: the fieldType a search expression must name. */
  fieldType: string;
  isSearchable: boolean;
};

export type IndexedVariant = {
  id: number;
  sku?: string;
  key?: string;
  data: ProductVariant;
  prices: readonly Price[];
  availability?: ProductVariantAvailability;
};

export type IndexedProduct = {
  id: string;
  key?: string;
  createdAt: string;
  lastModifiedAt: string;
  product: Product;
  data: ProductData;
  productTypeId: string;
  /** Categories the Product is assigned to directly. */
  categories: readonly string[];
  /** Those Categories and all their ancestors: what `categoriesSubTree` matches. */
  categoriesSubTree: readonly string[];
  variants: readonly IndexedVariant[];
  attributes: ReadonlyMap<string, AttributeInfo>;
  /** Analyzed text per `field:language`, computed on first use. */
  analyzed: Map<string, AnalyzedText[]>;
};

export type SearchCatalog = {
  products: readonly IndexedProduct[];
  availabilityBySku: ReadonlyMap<string, ProductVariantAvailability>;
  attributeInfoByProductType: ReadonlyMap<string, ReadonlyMap<string, AttributeInfo>>;
};

export function fieldTypeOf(type: AttributeType): string {
  if (type.name === 'set') return `set_${fieldTypeOf(type.elementType)}`;
  if (type.name === 'nested') return 'nested';
  return type.name;
}

function attributeInfo(definitions: readonly AttributeDefinition[]): Map<string, AttributeInfo> {
  return new Map(
    definitions.map((d) => [d.name, { fieldType: fieldTypeOf(d.type), isSearchable: d.isSearchable !== false }]),
  );
}

/** Stock of each SKU as ProductVariantAvailability: the entry without supply channel at the top, the others under `channels`. */
export function availabilityBySku(entries: readonly InventoryEntry[]): Map<string, ProductVariantAvailability> {
  const result = new Map<string, ProductVariantAvailability>();
  for (const entry of entries) {
    if (!entry.sku) continue;
    const quantity = entry.availableQuantity ?? entry.quantityOnStock;
    const info = {
      isOnStock: quantity > 0,
      availableQuantity: quantity,
      version: entry.version,
      id: entry.id,
      ...(entry.restockableInDays === undefined ? {} : { restockableInDays: entry.restockableInDays }),
    };
    const current = (result.get(entry.sku) ?? {}) as { -readonly [K in keyof ProductVariantAvailability]: ProductVariantAvailability[K] };
    if (entry.supplyChannel) current.channels = { ...(current.channels ?? {}), [entry.supplyChannel.id]: info };
    else Object.assign(current, info);
    result.set(entry.sku, current);
  }
  return result;
}

function subTree(direct: readonly string[], parentOf: ReadonlyMap<string, string | undefined>): string[] {
  const all = new Set<string>();
  for (const id of direct) {
    let current: string | undefined = id;
    // A parent chain is finite; the guard only protects against corrupt data.
    while (current !== undefined && !all.has(current)) {
      all.add(current);
      current = parentOf.get(current);
    }
  }
  return [...all];
}

export function allVariants(data: ProductData): ProductVariant[] {
  return [data.masterVariant, ...(data.variants ?? [])];
}

export async function loadCatalog(upstream: Upstream): Promise<SearchCatalog> {
  const [products, categories, inventory, productTypes] = await Promise.all([
    upstream.all('product') as Promise<Product[]>,
    upstream.all('category') as Promise<Category[]>,
    upstream.all('inventory-entry') as Promise<InventoryEntry[]>,
    upstream.all('product-type') as Promise<ProductType[]>,
  ]);
  const parentOf = new Map(categories.map((c) => [c.id, c.parent?.id]));
  const stock = availabilityBySku(inventory);
  const typeInfo = new Map(productTypes.map((t) => [t.id, attributeInfo(t.attributes ?? [])]));

  const indexed: IndexedProduct[] = [];
  for (const product of products) {
    // Only the current (published) representation of Products is indexed for Product Search.
    if (!product.masterData.published) continue;
    const data = product.masterData.current;
    const direct = (data.categories ?? []).map((c) => c.id);
    indexed.push({
      id: product.id,
      key: product.key,
      createdAt: product.createdAt,
      lastModifiedAt: product.lastModifiedAt,
      product,
      data,
      productTypeId: product.productType.id,
      categories: direct,
      categoriesSubTree: subTree(direct, parentOf),
      variants: allVariants(data).map((v) => ({
        id: v.id,
        sku: v.sku,
        key: v.key,
        data: v,
        prices: v.prices ?? [],
        availability: v.sku === undefined ? undefined : stock.get(v.sku),
      })),
      attributes: typeInfo.get(product.productType.id) ?? new Map(),
      analyzed: new Map(),
    });
  }
  return { products: indexed, availabilityBySku: stock, attributeInfoByProductType: typeInfo };
}

/** Analyzed texts of a field of a product, cached for the request. */
export function analyzedOf(product: IndexedProduct, cacheKey: string, language: string | undefined, texts: () => string[]): AnalyzedText[] {
  let cached = product.analyzed.get(cacheKey);
  if (!cached) {
    cached = texts().map((t) => analyze(t, language));
    product.analyzed.set(cacheKey, cached);
  }
  return cached;
}
