// The predicate contexts of a Cart: the Cart predicate identifiers (Cart Discounts, Discount Codes,
// Shipping Methods), and the LineItem / CustomLineItem target identifiers. Cart predicates see the
// Cart before Cart Discounts apply (prices as selected, the shipping rate before discounts).
import type {
  Cart,
  CustomFields,
  CustomLineItem,
  Customer,
  LineItem,
  Product,
  RoundingMode,
  TaxRate,
} from '@commercetools/platform-sdk';
import { evaluate, type PredicateNode, type PredicateScope, type PredicateVocabulary, type Value } from './predicate';
import { taxAmounts } from './tax';

export type LineFacts = {
  item: LineItem;
  product?: Product;
  /** Selected unit price in cents. */
  unitPrice: number;
  /** Total before Cart Discounts. */
  baseTotal: number;
  taxRate?: TaxRate;
  categoryIds: string[];
  categoryKeys: string[];
  ancestorIds: string[];
  ancestorKeys: string[];
  productTypeKey?: string;
};

export type CustomLineFacts = {
  item: CustomLineItem;
  unitPrice: number;
  baseTotal: number;
  taxRate?: TaxRate;
  taxCategoryKey?: string;
};

export type CartFacts = {
  cart: Cart;
  currencyCode: string;
  lines: LineFacts[];
  customLines: CustomLineFacts[];
  /** Shipping price before Cart Discounts, when the Cart has shipping. */
  shippingPrice?: number;
  shippingMethodKey?: string;
  customer?: Customer;
  customerGroupKey?: string;
  taxRoundingMode: RoundingMode;
};

function customFieldValue(custom: CustomFields | undefined, name: string | undefined): Value {
  if (!custom || name === undefined) return undefined;
  return plainValue(custom.fields?.[name]);
}

/** Field values as predicates compare them: enums by key, money as money, sets as lists. */
function plainValue(value: unknown): Value {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(plainValue);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.centAmount === 'number' && typeof object.currencyCode === 'string') {
      return { currencyCode: object.currencyCode, centAmount: object.centAmount };
    }
    if (typeof object.key === 'string') return object.key;
    if (typeof object.id === 'string') return object.id;
  }
  return undefined;
}

function scalarField(object: unknown, name: string | undefined): Value {
  if (name === undefined || typeof object !== 'object' || object === null) return undefined;
  return plainValue((object as Record<string, unknown>)[name]);
}

const moneyValue = (currencyCode: string, centAmount: number) => ({ currencyCode, centAmount });

function netGross(amount: number, rate: TaxRate | undefined, mode: RoundingMode): { net: number; gross: number } | undefined {
  if (!rate) return undefined;
  const amounts = taxAmounts(amount, rate, mode);
  return { net: amounts.net, gross: amounts.gross };
}

// --- LineItem target identifiers ---------------------------------------------------------------

const LINE_ITEM_FIELDS = new Set([
  'sku',
  'product.id',
  'product.key',
  'productType.id',
  'productType.key',
  'variant.id',
  'variant.key',
  'price',
  'quantity',
  'lineItemMode',
  'categories.id',
  'categories.key',
  'categoriesWithAncestors.id',
  'categoriesWithAncestors.key',
  'supplyChannel.id',
  'distributionChannel.id',
]);

export const lineItemVocabulary: PredicateVocabulary = {
  knowsField: (path) =>
    LINE_ITEM_FIELDS.has(path.join('.')) ||
    (path[0] === 'attributes' && path.length >= 2 && path.length <= 3) ||
    (path[0] === 'custom' && path.length === 2),
  functionArgument: () => undefined,
};

export function lineItemScope(facts: LineFacts, currencyCode: string): PredicateScope {
  const { item } = facts;
  return {
    field(path) {
      const id = path.join('.');
      switch (id) {
        case 'sku':
          return item.variant.sku;
        case 'product.id':
          return item.productId;
        case 'product.key':
          return item.productKey ?? facts.product?.key;
        case 'productType.id':
          return item.productType.id;
        case 'productType.key':
          return facts.productTypeKey;
        case 'variant.id':
          return item.variant.id;
        case 'variant.key':
          return item.variant.key;
        case 'price':
          return moneyValue(currencyCode, facts.unitPrice);
        case 'quantity':
          return item.quantity;
        case 'lineItemMode':
          return item.lineItemMode;
        case 'categories.id':
          return facts.categoryIds;
        case 'categories.key':
          return facts.categoryKeys;
        case 'categoriesWithAncestors.id':
          return facts.ancestorIds;
        case 'categoriesWithAncestors.key':
          return facts.ancestorKeys;
        case 'supplyChannel.id':
          return item.supplyChannel?.id;
        case 'distributionChannel.id':
          return item.distributionChannel?.id;
      }
      if (path[0] === 'attributes') {
        const attribute = item.variant.attributes?.find((a) => a.name === path[1]);
        if (!attribute) return undefined;
        if (path.length === 3) return scalarField(attribute.value, path[2]);
        return plainValue(attribute.value);
      }
      if (path[0] === 'custom') return customFieldValue(item.custom, path[1]);
      return undefined;
    },
    call: () => undefined,
  };
}

// --- CustomLineItem target identifiers -----------------------------------------------------------

export const customLineItemVocabulary: PredicateVocabulary = {
  knowsField: (path) =>
    ['money', 'quantity', 'slug', 'taxCategory.id', 'taxCategory.key'].includes(path.join('.')) ||
    (path[0] === 'name' && path.length === 2) ||
    (path[0] === 'custom' && path.length === 2),
  functionArgument: () => undefined,
};

export function customLineItemScope(facts: CustomLineFacts, currencyCode: string): PredicateScope {
  const { item } = facts;
  return {
    field(path) {
      switch (path.join('.')) {
        case 'money':
          return moneyValue(currencyCode, facts.unitPrice);
        case 'quantity':
          return item.quantity;
        case 'slug':
          return item.slug;
        case 'taxCategory.id':
          return item.taxCategory?.id;
        case 'taxCategory.key':
          return facts.taxCategoryKey;
      }
      if (path[0] === 'name') return item.name[path[1] ?? ''];
      if (path[0] === 'custom') return customFieldValue(item.custom, path[1]);
      return undefined;
    },
    call: () => undefined,
  };
}

// --- Cart predicate identifiers ---------------------------------------------------------------

const CART_FIELDS = new Set([
  'totalPrice',
  'country',
  'customerEmail',
  'customerId',
  'anonymousId',
  'locale',
  'customerGroup.id',
  'customerGroup.key',
  'shippingInfo.price',
  'shippingInfo.shippingMethodName',
  'shippingInfo.shippingMethod.id',
  'shippingInfo.shippingMethod.key',
]);

const LINE_FUNCTIONS = ['lineItemCount', 'lineItemTotal', 'lineItemNetTotal', 'lineItemGrossTotal', 'lineItemExists', 'forAllLineItems'];
const CUSTOM_LINE_FUNCTIONS = [
  'customLineItemCount',
  'customLineItemTotal',
  'customLineItemNetTotal',
  'customLineItemGrossTotal',
  'customLineItemExists',
  'forAllCustomLineItems',
];

export const cartVocabulary: PredicateVocabulary = {
  knowsField: (path) =>
    CART_FIELDS.has(path.join('.')) ||
    (['customer', 'shippingAddress', 'billingAddress', 'custom'].includes(path[0] ?? '') && path.length === 2),
  functionArgument: (name) =>
    LINE_FUNCTIONS.includes(name) ? lineItemVocabulary : CUSTOM_LINE_FUNCTIONS.includes(name) ? customLineItemVocabulary : undefined,
};

type Item = { quantity: number; baseTotal: number; taxRate?: TaxRate };

function aggregate(
  kind: 'Count' | 'Total' | 'NetTotal' | 'GrossTotal' | 'Exists' | 'forAll',
  items: ReadonlyArray<{ facts: Item; scope: PredicateScope }>,
  arg: PredicateNode,
  currencyCode: string,
  mode: RoundingMode,
): Value {
  const matching = items.filter((i) => evaluate(arg, i.scope));
  switch (kind) {
    case 'Count':
      return matching.reduce((a, i) => a + i.facts.quantity, 0);
    case 'Total':
      return moneyValue(currencyCode, matching.reduce((a, i) => a + i.facts.baseTotal, 0));
    case 'NetTotal':
    case 'GrossTotal': {
      let sum = 0;
      for (const i of matching) {
        const taxed = netGross(i.facts.baseTotal, i.facts.taxRate, mode);
        if (!taxed) return undefined;
        sum += kind === 'NetTotal' ? taxed.net : taxed.gross;
      }
      return moneyValue(currencyCode, sum);
    }
    case 'Exists':
      return matching.length > 0;
    case 'forAll':
      return matching.length === items.length;
  }
}

export function cartScope(facts: CartFacts): PredicateScope {
  const { cart, currencyCode } = facts;
  const lines = facts.lines.map((f) => ({ facts: { ...f, quantity: f.item.quantity }, scope: lineItemScope(f, currencyCode) }));
  const customLines = facts.customLines.map((f) => ({
    facts: { ...f, quantity: f.item.quantity },
    scope: customLineItemScope(f, currencyCode),
  }));
  const itemsTotal = [...facts.lines, ...facts.customLines].reduce((a, f) => a + f.baseTotal, 0);
  return {
    field(path) {
      switch (path.join('.')) {
        case 'totalPrice':
          return moneyValue(currencyCode, itemsTotal + (facts.shippingPrice ?? 0));
        case 'country':
          return cart.country;
        case 'customerEmail':
          return cart.customerEmail;
        case 'customerId':
          return cart.customerId;
        case 'anonymousId':
          return cart.anonymousId;
        case 'locale':
          return cart.locale;
        case 'customerGroup.id':
          return cart.customerGroup?.id;
        case 'customerGroup.key':
          return facts.customerGroupKey;
        case 'shippingInfo.price':
          return facts.shippingPrice === undefined ? undefined : moneyValue(currencyCode, facts.shippingPrice);
        case 'shippingInfo.shippingMethodName':
          return cart.shippingInfo?.shippingMethodName;
        case 'shippingInfo.shippingMethod.id':
          return cart.shippingInfo?.shippingMethod?.id;
        case 'shippingInfo.shippingMethod.key':
          return facts.shippingMethodKey;
      }
      const [root, name] = path;
      if (root === 'customer') return scalarField(facts.customer, name);
      if (root === 'shippingAddress') return scalarField(cart.shippingAddress, name);
      if (root === 'billingAddress') return scalarField(cart.billingAddress, name);
      if (root === 'custom') return customFieldValue(cart.custom, name);
      return undefined;
    },
    call(name, arg) {
      const mode = facts.taxRoundingMode;
      if (LINE_FUNCTIONS.includes(name)) {
        const kind = name === 'forAllLineItems' ? 'forAll' : (name.slice('lineItem'.length) as 'Count');
        return aggregate(kind, lines, arg, currencyCode, mode);
      }
      if (CUSTOM_LINE_FUNCTIONS.includes(name)) {
        const kind = name === 'forAllCustomLineItems' ? 'forAll' : (name.slice('customLineItem'.length) as 'Count');
        return aggregate(kind, customLines, arg, currencyCode, mode);
      }
      return undefined;
    },
  };
}
