// What the account routes share: the signed-in customer (401 otherwise), the address schema, and
// the mapping of update outcomes to answers.
import { z } from 'zod';
import type { Customer } from '@commercetools/platform-sdk';
import { addressSchema as checkoutAddressSchema } from '@/lib/shop/cart/schemas';
import { getCustomer, type CustomerUpdateResult } from '@/lib/commercetools/customer';
import { requireCustomer } from '@/lib/http/auth';
import { AppError, appErrorFromCt } from '@/lib/http/errors';
import type { SessionHandle } from '@/lib/session';

/** Region codes Intl knows that are not countries an address can be in. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'AA']);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  try {
    return regionNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

/**
 * The address book takes the same addresses as the checkout (lib/shop/cart/schemas.ts: one Address
 * shape across the app), in any real country rather than only the market's.
 */
export const addressShape = {
  ...checkoutAddressSchema.shape,
  country: checkoutAddressSchema.shape.country.refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 country code'),
};

export const OPTIONAL_ADDRESS_FIELDS = ['streetNumber', 'state', 'phone'] as const;

/** A whole address (adding one, or an edit merged onto the stored one). */
export const addressSchema = z.object(addressShape).strict();

/** Default flags: `true` makes the address the default; `false` stops it being the default. */
export const defaultFlags = {
  defaultShipping: z.boolean().optional(),
  defaultBilling: z.boolean().optional(),
};

/** The signed-in customer as stored now; 401 when not signed in or the customer no longer exists. */
export async function currentCustomer(session: SessionHandle): Promise<Customer> {
  const { data, customerId } = await requireCustomer(session);
  const result = await getCustomer(customerId);
  if (result.ok) return result.value;
  if (result.kind === 'not_found') throw await staleSession(session, data.market);
  throw appErrorFromCt(result);
}

/** The session names a customer that is gone (deleted): it is replaced, and the answer is 401. */
async function staleSession(session: SessionHandle, market: string | undefined): Promise<AppError> {
  session.rotate(market ? { market } : {});
  return new AppError('unauthenticated');
}

/** The updated customer, or the answer for why not. */
export async function updatedOrThrow(session: SessionHandle, result: CustomerUpdateResult): Promise<Customer> {
  if (result.ok) return result.value;
  if (result.kind === 'not_yours') throw new AppError('not_found');
  if (result.kind === 'not_found') {
    const data = await session.current();
    throw await staleSession(session, data?.market);
  }
  if (result.kind === 'conflict') {
    throw new AppError('conflict', { message: 'Your account changed meanwhile. Reload it and try again.' });
  }
  throw appErrorFromCt(result);
}
