import 'server-only';
// Cart queries and updates: one commercetools request each, no rules (those are in lib/shop/cart).
import type { Cart, CartDraft, CartUpdateAction } from '@commercetools/platform-sdk';
import { ctApi } from './client';
import { ctCall, type CtResult } from './result';

/** References every cart answer expands: discount code texts and the shipping method's names. */
export const CART_EXPAND = ['discountCodes[*].discountCode', 'shippingInfo.shippingMethod'];

/** Where a cart prices: its currency, country and the language its names are read in. */
export type CartScope = { currency: string; country: string; language: string };

/** A new cart's draft: priced in `scope`, owned by a customer or an anonymous id. */
export function cartDraft(
  scope: CartScope,
  owner: { customerId?: string; anonymousId?: string },
  lineItems: Array<{ sku: string; quantity: number }>,
): CartDraft {
  return {
    currency: scope.currency,
    country: scope.country,
    locale: scope.language,
    ...(owner.customerId ? { customerId: owner.customerId } : { anonymousId: owner.anonymousId }),
    lineItems,
  };
}

export function fetchCart(cartId: string): Promise<CtResult<Cart>> {
  return ctCall(() => ctApi().carts().withId({ ID: cartId }).get({ queryArgs: { expand: CART_EXPAND } }).execute());
}

export function createCart(draft: CartDraft): Promise<CtResult<Cart>> {
  return ctCall(() => ctApi().carts().post({ body: draft, queryArgs: { expand: CART_EXPAND } }).execute());
}

export function updateCart(cartId: string, version: number, actions: CartUpdateAction[]): Promise<CtResult<Cart>> {
  return ctCall(() =>
    ctApi().carts().withId({ ID: cartId }).post({ body: { version, actions }, queryArgs: { expand: CART_EXPAND } }).execute(),
  );
}

export function deleteCart(cart: { id: string; version: number }): Promise<CtResult<Cart>> {
  return ctCall(() => ctApi().carts().withId({ ID: cart.id }).delete({ queryArgs: { version: cart.version } }).execute());
}

/** The SKUs of a cart's lines. */
export function lineSkus(cart: Cart): string[] {
  return cart.lineItems.map((line) => line.variant.sku).filter((sku): sku is string => Boolean(sku));
}
