// The storefront scope allowlist: the one place that decides which commercetools scopes the
// storefront's Frontend API client may hold. The boot guard, `npm run check:env`, the local backend's
// default client and the README table all read it from here.

/** Scopes the storefront needs: the default set we request and the local Frontend client holds. */
export const STOREFRONT_SCOPES = {
  view_published_products: 'Catalog reads: published product projections and Product Search.',
  view_categories: 'Category tree, navigation and listing pages.',
  manage_orders: 'Carts and orders (commercetools has no separate cart scope).',
  manage_customers: 'Sign-up, sign-in (POST /login), profile and address book.',
  view_shipping_methods: 'Shipping methods that match a cart at checkout.',
  manage_payments: 'Payment objects attached to a cart before the order is placed.',
} as const;

/** Scopes a storefront may hold when a feature needs them; never requested by default. */
export const OPTIONAL_STOREFRONT_SCOPES = {
  view_project_settings: 'Project currencies, countries and languages.',
  view_types: 'Custom field definitions for carts, orders and customers.',
  view_tax_categories: 'Showing tax categories (tax itself is computed by commercetools).',
  view_cart_discounts: 'Showing active promotions.',
  view_discount_codes: 'Showing discount code details.',
  view_stores: 'Store-scoped storefronts.',
  manage_sessions: 'commercetools Checkout sessions (production payment provider).',
  manage_shopping_lists: 'The wishlist (shopping lists owned by a customer or a guest session); without it the wishlist is off.',
} as const;

export type StorefrontScope = keyof typeof STOREFRONT_SCOPES;

export const DEFAULT_STOREFRONT_SCOPES = Object.keys(STOREFRONT_SCOPES) as StorefrontScope[];
const ALLOWED = new Set<string>([...DEFAULT_STOREFRONT_SCOPES, ...Object.keys(OPTIONAL_STOREFRONT_SCOPES)]);

/**
 * commercetools writes scopes as `name:projectKey` (or `name:projectKey:storeKey`); the part before
 * the first colon is what the allowlist is about.
 */
export function scopeName(scope: string): string {
  return scope.split(':', 1)[0] ?? scope;
}

export type ScopeViolation = { scope: string; reason: string };

/** Why a scope must never reach a storefront, or null when the allowlist permits it. */
function scopeViolation(scope: string): ScopeViolation | null {
  const name = scopeName(scope);
  if (name === 'manage_project') {
    return { scope, reason: 'manage_project is full admin access to the whole project' };
  }
  if (name === 'manage_api_clients' || name === 'view_api_clients') {
    return { scope, reason: `${name} lets the holder read or mint API credentials` };
  }
  if (name.startsWith('manage_my_') || name.startsWith('view_my_')) {
    return { scope, reason: `${name} is a customer-token (SPA) scope, not for a backend-for-frontend client` };
  }
  if (!ALLOWED.has(name)) {
    return { scope, reason: `${name} is outside the storefront scope allowlist` };
  }
  return null;
}

/** Splits a space-separated scope string (token response `scope`, `CTP_SCOPES`) into scopes. */
export function parseScopeList(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

export function scopeViolations(scopes: readonly string[]): ScopeViolation[] {
  return scopes.map(scopeViolation).filter((v): v is ScopeViolation => v !== null);
}
