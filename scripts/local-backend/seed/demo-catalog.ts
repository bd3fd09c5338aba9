// The deterministic demo catalog the local commercetools backend is seeded with: project settings,
// zones, tax categories, product types, categories, products, shipping methods, inventory, the
// demo customer and the demo discount codes, all as commercetools API drafts that reference each
// other by key. Everything is generated from the fixed tables under ./data (and fixed dates), so
// two calls return deep-equal data.
//
// Product images are committed PNGs in public/demo-catalog/, named by the image rows of the same
// tables (tests/unit/local-backend/demo-catalog.test.ts checks each one exists, is a whole PNG and has the stated size).

import type { SeedCatalog } from './catalog-types';
import type {
  AttributeDefinitionDraft,
  BaseAddress,
  CartDiscountDraft,
  CategoryDraft,
  CustomerDraft,
  DiscountCodeDraft,
  Image,
  InventoryEntryDraft,
  PriceDraft,
  ProductDraft,
  ProductTypeDraft,
  ProductVariantDraft,
  ShippingMethodDraft,
  TaxCategoryDraft,
  ZoneDraft,
} from '@commercetools/platform-sdk';
import { CATEGORY_TREE } from './data/categories';
import { colorByKey } from './data/colors';
import { ATTRIBUTE_LABELS, COLOR_VALUES, PRODUCT_TYPES, type ProductTypeKey, sizeOf } from './data/product-types';
import { demoProductRows, IMAGE_SIZE, type DemoProductRow } from './data/rows';
import { productDiscounts, salePrice } from './demo-sale';

export const DEMO_CUSTOMER: { email: string; password: string; firstName: string; lastName: string } = {
  email: 'demo@example.com',
  password: 'DemoPassword123!',
  firstName: 'Jamie',
  lastName: 'Demo',
};

const PROJECT = {
  currencies: ['USD', 'GBP', 'EUR'],
  countries: ['US', 'GB', 'DE'],
  languages: ['en', 'de'],
};

/** The market each price is for: one price per currency, restricted to its country. */
const MARKETS = [
  { currency: 'USD', country: 'US', zone: 'us' },
  { currency: 'GBP', country: 'GB', zone: 'gb' },
  { currency: 'EUR', country: 'DE', zone: 'de' },
] as const;

type Currency = (typeof MARKETS)[number]['currency'];

/**
 * Price in cents for a whole-dollar US price: USD as is, GBP in whole pounds (about 0.8x),
 * EUR ending in .95 (about 0.95x), rounded to steps of 5 from 50 upwards like real price lists.
 */
function centAmount(usd: number, currency: Currency): number {
  switch (currency) {
    case 'USD':
      return usd * 100;
    case 'GBP': {
      const gbp = usd * 0.8;
      return (gbp >= 50 ? Math.round(gbp / 5) * 5 : Math.round(gbp)) * 100;
    }
    case 'EUR': {
      const eur = usd * 0.95;
      return (eur >= 50 ? Math.round(eur / 5) * 5 : Math.round(eur)) * 100 - 5;
    }
  }
}

function zones(): ZoneDraft[] {
  return [
    { key: 'us', name: 'United States', description: 'Shipping zone United States', locations: [{ country: 'US' }] },
    { key: 'gb', name: 'United Kingdom', description: 'Shipping zone United Kingdom', locations: [{ country: 'GB' }] },
    { key: 'de', name: 'Germany', description: 'Shipping zone Germany', locations: [{ country: 'DE' }] },
  ];
}

function taxCategories(): TaxCategoryDraft[] {
  return [
    {
      key: 'standard',
      name: 'Standard',
      description: 'Standard rate: US sales tax on top of net prices; UK and German VAT included in gross prices.',
      rates: [
        { key: 'us-standard', name: 'US sales tax 7.25%', amount: 0.0725, includedInPrice: false, country: 'US' },
        { key: 'gb-standard', name: 'UK VAT 20%', amount: 0.2, includedInPrice: true, country: 'GB' },
        { key: 'de-standard', name: 'MwSt. 19 %', amount: 0.19, includedInPrice: true, country: 'DE' },
      ],
    },
    {
      key: 'reduced',
      name: 'Reduced',
      description: "Reduced rate for children's clothing (demo rates): UK zero rate, German reduced VAT.",
      rates: [
        { key: 'us-reduced', name: 'US sales tax 7.25%', amount: 0.0725, includedInPrice: false, country: 'US' },
        { key: 'gb-reduced', name: 'UK VAT 0% (zero-rated)', amount: 0, includedInPrice: true, country: 'GB' },
        { key: 'de-reduced', name: 'MwSt. 7 % (ermäßigt)', amount: 0.07, includedInPrice: true, country: 'DE' },
      ],
    },
  ];
}

function productTypes(): ProductTypeDraft[] {
  return (Object.keys(PRODUCT_TYPES) as ProductTypeKey[]).map((key) => {
    const type = PRODUCT_TYPES[key];
    const attributes: AttributeDefinitionDraft[] = [
      {
        name: 'color',
        label: ATTRIBUTE_LABELS.color,
        type: { name: 'lenum', values: COLOR_VALUES },
        isRequired: true,
        attributeConstraint: 'CombinationUnique',
        isSearchable: true,
      },
      {
        name: 'size',
        label: ATTRIBUTE_LABELS.size,
        type: { name: 'enum', values: type.sizes.map((s) => ({ key: s.key, label: s.label })) },
        isRequired: true,
        attributeConstraint: 'CombinationUnique',
        isSearchable: true,
      },
      {
        name: 'material',
        label: ATTRIBUTE_LABELS.material,
        type: { name: 'ltext' },
        isRequired: false,
        attributeConstraint: 'SameForAll',
        inputHint: 'SingleLine',
        isSearchable: true,
      },
    ];
    return { key, name: type.name, description: type.description, attributes };
  });
}

function orderHint(index: number): string {
  // Decimal strings between 0 and 1, sortable as text: 0.10, 0.20, ...
  return `0.${String((index + 1) * 10).padStart(2, '0')}`;
}

function categories(): CategoryDraft[] {
  const drafts: CategoryDraft[] = [];
  CATEGORY_TREE.forEach((top, i) => {
    drafts.push({
      key: top.key,
      name: { ...top.name },
      slug: { ...top.slug },
      description: { ...top.description },
      orderHint: orderHint(i),
    });
  });
  for (const top of CATEGORY_TREE) {
    top.children.forEach((child, i) => {
      drafts.push({
        key: child.key,
        name: { ...child.name },
        slug: { ...child.slug },
        description: { ...child.description },
        parent: { typeId: 'category', key: top.key },
        orderHint: orderHint(i),
      });
    });
  }
  return drafts;
}

interface BuiltVariant {
  readonly draft: ProductVariantDraft;
  readonly sku: string;
  readonly outOfStock: boolean;
}

function variantsOf(row: DemoProductRow): BuiltVariant[] {
  const { product, category } = row;
  const built: BuiltVariant[] = [];
  for (const colorKey of product.colors) {
    const color = colorByKey(colorKey);
    for (const sizeKey of product.sizes) {
      const size = sizeOf(category.productType, sizeKey);
      const sku = `${row.code}-${color.code}-${size.code}`;
      const usd = product.usd + (product.sizeSurcharge?.[sizeKey] ?? 0);
      const prices: PriceDraft[] = MARKETS.map((m) => {
        const value = { currencyCode: m.currency, centAmount: centAmount(usd, m.currency) };
        return {
          key: `${sku.toLowerCase()}-${m.currency.toLowerCase()}`,
          value,
          country: m.country,
          ...(product.salePercent ? { discounted: salePrice(value, product.salePercent) } : {}),
        };
      });
      const images: Image[] = (row.images.get(colorKey) ?? []).map((img) => ({
        url: img.url,
        dimensions: { w: IMAGE_SIZE, h: IMAGE_SIZE },
        label: img.label,
      }));
      const outOfStock =
        product.outOfStock === true || (product.outOfStock ?? []).some((combo) => combo === `${colorKey}/${sizeKey}`);
      built.push({
        sku,
        outOfStock,
        draft: {
          sku,
          key: sku.toLowerCase(),
          prices,
          images,
          attributes: [
            { name: 'color', value: { key: color.key, label: { en: color.en, de: color.de } } },
            { name: 'size', value: { key: size.key, label: size.label } },
            { name: 'material', value: { ...product.material } },
          ],
        },
      });
    }
  }
  return built;
}

function productDraft(row: DemoProductRow, variants: readonly BuiltVariant[]): ProductDraft {
  const [master, ...rest] = variants;
  if (!master) throw new Error(`Product ${row.key} has no variants`);
  const { product, category } = row;
  return {
    key: row.key,
    productType: { typeId: 'product-type', key: category.productType },
    name: { ...product.name },
    slug: { ...row.slug },
    description: { ...product.description },
    metaDescription: { ...product.description },
    categories: [{ typeId: 'category', key: category.key }],
    taxCategory: { typeId: 'tax-category', key: category.taxCategory },
    masterVariant: master.draft,
    variants: rest.map((v) => v.draft),
    publish: true,
  };
}

/** FNV-1a, for stock levels that look irregular yet never change between runs. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function stockFor(sku: string): number {
  const h = hash(sku);
  // Roughly one SKU in eleven is nearly sold out, so "only a few left" states can be seen.
  return h % 11 === 0 ? 1 + (h % 3) : 5 + (h % 60);
}

function shippingMethods(): ShippingMethodDraft[] {
  const money = (currencyCode: string, centAmount: number) => ({ currencyCode, centAmount });
  return [
    {
      key: 'standard',
      name: 'Standard',
      localizedName: { en: 'Standard delivery', de: 'Standardversand' },
      localizedDescription: {
        // The free-shipping threshold is each zone rate's freeAbove, in the zone's currency: the
        // storefront words it from there, so no text names another market's amount.
        en: 'Delivered in 3–5 business days.',
        de: 'Lieferung in 3–5 Werktagen.',
      },
      taxCategory: { typeId: 'tax-category', key: 'standard' },
      active: true,
      isDefault: true,
      zoneRates: [
        { zone: { typeId: 'zone', key: 'us' }, shippingRates: [{ price: money('USD', 599), freeAbove: money('USD', 7500) }] },
        { zone: { typeId: 'zone', key: 'gb' }, shippingRates: [{ price: money('GBP', 395), freeAbove: money('GBP', 6000) }] },
        { zone: { typeId: 'zone', key: 'de' }, shippingRates: [{ price: money('EUR', 495), freeAbove: money('EUR', 6000) }] },
      ],
    },
    {
      key: 'express',
      name: 'Express',
      localizedName: { en: 'Express delivery', de: 'Expressversand' },
      localizedDescription: {
        en: 'Delivered in 1–2 business days.',
        de: 'Lieferung in 1–2 Werktagen.',
      },
      taxCategory: { typeId: 'tax-category', key: 'standard' },
      active: true,
      isDefault: false,
      zoneRates: [
        { zone: { typeId: 'zone', key: 'us' }, shippingRates: [{ price: money('USD', 1499) }] },
        { zone: { typeId: 'zone', key: 'gb' }, shippingRates: [{ price: money('GBP', 995) }] },
        { zone: { typeId: 'zone', key: 'de' }, shippingRates: [{ price: money('EUR', 1295) }] },
      ],
    },
  ];
}

/** The demo Discount Codes (see DEMO_DISCOUNT_CODES) and the Cart Discounts behind them. */
function cartDiscounts(): CartDiscountDraft[] {
  const everyCurrency = (centAmount: number) => MARKETS.map((m) => ({ currencyCode: m.currency, centAmount }));
  return [
    {
      key: 'welcome-10',
      name: { en: '10% off everything', de: '10 % auf alles' },
      description: { en: 'Welcome discount: 10% off every item.', de: 'Willkommensrabatt: 10 % auf jeden Artikel.' },
      value: { type: 'relative', permyriad: 1000 },
      cartPredicate: '1 = 1',
      target: { type: 'lineItems', predicate: '1 = 1' },
      sortOrder: '0.5',
      isActive: true,
      requiresDiscountCode: true,
      stackingMode: 'Stacking',
    },
    {
      key: 'save-5',
      name: { en: '5 off your order', de: '5 Rabatt auf die Bestellung' },
      description: { en: '$5 / £5 / €5 off the order total.', de: '5 $ / 5 £ / 5 € Rabatt auf die Gesamtsumme.' },
      value: { type: 'absolute', money: everyCurrency(500) },
      cartPredicate: '1 = 1',
      target: { type: 'totalPrice' },
      sortOrder: '0.4',
      isActive: true,
      requiresDiscountCode: true,
      stackingMode: 'Stacking',
    },
    {
      key: 'spring-2020',
      name: { en: 'Spring sale 2020: 20% off', de: 'Frühjahrsaktion 2020: 20 % Rabatt' },
      value: { type: 'relative', permyriad: 2000 },
      cartPredicate: '1 = 1',
      target: { type: 'lineItems', predicate: '1 = 1' },
      sortOrder: '0.3',
      isActive: true,
      requiresDiscountCode: true,
      stackingMode: 'Stacking',
      validFrom: '2020-03-01T00:00:00.000Z',
      validUntil: '2020-05-31T23:59:59.000Z',
    },
  ];
}

/** Codes shoppers can enter in the demo store. */
export const DEMO_DISCOUNT_CODES = {
  /** 10% off every line item, all currencies. */
  welcome: 'WELCOME10',
  /** 5.00 off the cart total in USD, GBP and EUR. */
  save: 'SAVE5',
  /** Expired (valid March to May 2020): always rejected with TimeRangeNonApplicable. */
  expired: 'SPRING2020',
} as const;

function discountCodes(): DiscountCodeDraft[] {
  return [
    {
      key: 'welcome10',
      code: DEMO_DISCOUNT_CODES.welcome,
      name: { en: 'Welcome 10% off', de: 'Willkommen: 10 % Rabatt' },
      cartDiscounts: [{ typeId: 'cart-discount', key: 'welcome-10' }],
      isActive: true,
    },
    {
      key: 'save5',
      code: DEMO_DISCOUNT_CODES.save,
      name: { en: '5 off your order', de: '5 Rabatt auf die Bestellung' },
      cartDiscounts: [{ typeId: 'cart-discount', key: 'save-5' }],
      isActive: true,
    },
    {
      key: 'spring2020',
      code: DEMO_DISCOUNT_CODES.expired,
      name: { en: 'Spring sale 2020', de: 'Frühjahrsaktion 2020' },
      cartDiscounts: [{ typeId: 'cart-discount', key: 'spring-2020' }],
      isActive: true,
      validFrom: '2020-03-01T00:00:00.000Z',
      validUntil: '2020-05-31T23:59:59.000Z',
    },
  ];
}

function customers(): CustomerDraft[] {
  const { email, password, firstName, lastName } = DEMO_CUSTOMER;
  const addresses: BaseAddress[] = [
    {
      key: 'home-us',
      firstName,
      lastName,
      streetName: 'Market Street',
      streetNumber: '742',
      postalCode: '94103',
      city: 'San Francisco',
      state: 'CA',
      country: 'US',
      phone: '+1 415 555 0142',
      email,
    },
    {
      key: 'office-gb',
      firstName,
      lastName,
      company: 'Demo Store Ltd',
      streetName: 'Shoreditch High Street',
      streetNumber: '120',
      postalCode: 'E1 6JE',
      city: 'London',
      country: 'GB',
      phone: '+44 20 7946 0958',
      email,
    },
  ];
  return [
    {
      key: 'demo-customer',
      email,
      password,
      firstName,
      lastName,
      locale: 'en',
      isEmailVerified: true,
      addresses,
      defaultShippingAddress: 0,
      shippingAddresses: [0, 1],
      defaultBillingAddress: 0,
      billingAddresses: [0, 1],
    },
  ];
}

export function demoCatalog(): SeedCatalog {
  const products: ProductDraft[] = [];
  const inventory: InventoryEntryDraft[] = [];
  for (const row of demoProductRows()) {
    const variants = variantsOf(row);
    products.push(productDraft(row, variants));
    for (const v of variants) {
      inventory.push({ key: v.sku.toLowerCase(), sku: v.sku, quantityOnStock: v.outOfStock ? 0 : stockFor(v.sku) });
    }
  }
  // A deep copy, so callers may mutate the result without touching the shared tables.
  return structuredClone({
    project: PROJECT,
    zones: zones(),
    taxCategories: taxCategories(),
    productTypes: productTypes(),
    categories: categories(),
    productDiscounts: productDiscounts(),
    products,
    shippingMethods: shippingMethods(),
    inventory,
    customers: customers(),
    cartDiscounts: cartDiscounts(),
    discountCodes: discountCodes(),
  });
}
