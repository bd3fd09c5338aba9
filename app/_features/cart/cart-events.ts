// The add-to-cart control tells the mini-cart the new item count without a second request.
export const CART_UPDATED_EVENT = 'storefront:cart-updated';

export type CartUpdatedDetail = { itemCount: number };

export function announceCartUpdate(itemCount: number): void {
  window.dispatchEvent(new CustomEvent<CartUpdatedDetail>(CART_UPDATED_EVENT, { detail: { itemCount } }));
}
