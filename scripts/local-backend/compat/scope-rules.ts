// Which OAuth scopes allow which API calls, after the scope tables in the commercetools API
// reference. Any one listed scope allows the call; manage_project allows everything; a resource
// that is not listed here needs manage_project (fail closed).
//
// Read calls are GET/HEAD plus the POST endpoints that only search (`products/search`,
// `product-projections/search`, `orders/search`).

export type ProjectCall = {
  method: string;
  /** Path segments after `/{projectKey}` (and after `in-store/key={storeKey}`). */
  segments: readonly string[];
  query: URLSearchParams;
};

type ResourceRule = {
  read: readonly string[];
  write: readonly string[];
};

const own = (resource: string): ResourceRule => ({
  read: [`view_${resource}`, `manage_${resource}`],
  write: [`manage_${resource}`],
});

const CATALOG_READ = ['view_published_products', 'view_products', 'manage_products'] as const;
const PRODUCTS: ResourceRule = { read: ['view_products', 'manage_products'], write: ['manage_products'] };
const SHIPPING: ResourceRule = own('shipping_methods');
const ORDERS: ResourceRule = own('orders');
// /me endpoints act for the customer or anonymous session of a customer token; a client
// credentials token only gets there with manage_project.
const ME_SCOPES = [
  'manage_my_profile',
  'manage_my_orders',
  'manage_my_shopping_lists',
  'manage_my_payments',
  'manage_my_quote_requests',
  'manage_my_business_units',
] as const;

const RULES: Record<string, ResourceRule> = {
  categories: own('categories'),
  products: PRODUCTS,
  'product-types': PRODUCTS,
  inventory: PRODUCTS,
  carts: ORDERS,
  orders: ORDERS,
  customers: own('customers'),
  login: { read: ['manage_customers'], write: ['manage_customers'] },
  me: { read: ME_SCOPES, write: ME_SCOPES },
  'shipping-methods': SHIPPING,
  zones: SHIPPING,
  payments: own('payments'),
  'tax-categories': own('tax_categories'),
  'discount-codes': own('discount_codes'),
  'cart-discounts': own('cart_discounts'),
  types: own('types'),
  stores: own('stores'),
  'shopping-lists': own('shopping_lists'),
};

const SEARCH_POSTS = new Set(['products/search', 'product-projections/search', 'orders/search']);

/** The scopes (besides manage_project) that allow a call; empty means only manage_project does. */
export function scopesAllowing(call: ProjectCall): readonly string[] {
  const [resource, sub] = call.segments;
  const isRead =
    call.method === 'GET' ||
    call.method === 'HEAD' ||
    (call.method === 'POST' && SEARCH_POSTS.has(`${resource}/${sub ?? ''}`));

  // The project itself: GET /{projectKey} and its update POST.
  if (resource === undefined) {
    return isRead ? ['view_project_settings', 'manage_project_settings'] : ['manage_project_settings'];
  }

  if (resource === 'product-projections') {
    // view_published_products only ever sees published (current) data.
    if (!isRead) return [];
    return call.query.get('staged') === 'true' ? ['view_products', 'manage_products'] : CATALOG_READ;
  }
  if (resource === 'products' && isRead && sub === 'search') return CATALOG_READ;

  const rule = RULES[resource];
  if (!rule) return [];
  return isRead ? rule.read : rule.write;
}
