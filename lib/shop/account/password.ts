import 'server-only';
// Passwords of signed-in customers and password resets. The new password follows the sign-up rules
// (lib/security/passwords.ts). What happens to sessions afterwards (the others signed out, the
// caller kept or not) is the front door's job; these functions say whose password changed.
import type { Customer } from '@commercetools/platform-sdk';
import {
  changeCustomerPassword,
  createPasswordResetToken,
  isInvalidCurrentPassword,
  resetCustomerPassword,
} from '@/lib/commercetools/customer';
import { passwordProblem } from '@/lib/security/passwords';
import type { Shopper } from '../context';
import { fieldRefusal, fromCtFailure, ShopError } from '../errors';
import { currentCustomer } from './customer';

/** How long a reset link works: short, since it signs in as good as a password. */
export const RESET_TOKEN_TTL_MINUTES = 30;

function requireAcceptable(newPassword: string, email: string): void {
  const problem = passwordProblem(newPassword, email);
  // Length is the request schema's (400); what is left is a refusal of this password.
  if (problem === 'too_common') throw fieldRefusal('password_too_common', {}, 'newPassword');
  if (problem === 'matches_email') throw fieldRefusal('password_matches_email', {}, 'newPassword');
  if (problem) throw new ShopError('invalid_input');
}

export const wrongCurrentPassword = () => fieldRefusal('current_password_wrong', {}, 'currentPassword');

/** Changes the signed-in customer's password; a wrong current password changes nothing. */
export async function changePassword(shopper: Shopper, input: { currentPassword: string; newPassword: string }): Promise<Customer> {
  const customer = await currentCustomer(shopper);
  requireAcceptable(input.newPassword, customer.email);
  const result = await changeCustomerPassword(customer, input.currentPassword, input.newPassword);
  if (result.ok) return result.value;
  if (isInvalidCurrentPassword(result)) throw wrongCurrentPassword();
  if (result.kind === 'conflict') throw new ShopError('account_changed');
  throw fromCtFailure(result);
}

/**
 * A reset token for the account with this email, or null when there is none. The caller answers
 * the same either way and mails the token (never shows it).
 */
export async function issuePasswordReset(email: string): Promise<{ token: string; customerId: string } | null> {
  const result = await createPasswordResetToken(email, RESET_TOKEN_TTL_MINUTES);
  if (result.ok) return { token: result.value.value, customerId: result.value.customerId };
  if (result.kind === 'not_found') return null;
  throw fromCtFailure(result);
}

/** Sets a new password with a reset token; answers whose it was. A bad, expired or used token is refused. */
export async function resetPassword(input: { token: string; newPassword: string }): Promise<{ customerId: string }> {
  requireAcceptable(input.newPassword, '');
  const result = await resetCustomerPassword(input.token, input.newPassword);
  if (result.ok) return { customerId: result.value.id };
  if (result.kind === 'not_found') throw fieldRefusal('reset_token_invalid', {}, 'token');
  throw fromCtFailure(result);
}
