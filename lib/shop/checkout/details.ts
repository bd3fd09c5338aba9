import 'server-only';
// Checkout details and shipping: contact and addresses, the shipping methods matching the cart,
// and choosing one. Each change is one versioned cart update (lib/shop/cart/owned-cart.ts).
import { toAddressDraft } from '@/lib/commercetools/mappers/address';
import { reshapeShippingMethods } from '@/lib/commercetools/mappers/shipping';
import { shippingMethodsMatching } from '@/lib/commercetools/shipping-methods';
import type { Cart, ShippingMethodOption } from '@/lib/types';
import type { AddressInput } from '../cart/schemas';
import { cartEmpty, changeExistingCart, loadOwnedCart } from '../cart/owned-cart';
import { cartView } from '../cart/view';
import type { Shopper } from '../context';
import { fromCtFailure, ShopError, type FieldIssues } from '../errors';

const addressFirst = () => new ShopError('shipping_address_required', {}, { shippingAddress: [{ reason: 'field_required' }] });

export type CheckoutDetails = { email: string; shippingAddress: AddressInput; billingAddress?: AddressInput | null };

/**
 * Email, shipping address and billing address (the shipping address when none is given) in one
 * update. Both addresses must be in the cart's (the market's) country.
 */
export async function setCheckoutDetails(shopper: Shopper, input: CheckoutDetails): Promise<Cart> {
  const { market } = await shopper.context();
  const updated = await changeExistingCart(
    shopper,
    (state) => {
      const country = state.country ?? market.country;
      const fields: FieldIssues = {};
      const mismatch = [{ reason: 'field_country_mismatch' as const, params: { country } }];
      if (input.shippingAddress.country !== country) fields['shippingAddress.country'] = mismatch;
      if (input.billingAddress && input.billingAddress.country !== country) fields['billingAddress.country'] = mismatch;
      if (Object.keys(fields).length) throw new ShopError('address_outside_market', { country }, fields);
      const shipping = toAddressDraft(input.shippingAddress);
      return [
        { action: 'setCustomerEmail', email: input.email },
        { action: 'setShippingAddress', address: shipping },
        { action: 'setBillingAddress', address: input.billingAddress ? toAddressDraft(input.billingAddress) : shipping },
      ];
    },
    {
      // e.g. the chosen shipping method has no rate for the new address (a state-level zone).
      onRejected: () =>
        new ShopError('shipping_address_conflict', {}, { shippingAddress: [{ reason: 'field_shipping_conflict' }] }),
    },
  );
  return cartView(shopper, updated);
}

/** The methods commercetools matches to the cart, with the price each would cost it. */
export async function shippingMethodsForCart(shopper: Shopper): Promise<ShippingMethodOption[]> {
  const context = await shopper.context();
  if (!context.cartId) throw cartEmpty();
  const [cart, matching] = await Promise.all([loadOwnedCart(shopper, 'check'), shippingMethodsMatching(context.cartId)]);
  if (!cart) throw cartEmpty();
  if (!cart.shippingAddress) throw addressFirst();
  if (!matching.ok) throw matching.kind === 'invalid' ? addressFirst() : fromCtFailure(matching);
  return reshapeShippingMethods(matching.value.results, cart, context.market.language);
}

/** One of the methods matching the cart (commercetools checks). */
export async function setShippingMethod(shopper: Shopper, shippingMethodId: string): Promise<Cart> {
  const updated = await changeExistingCart(
    shopper,
    (state) => {
      if (!state.hasShippingAddress) throw addressFirst();
      return [{ action: 'setShippingMethod', shippingMethod: { typeId: 'shipping-method', id: shippingMethodId } }];
    },
    {
      onRejected: () =>
        new ShopError('shipping_method_unavailable', {}, { shippingMethodId: [{ reason: 'field_method_unavailable' }] }),
    },
  );
  return cartView(shopper, updated);
}
