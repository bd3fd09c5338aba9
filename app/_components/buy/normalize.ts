// Reads the BFF's JSON answers into the buy pages' view types. Pure and defensive: a field that is
// missing or of the wrong type becomes null/empty instead of crashing a page, and nothing here
// computes an amount (money is passed through exactly as the server sent it).
import type {
  Address,
  AddressBook,
  CartView,
  ProfileView,
  DiscountCodeView,
  LineAttribute,
  LineView,
  Money,
  OrderView,
  ProductImage,
  SessionInfo,
  ShippingOptionView,
  ShippingMethodRef,
} from './types';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function optionalStr(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function int(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function parseMoney(value: unknown): Money | null {
  if (!isObject(value)) return null;
  const centAmount = int(value.centAmount);
  const currencyCode = str(value.currencyCode);
  const fractionDigits = int(value.fractionDigits);
  if (centAmount === null || !currencyCode) return null;
  return { centAmount, currencyCode, fractionDigits: fractionDigits ?? 2 };
}

function parseImage(value: unknown): ProductImage | null {
  if (typeof value === 'string' && value) return { url: value, alt: '', width: 0, height: 0 };
  if (!isObject(value) || !str(value.url)) return null;
  return { url: str(value.url)!, alt: str(value.alt) ?? '', width: int(value.width) ?? 0, height: int(value.height) ?? 0 };
}

/** Attributes as `{color: {key, label}}`, `[{name, label}]` or `[{name, value}]`. */
function parseAttributes(value: unknown): LineAttribute[] {
  const label = (v: unknown): { key?: string; label: string } | null => {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { label: String(v) };
    if (isObject(v)) {
      const text = str(v.label) ?? str(v.value) ?? str(v.key);
      return text === null ? null : { key: optionalStr(v.key), label: text };
    }
    return null;
  };
  if (Array.isArray(value)) {
    return value.flatMap((entry) => {
      if (!isObject(entry) || !str(entry.name)) return [];
      const shown = label('label' in entry ? entry : entry.value);
      return shown ? [{ name: str(entry.name)!, ...shown }] : [];
    });
  }
  if (isObject(value)) {
    return Object.entries(value).flatMap(([name, v]) => {
      const shown = label(v);
      return shown ? [{ name, ...shown }] : [];
    });
  }
  return [];
}

function parseLine(value: unknown): LineView | null {
  if (!isObject(value)) return null;
  const id = str(value.id);
  const quantity = int(value.quantity);
  const unitPrice = parseMoney(value.unitPrice);
  const totalPrice = parseMoney(value.totalPrice);
  if (!id || quantity === null || !unitPrice || !totalPrice) return null;
  const variant = isObject(value.variant) ? value.variant : {};
  return {
    id,
    sku: str(value.sku) ?? str(variant.sku) ?? '',
    productId: str(value.productId) ?? '',
    name: str(value.name) ?? '',
    slug: str(value.slug) ?? '',
    image: parseImage(value.image),
    quantity,
    unitPrice,
    totalPrice,
    attributes: parseAttributes(value.attributes ?? variant.attributes),
  };
}

export function parseAddress(value: unknown): Address | null {
  if (!isObject(value)) return null;
  const address: Address = {
    firstName: str(value.firstName) ?? '',
    lastName: str(value.lastName) ?? '',
    streetName: str(value.streetName) ?? '',
    postalCode: str(value.postalCode) ?? '',
    city: str(value.city) ?? '',
    country: str(value.country) ?? '',
  };
  for (const field of ['streetNumber', 'state', 'phone'] as const) {
    const text = optionalStr(value[field]);
    if (text) address[field] = text;
  }
  // A cart without an address may answer with an empty object.
  return address.streetName || address.city || address.postalCode || address.lastName ? address : null;
}

function parseShippingRef(value: unknown): ShippingMethodRef | null {
  if (!isObject(value)) return null;
  const id = str(value.id) ?? '';
  const name = str(value.name) ?? '';
  if (!id && !name) return null;
  return { id, name, price: parseMoney(value.price) };
}

function parseDiscountCode(value: unknown): DiscountCodeView | null {
  if (!isObject(value) || !str(value.id)) return null;
  return { id: str(value.id)!, code: str(value.code) ?? '', state: str(value.state) ?? '' };
}

function lines(value: unknown): LineView[] {
  return list(value).flatMap((line) => {
    const parsed = parseLine(line);
    return parsed ? [parsed] : [];
  });
}

/** The cart JSON of design section 6; an empty cart has `id: null` and no lines. */
export function parseCart(value: unknown): CartView {
  const body = isObject(value) && isObject(value.cart) ? value.cart : value;
  const cart = isObject(body) ? body : {};
  const lineItems = lines(cart.lineItems);
  return {
    id: str(cart.id),
    lineItems,
    itemCount: int(cart.itemCount) ?? lineItems.reduce((n, line) => n + line.quantity, 0),
    subtotal: parseMoney(cart.subtotal),
    discountCodes: list(cart.discountCodes).flatMap((code) => {
      const parsed = parseDiscountCode(code);
      return parsed ? [parsed] : [];
    }),
    discount: parseMoney(cart.discount),
    shipping: parseMoney(cart.shipping),
    tax: parseMoney(cart.tax),
    total: parseMoney(cart.total),
    email: str(cart.email),
    shippingAddress: parseAddress(cart.shippingAddress),
    billingAddress: parseAddress(cart.billingAddress),
    shippingMethod: parseShippingRef(cart.shippingMethod),
  };
}

/** An order (`{order}` or the order itself): the cart's fields plus number, date and status. */
export function parseOrder(value: unknown): OrderView | null {
  const body = isObject(value) && isObject(value.order) ? value.order : value;
  if (!isObject(body) || !str(body.id)) return null;
  const cart = parseCart(body);
  const status = str(body.status) ?? str(body.orderState) ?? str(body.state);
  return {
    ...cart,
    id: str(body.id)!,
    orderNumber: str(body.orderNumber) ?? str(body.number),
    createdAt: str(body.createdAt),
    status,
  };
}

/** Order history: `{orders: [...]}`, `{results: [...]}` or a bare array. */
export function parseOrderList(value: unknown): OrderView[] {
  const items = Array.isArray(value) ? value : isObject(value) ? list(value.orders ?? value.results) : [];
  return items.flatMap((order) => {
    const parsed = parseOrder(order);
    return parsed ? [parsed] : [];
  });
}

export function parseShippingMethods(value: unknown): ShippingOptionView[] {
  const items = Array.isArray(value) ? value : isObject(value) ? list(value.shippingMethods ?? value.methods ?? value.results) : [];
  return items.flatMap((item) => {
    if (!isObject(item) || !str(item.id)) return [];
    return [
      {
        id: str(item.id)!,
        name: str(item.name) ?? '',
        description: str(item.description) ?? '',
        price: parseMoney(item.price),
        isDefault: item.isDefault === true,
      },
    ];
  });
}

export function parseProfile(value: unknown): ProfileView | null {
  const body = isObject(value) && isObject(value.customer) ? value.customer : value;
  if (!isObject(body)) return null;
  return {
    id: str(body.id) ?? '',
    email: str(body.email) ?? '',
    firstName: str(body.firstName) ?? '',
    lastName: str(body.lastName) ?? '',
  };
}

/**
 * The address book: `{addresses, defaultShippingAddressId, defaultBillingAddressId}`, a bare list,
 * or addresses flagged `isDefaultShipping` / `defaultShipping`.
 */
export function parseAddressBook(value: unknown): AddressBook {
  const body = isObject(value) && isObject(value.customer) ? value.customer : value;
  const items = Array.isArray(body) ? body : isObject(body) ? list(body.addresses ?? body.results) : [];
  const addresses: AddressBook['addresses'] = [];
  let defaultShippingAddressId = isObject(body) ? str(body.defaultShippingAddressId) : null;
  let defaultBillingAddressId = isObject(body) ? str(body.defaultBillingAddressId) : null;
  for (const item of items) {
    const address = parseAddress(item);
    const id = isObject(item) ? str(item.id) : null;
    if (!address || !id || !isObject(item)) continue;
    addresses.push({ id, ...address });
    if (item.isDefaultShipping === true || item.defaultShipping === true) defaultShippingAddressId ??= id;
    if (item.isDefaultBilling === true || item.defaultBilling === true) defaultBillingAddressId ??= id;
  }
  return { addresses, defaultShippingAddressId, defaultBillingAddressId };
}

export function parseSession(value: unknown): SessionInfo {
  const body = isObject(value) ? value : {};
  const customer = isObject(body.customer) && str(body.customer.id) ? { id: str(body.customer.id)! } : null;
  const cart =
    isObject(body.cart) && int(body.cart.itemCount) !== null ? { id: str(body.cart.id) ?? '', itemCount: int(body.cart.itemCount)! } : null;
  return { customer, cart };
}
