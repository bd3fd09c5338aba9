import 'server-only';
// Customers (server-only): sign-in and sign-up through the storefront's own API client (no
// customer tokens, no manage_my_* scopes), reads by id, and every update at the customer's
// current version, re-read once on a concurrent modification.
import type { Cart, Customer, CustomerUpdateAction } from '@commercetools/platform-sdk';
import { ctApi } from './client';
import { ctCall, type CtFailure, type CtResult } from './result';

export type SignInResult = { customer: Customer; cart: Cart | null };

/** What the shopper's anonymous session brings to a sign-in or sign-up. */
export type AnonymousSession = { cartId?: string; anonymousId?: string };

export type Credentials = { email: string; password: string };

function anonymousFields(anonymous: AnonymousSession) {
  return {
    ...(anonymous.cartId ? { anonymousCart: { typeId: 'cart' as const, id: anonymous.cartId } } : {}),
    ...(anonymous.anonymousId ? { anonymousId: anonymous.anonymousId } : {}),
  };
}

/**
 * `POST /{projectKey}/login`. The anonymous cart is merged into the customer's active cart (or
 * becomes it), and the anonymous session's other resources (orders placed as a guest) move to the
 * customer. commercetools answers an unknown email and a wrong password alike (InvalidCredentials).
 */
export async function signIn(credentials: Credentials, anonymous: AnonymousSession): Promise<CtResult<SignInResult>> {
  const result = await ctCall(() =>
    ctApi()
      .login()
      .post({
        body: {
          email: credentials.email,
          password: credentials.password,
          ...anonymousFields(anonymous),
          ...(anonymous.cartId ? { anonymousCartSignInMode: 'MergeWithExistingCustomerCart' as const } : {}),
        },
      })
      .execute(),
  );
  if (!result.ok) return result;
  return { ok: true, value: { customer: result.value.customer, cart: result.value.cart ?? null } };
}

export function isInvalidCredentials(failure: CtFailure): boolean {
  return failure.kind === 'invalid' && failure.codes.includes('InvalidCredentials');
}

export type SignUpDetails = Credentials & { firstName: string; lastName: string };

/** `POST /customers` (sign-up): the anonymous cart becomes the new customer's cart. */
export async function signUp(details: SignUpDetails, anonymous: AnonymousSession): Promise<CtResult<SignInResult>> {
  const result = await ctCall(() =>
    ctApi()
      .customers()
      .post({
        body: {
          email: details.email,
          password: details.password,
          firstName: details.firstName,
          lastName: details.lastName,
          ...anonymousFields(anonymous),
        },
      })
      .execute(),
  );
  if (!result.ok) return result;
  return { ok: true, value: { customer: result.value.customer, cart: result.value.cart ?? null } };
}

/** Sign-up refused because of the draft itself (duplicate email, a field commercetools rejects). */
export function isRefusedSignUp(failure: CtFailure): boolean {
  return failure.kind === 'invalid';
}

export async function getCustomer(customerId: string): Promise<CtResult<Customer>> {
  return ctCall(() => ctApi().customers().withId({ ID: customerId }).get().execute());
}

/** A plan refused the update: the thing to change is not the customer's (e.g. an address id). */
type NotYours = { ok: false; kind: 'not_yours' };

export type CustomerUpdateResult = CtResult<Customer> | NotYours;

/** Decides the update actions from the customer as it is now; 'not_yours' refuses the update. */
export type UpdatePlan = (customer: Customer) => CustomerUpdateAction[] | 'not_yours' | Promise<CustomerUpdateAction[] | 'not_yours'>;

/**
 * Reads the customer, plans the actions on what it read, and updates at that version. On a
 * concurrent modification (409) it reads again and re-plans once: the plan decides on the current
 * data, never on a stale copy. No actions: nothing is written.
 */
export async function updateCustomer(customerId: string, plan: UpdatePlan): Promise<CustomerUpdateResult> {
  let current = await getCustomer(customerId);
  for (let attempt = 0; ; attempt += 1) {
    if (!current.ok) return current;
    const customer = current.value;
    const actions = await plan(customer);
    if (actions === 'not_yours') return { ok: false, kind: 'not_yours' };
    if (!actions.length) return current;
    const updated = await ctCall(() =>
      ctApi().customers().withId({ ID: customerId }).post({ body: { version: customer.version, actions } }).execute(),
    );
    if (updated.ok || updated.kind !== 'conflict' || attempt >= 1) return updated;
    current = await getCustomer(customerId);
  }
}

/** `POST /customers/password`: changes the password at the customer's version. */
export function changeCustomerPassword(customer: { id: string; version: number }, currentPassword: string, newPassword: string): Promise<CtResult<Customer>> {
  return ctCall(() =>
    ctApi().customers().password().post({ body: { id: customer.id, version: customer.version, currentPassword, newPassword } }).execute(),
  );
}

export function isInvalidCurrentPassword(failure: CtFailure): boolean {
  return failure.kind === 'invalid' && failure.codes.includes('InvalidCurrentPassword');
}

/**
 * `POST /customers/password-token`: a single-use reset token for the customer with this email
 * (matched case-insensitively), valid `ttlMinutes`; older tokens stop working. An unknown email is
 * not_found.
 */
export async function createPasswordResetToken(email: string, ttlMinutes: number): Promise<CtResult<{ value: string; customerId: string }>> {
  const result = await ctCall(() =>
    ctApi().customers().passwordToken().post({ body: { email, ttlMinutes, invalidateOlderTokens: true } }).execute(),
  );
  return result.ok ? { ok: true, value: { value: result.value.value, customerId: result.value.customerId } } : result;
}

/** `POST /customers/password/reset`: a bad, expired or used token is not_found. */
export function resetCustomerPassword(tokenValue: string, newPassword: string): Promise<CtResult<Customer>> {
  return ctCall(() => ctApi().customers().passwordReset().post({ body: { tokenValue, newPassword } }).execute());
}

/** `DELETE /customers/{id}?version=`: the customer goes; their orders stay (they are separate resources). */
export function deleteCustomer(customer: { id: string; version: number }): Promise<CtResult<Customer>> {
  return ctCall(() => ctApi().customers().withId({ ID: customer.id }).delete({ queryArgs: { version: customer.version } }).execute());
}
