// The one registry of server cache tags and lifetimes. Every cached catalog read names an entry
// here; the revalidation endpoint maps commercetools resources to these tags. Nothing per shopper
// is ever cached: cached functions take the market and query as arguments, never read cookies.

export const CACHE_TAGS = {
  /** Everything from the catalog: the operator's "flush all". */
  catalog: 'catalog',
  categories: 'catalog:categories',
  products: 'catalog:products',
} as const;

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS];

export type CacheEntry = { tags: CacheTag[]; /** seconds until a background refresh */ revalidate: number };

export const CACHE = {
  /** The category tree: changes rarely; webhooks expire it when it does. */
  categoryTree: { tags: [CACHE_TAGS.catalog, CACHE_TAGS.categories], revalidate: 3600 },
  /** Listing and search pages: prices and stock move, so a short lifetime. */
  productSearch: { tags: [CACHE_TAGS.catalog, CACHE_TAGS.products], revalidate: 300 },
  /** A product page's data. */
  product: { tags: [CACHE_TAGS.catalog, CACHE_TAGS.products], revalidate: 300 },
  /**
   * Is a SKU for sale (published, priced, on stock) when a shopper adds it: briefly cached so a
   * warm add is one commercetools request. Order placement re-checks uncached.
   */
  skuForSale: { tags: [CACHE_TAGS.catalog, CACHE_TAGS.products], revalidate: 60 },
  /** Attribute value labels for facets. */
  attributeLabels: { tags: [CACHE_TAGS.catalog, CACHE_TAGS.products], revalidate: 3600 },
  /**
   * The HTML of home, category and product pages (lib/cache/page-cache.ts): every page shows the
   * category menu and products, so any catalog change expires it.
   */
  catalogPage: { tags: [CACHE_TAGS.catalog, CACHE_TAGS.categories, CACHE_TAGS.products], revalidate: 300 },
  /** Every product and category slug for the sitemap. */
  sitemap: { tags: [CACHE_TAGS.catalog, CACHE_TAGS.categories, CACHE_TAGS.products], revalidate: 3600 },
} as const satisfies Record<string, CacheEntry>;

/** commercetools resource types (Subscription messages) -> the tags their changes expire. */
export const TAGS_FOR_RESOURCE: Record<string, CacheTag[]> = {
  product: [CACHE_TAGS.products],
  'product-projection': [CACHE_TAGS.products],
  'inventory-entry': [CACHE_TAGS.products],
  'standalone-price': [CACHE_TAGS.products],
  'product-discount': [CACHE_TAGS.products],
  category: [CACHE_TAGS.categories, CACHE_TAGS.products],
};
