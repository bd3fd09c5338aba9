import 'server-only';
// The signed-in customer: who may use the account, and how a customer update's outcome becomes an
// answer. A context whose customer no longer exists (deleted) is signed out.
import type { Customer } from '@commercetools/platform-sdk';
import { getCustomer, updateCustomer, type UpdatePlan } from '@/lib/commercetools/customer';
import type { Shopper } from '../context';
import { fromCtFailure, notFound, ShopError } from '../errors';

/** The signed-in customer's id, or unauthenticated. */
async function requireCustomerId(shopper: Shopper): Promise<string> {
  const { customerId } = await shopper.context();
  if (!customerId) throw new ShopError('unauthenticated');
  return customerId;
}

async function customerGone(shopper: Shopper): Promise<ShopError> {
  await shopper.forgetCustomer();
  return new ShopError('unauthenticated');
}

/** The signed-in customer as stored now. */
export async function currentCustomer(shopper: Shopper): Promise<Customer> {
  const result = await getCustomer(await requireCustomerId(shopper));
  if (result.ok) return result.value;
  throw result.kind === 'not_found' ? await customerGone(shopper) : fromCtFailure(result);
}

/**
 * Updates the signed-in customer with a plan decided on the customer as stored now (re-planned once
 * on a concurrent change). A plan answering 'not_yours' (an address id not in the book) is not_found.
 */
export async function changeCustomer(shopper: Shopper, plan: UpdatePlan): Promise<Customer> {
  const result = await updateCustomer(await requireCustomerId(shopper), plan);
  if (result.ok) return result.value;
  if (result.kind === 'not_yours') throw notFound();
  if (result.kind === 'not_found') throw await customerGone(shopper);
  if (result.kind === 'conflict') throw new ShopError('account_changed');
  throw fromCtFailure(result);
}
