// The shopper context: who is shopping, where, and with which cart. Every domain call takes a
// Shopper, the one thing a front door (the cookie session in lib/session, an agent token later)
// has to provide: it builds the context from what the request carries and stores what a shop rule
// changed (a new cart, its version, an order placed). The domain never sees cookies or tokens.
import { DEFAULT_MARKET, isMarketLocale, marketFor, type Market, type MarketLocale } from '@/lib/markets';

export type ShopperContext = {
  /** Prices, currency, country and language of everything the shopper sees and buys. */
  readonly market: Market;
  /** The signed-in customer; absent for a guest. */
  readonly customerId?: string;
  /** The guest's anonymous id (owns the guest's cart and orders); created on the first cart. */
  readonly anonymousId?: string;
  readonly cartId?: string;
  /** The cart version the shopper last saw: a change is applied to exactly that version. */
  readonly cartVersion?: number;
  /** Orders this shopper placed as a guest (they may see those). */
  readonly orderIds?: readonly string[];
  /** The shopper's wishlist (a commercetools shopping list), owned like the cart. */
  readonly wishlistId?: string;
};

/** What a shop rule may change about the shopper; `undefined` clears a value. */
export type ContextChange = {
  anonymousId?: string;
  cartId?: string | undefined;
  cartVersion?: number | undefined;
  orderIds?: string[];
  market?: MarketLocale;
  wishlistId?: string | undefined;
};

/** Actions with a per-shopper budget: guessing discount codes, creating carts, wishlists or payment sessions upstream. */
export type ThrottledAction = 'discount_code' | 'cart_create' | 'wishlist_create' | 'payment_session';

/** A slot taken for a throttled action; `release()` hands it back when the action should not count. */
type ActionSlot = { release(): Promise<void> };

export interface Shopper {
  /** The context as it is now (after any change saved during this request). */
  context(): Promise<ShopperContext>;
  /** Stores a change; answers the context with it applied. */
  save(change: ContextChange): Promise<ShopperContext>;
  /** The signed-in customer no longer exists (deleted): drop the identity, keep only the market. */
  forgetCustomer(): Promise<void>;
  /** Takes a slot for a throttled action, or refuses with ShopError('rate_limited'). */
  attempt(action: ThrottledAction): Promise<ActionSlot>;
}

/** The market a stored locale names, or the default market. */
export function marketOf(locale: string | undefined): Market {
  return marketFor(locale && isMarketLocale(locale) ? locale : DEFAULT_MARKET);
}

/** A cart, order or wishlist of this shopper: the signed-in customer's, or (guest) the anonymous id's. */
export function ownedBy(resource: { customerId?: string; anonymousId?: string }, context: ShopperContext): boolean {
  if (context.customerId) return resource.customerId === context.customerId;
  return Boolean(context.anonymousId) && resource.anonymousId === context.anonymousId && !resource.customerId;
}
