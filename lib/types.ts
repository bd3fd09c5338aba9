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

/** A cart in a sentence: the header's badge and what sign-in and market switches answer. */
export type CartSummary = { id: string; itemCount: number };

/** A market as the API names it. */
export type MarketView = Pick<Market, 'locale' | 'country' | 'currency'>;

export type SessionView = {
  market: MarketView;
  customer: { id: string } | null;
  cart: CartSummary | null;
};

export type ProductImage = { url: string; alt: string; width: number; height: number };

/** An attribute value as the shopper sees it; `key` is what URLs and filters use. */
export type AttributeValue = { key: string; label: string };

export type ProductVariantView = {
  sku: string;
  /** The price selected for the market (currency + country), or null when the market has none. */
  price: Money | null;
  /** The price before commercetools' product discount (`value` of a discounted price), else null. */
  originalPrice: Money | null;
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
  /** That variant's price before a product discount, when one applies. */
  originalPrice: Money | null;
  variants: ProductVariantView[];
};

/** GET /api/products: a page of products (without per-variant images), the total and the facets. */
export type CatalogSearchAnswer = {
  results: Array<Omit<ProductSummary, 'variants'> & { variants: Array<Omit<ProductVariantView, 'images'>> }>;
  total: number;
  facets: FacetResult[];
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
  /** The colour and size filters applied: the query's, in the catalog's own keys (unknown ones dropped). */
  applied: { color: string[]; size: string[] };
};

/** An address in the signed-in customer's address book (the checkout's Address, with its id). */
export type AccountAddress = Address & { id: string };

export type AddressBook = {
  addresses: AccountAddress[];
  defaultShippingAddressId: string | null;
  defaultBillingAddressId: string | null;
};

/** The signed-in customer's own profile (GET /api/account). */
export type CustomerProfile = AddressBook & {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
};

/** A postal address as the checkout takes and shows it. */
export type Address = {
  firstName: string;
  lastName: string;
  streetName: string;
  streetNumber?: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  state?: string;
  phone?: string;
};

export type CartLineItem = {
  id: string;
  sku: string;
  productId: string;
  name: string;
  slug: string;
  image: ProductImage | null;
  quantity: number;
  /** The unit price commercetools selected (a product discount included), before cart discounts. */
  unitPrice: Money;
  /** commercetools' line total: quantity x price, cart discounts on the line included. */
  totalPrice: Money;
  /** The unit price before the product discount (the price's `value`), when one applies; else null. */
  originalUnitPrice: Money | null;
  /** quantity x the undiscounted unit price, when product or cart discounts lowered the line; else null. */
  originalTotalPrice: Money | null;
};

export type AppliedDiscountCode = {
  /** The discount code's id (DELETE /api/cart/discount-codes/{id}). */
  id: string;
  /** The code as entered; null only if commercetools did not expand the reference. */
  code: string | null;
  /** commercetools' DiscountCodeState: MatchesCart, DoesNotMatchCart, NotActive, NotValid, ... */
  state: string;
};

/** The shipping method set on a cart or order, with the price commercetools computed for it. */
export type SelectedShippingMethod = { id: string | null; name: string; price: Money };

/**
 * The cart (docs/api.md, Cart). Every amount is commercetools' own, arranged so that
 * `subtotal - discount + shipping (+ tax where prices exclude it, US) = total`: subtotal is the
 * lines before cart discounts, discount the cart discounts (on lines and on the total), shipping the
 * shipping price, tax the total tax, total the gross total. Empty cart: `id: null`, no lines.
 */
export type Cart = {
  id: string | null;
  lineItems: CartLineItem[];
  itemCount: number;
  subtotal: Money;
  discountCodes: AppliedDiscountCode[];
  discount: Money;
  /** null until a shipping method is set. */
  shipping: Money | null;
  /** null until commercetools computed taxes (it needs the shipping address). */
  tax: Money | null;
  total: Money;
  email: string | null;
  shippingAddress: Address | null;
  billingAddress: Address | null;
  shippingMethod: SelectedShippingMethod | null;
};

/** A shipping method that matches the cart (GET /api/checkout/shipping-methods). */
export type ShippingMethodOption = {
  id: string;
  key: string | null;
  name: string;
  description: string;
  /** What shipping costs for this cart with this method. */
  price: Money;
  /** Shipping is free from this cart value on (null: never). */
  freeAbove: Money | null;
  isDefault: boolean;
};

export type Order = {
  id: string;
  orderNumber: string | null;
  createdAt: string;
  /** commercetools' OrderState: Open, Confirmed, Complete, Cancelled. */
  state: string;
  email: string | null;
  lineItems: CartLineItem[];
  itemCount: number;
  discountCodes: AppliedDiscountCode[];
  subtotal: Money;
  discount: Money;
  shipping: Money | null;
  tax: Money | null;
  total: Money;
  shippingAddress: Address | null;
  billingAddress: Address | null;
  shippingMethod: SelectedShippingMethod | null;
};

/** POST /api/checkout/payment-session: what commercetools Checkout's browser SDK (paymentFlow) takes. */
export type PaymentSession = { sessionId: string; projectKey: string; region: string };

/** One saved product variant of the wishlist (GET /api/wishlist); `sku` and `slug` are null once it is no longer published. */
export type WishlistItem = {
  id: string;
  productId: string;
  variantId: number;
  sku: string | null;
  name: string;
  slug: string | null;
  image: ProductImage | null;
  /** The price selected for the market, or null. */
  price: Money | null;
  /** Published, priced in the market and on stock: it can go into the cart. */
  available: boolean;
  addedAt: string;
};

/** The shopper's wishlist; `enabled` is false when the project has no shopping lists (scope not granted). */
export type Wishlist = { enabled: boolean; id: string | null; items: WishlistItem[]; itemCount: number };
