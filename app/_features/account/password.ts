// The sign-up password rules, from the same module the API checks them with (lib/security/passwords:
// a minimum length, no composition rules, no common passwords, not the email address). The form
// states them and checks before sending; the API's own field errors are shown as they come.
import { PASSWORD_MIN_LENGTH, passwordProblem } from '@/lib/security/passwords';

export { PASSWORD_MIN_LENGTH };

/** The message key (Auth namespace) for the first rule a password breaks, or null. */
export function passwordMessageKey(password: string, email: string): 'passwordTooShort' | 'passwordTooLong' | 'passwordTooCommon' | 'passwordMatchesEmail' | null {
  switch (passwordProblem(password, email)) {
    case 'too_short':
      return 'passwordTooShort';
    case 'too_long':
      return 'passwordTooLong';
    case 'too_common':
      return 'passwordTooCommon';
    case 'matches_email':
      return 'passwordMatchesEmail';
    default:
      return null;
  }
}
