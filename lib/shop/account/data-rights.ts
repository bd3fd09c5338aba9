import 'server-only';
// Data subject rights (GDPR arts. 15, 17 and 20) for the signed-in customer: a copy of everything
// the shop holds about them, and deleting the account. Deleting removes the commercetools customer
// (name, email, addresses, password), their open cart and their wishlist; their orders stay, as records law
// requires, holding the order's email and addresses and the id of a customer that no longer
// exists, so no login can reach them again (docs/data-rights.md).
import { deleteCart, fetchCart } from '@/lib/commercetools/carts';
import { deleteCustomer, isInvalidCredentials, signIn as verifyCredentials } from '@/lib/commercetools/customer';
import { toAddressBook, toCustomerProfile } from '@/lib/commercetools/mappers/customer';
import { reshapeOrder } from '@/lib/commercetools/mappers/order';
import { allOrdersOfCustomer } from '@/lib/commercetools/orders';
import type { AddressBook, CustomerProfile, Order, WishlistItem } from '@/lib/types';
import type { Shopper } from '../context';
import { fieldRefusal, fromCtFailure, ShopError, valueOr } from '../errors';
import { deleteWishlists, exportWishlist } from '../wishlist/account-data';
import { currentCustomer } from './customer';

/** The most orders one export holds; far beyond any shopper's history. */
const EXPORT_ORDER_LIMIT = 10_000;

export type AccountExport = { exportedAt: string; profile: CustomerProfile; addressBook: AddressBook; orders: Order[]; wishlist: WishlistItem[] };

export async function exportAccountData(shopper: Shopper): Promise<AccountExport> {
  const customer = await currentCustomer(shopper);
  const { market } = await shopper.context();
  const orders = valueOr(await allOrdersOfCustomer(customer.id, EXPORT_ORDER_LIMIT));
  return {
    exportedAt: new Date().toISOString(),
    profile: toCustomerProfile(customer),
    addressBook: toAddressBook(customer),
    orders: orders.map((order) => reshapeOrder(order, market.language)),
    wishlist: await exportWishlist(customer.id, market),
  };
}

/**
 * Deletes the signed-in customer after they typed their password again; answers whose account it
 * was (the front door then ends every session of it). A wrong password deletes nothing.
 */
export async function deleteAccount(shopper: Shopper, password: string): Promise<{ customerId: string }> {
  const customer = await currentCustomer(shopper);
  const check = await verifyCredentials({ email: customer.email, password }, {});
  if (!check.ok) throw isInvalidCredentials(check) ? fieldRefusal('current_password_wrong', {}, 'password') : fromCtFailure(check);
  const { cartId } = await shopper.context();
  if (cartId) {
    const cart = await fetchCart(cartId);
    if (cart.ok && cart.value.customerId === customer.id) await deleteCart(cart.value);
  }
  await deleteWishlists(customer.id);
  const deleted = await deleteCustomer(customer);
  if (!deleted.ok) throw deleted.kind === 'conflict' ? new ShopError('account_changed') : fromCtFailure(deleted);
  return { customerId: customer.id };
}
