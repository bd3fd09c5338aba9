// What the buy pages (cart, checkout, orders, account) read from the BFF API, as the browser sees
// it (design section 6; the API's own types are in lib/types.ts). The views are what normalize.ts
// makes of an answer: tolerant of a missing amount (null, shown as "not yet known") and of extra
// line details such as variant attributes. Money is always the server's: formatted, never computed.
import type { AccountAddress, Address, AddressBook, CartLineItem, Money, ProductImage } from '@/lib/types';

export type { AccountAddress, Address, AddressBook, Money, ProductImage };

/** A variant attribute of a line as the shopper sees it (`Colour: Navy`). */
export type LineAttribute = { name: string; key?: string; label: string };

export type LineView = CartLineItem & { attributes: LineAttribute[] };

export type DiscountCodeView = { id: string; code: string; state: string };

export type ShippingMethodRef = { id: string; name: string; price: Money | null };

export type CartView = {
  id: string | null;
  lineItems: LineView[];
  itemCount: number;
  subtotal: Money | null;
  discountCodes: DiscountCodeView[];
  discount: Money | null;
  shipping: Money | null;
  tax: Money | null;
  total: Money | null;
  email: string | null;
  shippingAddress: Address | null;
  billingAddress: Address | null;
  shippingMethod: ShippingMethodRef | null;
};

export type OrderView = Omit<CartView, 'id'> & {
  id: string;
  orderNumber: string | null;
  createdAt: string | null;
  /** commercetools' OrderState (Open, Confirmed, Complete, Cancelled). */
  status: string | null;
};

export type ShippingOptionView = {
  id: string;
  name: string;
  description: string;
  price: Money | null;
  isDefault: boolean;
};

export type ProfileView = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
};

export type SessionInfo = {
  customer: { id: string } | null;
  cart: { id: string; itemCount: number } | null;
};
