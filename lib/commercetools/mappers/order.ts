// Pure mapping from commercetools orders to the app's Order: the same lines and amounts as a cart
// (./cart.ts), plus number, date and state.
import type { Order as CtOrder } from '@commercetools/platform-sdk';
import type { Order } from '@/lib/types';
import {
  itemCountOf,
  reshapeAmounts,
  reshapeDiscountCodes,
  reshapeLineItem,
  reshapeShippingMethod,
} from './cart';
import { reshapeAddress } from './address';

export function reshapeOrder(order: CtOrder, language: string): Order {
  const amounts = reshapeAmounts(order);
  return {
    id: order.id,
    orderNumber: order.orderNumber ?? null,
    createdAt: order.createdAt,
    state: order.orderState,
    email: order.customerEmail ?? null,
    lineItems: order.lineItems.map((line) => reshapeLineItem(line, language)),
    itemCount: itemCountOf(order.lineItems),
    discountCodes: reshapeDiscountCodes(order.discountCodes),
    subtotal: amounts.subtotal,
    discount: amounts.discount,
    shipping: amounts.shipping,
    tax: amounts.tax,
    total: amounts.total,
    shippingAddress: reshapeAddress(order.shippingAddress),
    billingAddress: reshapeAddress(order.billingAddress),
    shippingMethod: reshapeShippingMethod(order.shippingInfo, language),
  };
}
