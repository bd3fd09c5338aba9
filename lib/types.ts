// The app's own types. UI and Route Handlers use these; commercetools SDK types stay inside
// lib/commercetools.
import type { Market } from './markets';

export type Money = { centAmount: number; currencyCode: string; fractionDigits: number };

export type CategoryNode = {
  id: string;
  slug: string;
  name: string;
  children: CategoryNode[];
};

export type SessionView = {
  market: Pick<Market, 'locale' | 'country' | 'currency'>;
  customer: { id: string } | null;
  cart: { id: string; itemCount: number } | null;
};

export type ProductImage = { url: string; alt: string; width: number; height: number };

/** An attribute value as the shopper sees it; `key` is what URLs and filters use. */
export type AttributeValue = { key: string; label: string };

export type ProductVariantView = {
  sku: string;
  /** The price selected for the market (currency + country), or null when the market has none. */
  price: Money | null;
  available: boolean;
  attributes: Record<string, AttributeValue>;
  images: ProductImage[];
};

export type ProductSummary = {
  id: string;
  slug: string;
  name: string;
  image: ProductImage | null;
  /** The lowest variant price in the market. */
  price: Money | null;
  variants: ProductVariantView[];
};

export type ProductDetail = ProductSummary & {
  description: string;
  /** Slugs per market language, for hreflang alternates and the sitemap. */
  slugs: Record<string, string>;
  categoryIds: string[];
  createdAt: string;
};

export type CategoryView = CategoryNode & {
  description: string;
  /** Root first, this category last. */
  ancestors: Array<Pick<CategoryNode, 'id' | 'slug' | 'name'>>;
  slugs: Record<string, string>;
};

export type FacetBucket = { key: string; label: string; count: number; selected: boolean };
export type FacetResult = { name: 'color' | 'size' | 'price' | 'availability'; buckets: FacetBucket[] };

export type ProductSearchResult = {
  results: ProductSummary[];
  total: number;
  page: number;
  limit: number;
  facets: FacetResult[];
};
