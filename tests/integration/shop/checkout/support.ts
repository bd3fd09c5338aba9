// A shopper walking through checkout with the real Route Handlers.
import { randomUUID } from 'node:crypto';
import * as lineItemsRoute from '@/app/api/cart/line-items/route';
import * as detailsRoute from '@/app/api/checkout/details/route';
import * as methodsRoute from '@/app/api/checkout/shipping-methods/route';
import * as methodRoute from '@/app/api/checkout/shipping-method/route';
import * as orderRoute from '@/app/api/checkout/order/route';
import { Shopper, US_ADDRESS, expectStatus, inStockSkus } from '../cart/support';

export const skus = inStockSkus();

export const addLine = (shopper: Shopper, sku: string, quantity = 1) =>
  shopper.call(lineItemsRoute.POST, '/api/cart/line-items', { method: 'POST', body: { sku, quantity } });
export const putDetails = (shopper: Shopper, body: unknown) =>
  shopper.call(detailsRoute.PUT, '/api/checkout/details', { method: 'PUT', body });
export const getMethods = (shopper: Shopper) => shopper.call(methodsRoute.GET, '/api/checkout/shipping-methods');
export const putMethod = (shopper: Shopper, shippingMethodId: string) =>
  shopper.call(methodRoute.PUT, '/api/checkout/shipping-method', { method: 'PUT', body: { shippingMethodId } });
export const placeOrder = (shopper: Shopper, key: string | null = randomUUID(), body: unknown = {}, route = orderRoute) =>
  shopper.call(route.POST, '/api/checkout/order', { method: 'POST', body, headers: key === null ? {} : { 'idempotency-key': key } });

export const DETAILS = { email: 'ada@example.com', shippingAddress: US_ADDRESS };

/** A guest whose cart is ready to order: lines, email, address and the standard shipping method. */
export async function readyShopper(lines: Array<[string, number]> = [[skus[0]!, 1]], shopper = new Shopper()) {
  for (const [sku, quantity] of lines) await expectStatus(await addLine(shopper, sku, quantity), 200);
  await expectStatus(await putDetails(shopper, DETAILS), 200);
  const { shippingMethods } = await expectStatus(await getMethods(shopper), 200);
  const standard = shippingMethods.find((m: { key: string }) => m.key === 'standard');
  const cart = await expectStatus(await putMethod(shopper, standard.id), 200);
  return { shopper, cart };
}
