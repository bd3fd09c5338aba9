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
import { mailPasswordReset } from '@/lib/mail';
import type { Market } from '@/lib/markets';
import { passwordProblem } from '@/lib/security/passwords';
import type { Shopper } from '../context';
import { fieldRefusal, fromCtFailure, ShopError } from '../errors';
import { currentCustomer } from './customer';

/** How long a reset link works: short, since it signs in as good as a password. */
const RESET_TOKEN_TTL_MINUTES = 30;

function requireAcceptable(newPassword: string, email: string): void {
  const problem = passwordProblem(newPassword, email);
  // Length is the request schema's (400); what is left is a refusal of this password.
  if (problem === 'too_common') throw fieldRefusal('password_too_common', {}, 'newPassword');
  if (problem === 'matches_email') throw fieldRefusal('password_matches_email', {}, 'newPassword');
  if (problem) throw new ShopError('invalid_input');
}

const wrongCurrentPassword = () => fieldRefusal('current_password_wrong', {}, 'currentPassword');

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
 * Mails a reset link to the account with this email, if there is one; nothing otherwise. The caller
 * answers the same either way, before this runs. The token travels only in the link's fragment.
 */
export async function sendPasswordReset(email: string, market: Market, siteOrigin: string): Promise<void> {
  const result = await createPasswordResetToken(email, RESET_TOKEN_TTL_MINUTES);
  if (!result.ok) {
    if (result.kind === 'not_found') return;
    throw fromCtFailure(result);
  }
  const link = `${siteOrigin}/${market.locale}/reset-password#token=${encodeURIComponent(result.value.value)}`;
  await mailPasswordReset(email, market, link, RESET_TOKEN_TTL_MINUTES);
}

/** Sets a new password with a reset token; answers whose it was. A bad, expired or used token is refused. */
export async function resetPassword(input: { token: string; newPassword: string }): Promise<{ customerId: string }> {
  requireAcceptable(input.newPassword, '');
  const result = await resetCustomerPassword(input.token, input.newPassword);
  if (result.ok) return { customerId: result.value.id };
  if (result.kind === 'not_found') throw fieldRefusal('reset_token_invalid', {}, 'token');
  throw fromCtFailure(result);
}
