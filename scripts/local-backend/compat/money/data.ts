// Everything a Cart's money depends on besides the Cart itself, read from the mock's storage at
// the time of the calculation: tax categories, the Cart's products, categories, product types,
// cart discounts, discount codes (with their applications counted over Orders), shipping methods,
// zones and the Cart's customer.
import type {
  Cart,
  CartDiscount,
  Category,
  Customer,
  DiscountCode,
  Product,
  ShippingMethod,
  TaxCategory,
  Zone,
} from '@commercetools/platform-sdk';
import type { Upstream } from '../upstream';
import type { CodeApplications } from './discounts';

export type MoneyData = {
  now: Date;
  taxCategories: Map<string, TaxCategory>;
  products: Map<string, Product>;
  categories: Map<string, Category>;
  productTypeKeys: Map<string, string | undefined>;
  cartDiscounts: CartDiscount[];
  discountCodes: Map<string, DiscountCode>;
  shippingMethods: Map<string, ShippingMethod>;
  zones: Zone[];
  customer?: Customer;
  customerGroupKey?: string;
  codeApplications: Map<string, CodeApplications>;
};

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));

/** Times each Discount Code was applied: once per Order that carries it. */
async function codeApplications(upstream: Upstream, codes: readonly DiscountCode[]): Promise<Map<string, CodeApplications>> {
  const counted = new Map<string, { total: number; byCustomer: Map<string, number> }>();
  if (!codes.some((c) => c.maxApplications !== undefined || c.maxApplicationsPerCustomer !== undefined)) return counted;
  for (const order of await upstream.all('order')) {
    for (const info of order.discountCodes ?? []) {
      if (info.state !== 'MatchesCart') continue;
      const entry = counted.get(info.discountCode.id) ?? { total: 0, byCustomer: new Map<string, number>() };
      entry.total += 1;
      if (order.customerId) entry.byCustomer.set(order.customerId, (entry.byCustomer.get(order.customerId) ?? 0) + 1);
      counted.set(info.discountCode.id, entry);
    }
  }
  return counted;
}

export async function loadMoneyData(upstream: Upstream, cart: Cart, now = new Date()): Promise<MoneyData> {
  const productIds = [...new Set(cart.lineItems.map((l) => l.productId))];
  const products = new Map<string, Product>();
  for (const id of productIds) {
    const product = await upstream.get('product', id);
    if (product) products.set(id, product);
  }
  const discountCodes = await upstream.all('discount-code');
  const customer = cart.customerId ? ((await upstream.get('customer', cart.customerId)) ?? undefined) : undefined;
  const customerGroupId = cart.customerGroup?.id;
  const customerGroup = customerGroupId ? await upstream.get('customer-group', customerGroupId) : undefined;
  const productTypes = await upstream.all('product-type');
  return {
    now,
    taxCategories: byId(await upstream.all('tax-category')),
    products,
    categories: byId(await upstream.all('category')),
    productTypeKeys: new Map(productTypes.map((t) => [t.id, t.key])),
    cartDiscounts: await upstream.all('cart-discount'),
    discountCodes: byId(discountCodes),
    shippingMethods: byId(await upstream.all('shipping-method')),
    zones: await upstream.all('zone'),
    customer,
    customerGroupKey: customerGroup?.key,
    codeApplications: await codeApplications(upstream, discountCodes.filter((c) => cart.discountCodes.some((i) => i.discountCode.id === c.id))),
  };
}
