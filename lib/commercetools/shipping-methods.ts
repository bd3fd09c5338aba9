import 'server-only';
// The shipping methods commercetools matches to a cart (its shipping address decides the zone).
import type { ShippingMethodPagedQueryResponse } from '@commercetools/platform-sdk';
import { ctApi } from './client';
import { ctCall, type CtResult } from './result';

export function shippingMethodsMatching(cartId: string): Promise<CtResult<ShippingMethodPagedQueryResponse>> {
  return ctCall(() => ctApi().shippingMethods().matchingCart().get({ queryArgs: { cartId } }).execute());
}
