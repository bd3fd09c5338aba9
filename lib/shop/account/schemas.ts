// Request schemas of the account: sign-in, sign-up, profile and address book. Strict: an unknown
// key is a 400. The address book takes the checkout's address (../cart/schemas.ts: one Address
// shape across the app), in any real country rather than only the market's.
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from '@/lib/security/passwords';
import { addressSchema as checkoutAddressSchema } from '../cart/schemas';

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

const addressShape = {
  ...checkoutAddressSchema.shape,
  country: checkoutAddressSchema.shape.country.refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 country code'),
};

export const OPTIONAL_ADDRESS_FIELDS = ['streetNumber', 'state', 'phone'] as const;

/** A whole address (adding one, or an edit merged onto the stored one). */
export const accountAddressSchema = z.object(addressShape).strict();

/** Default flags: `true` makes the address the default; `false` stops it being the default. */
const defaultFlags = {
  defaultShipping: z.boolean().optional(),
  defaultBilling: z.boolean().optional(),
};

export const newAddressBody = z.object({ ...addressShape, ...defaultFlags }).strict();
export type NewAddress = z.infer<typeof newAddressBody>;

/** An optional field in an edit: a value sets it, null or "" removes it, absent leaves it. */
const clearable = <S extends z.ZodType>(field: S) => z.union([z.null(), z.literal(''), field]).optional();

export const addressEditBody = z
  .object({
    firstName: addressShape.firstName.optional(),
    lastName: addressShape.lastName.optional(),
    streetName: addressShape.streetName.optional(),
    streetNumber: clearable(addressShape.streetNumber),
    postalCode: addressShape.postalCode.optional(),
    city: addressShape.city.optional(),
    state: clearable(addressShape.state),
    country: addressShape.country.optional(),
    phone: clearable(addressShape.phone),
    ...defaultFlags,
  })
  .strict()
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'name at least one field to change');
export type AddressEdit = z.infer<typeof addressEditBody>;

const name = z.string().trim().min(1).max(100);

export const profileEditBody = z
  .object({ firstName: name.optional(), lastName: name.optional() })
  .strict()
  .refine((b) => b.firstName !== undefined || b.lastName !== undefined, 'name at least one of firstName, lastName');
export type ProfileEdit = z.infer<typeof profileEditBody>;

// Lenient on purpose: an account created elsewhere (Merchant Center, an import) may not meet the
// sign-up rules, and its owner must still be able to sign in.
export const signInBody = z
  .object({
    email: z.string().trim().min(1).max(254),
    password: z
      .string()
      .min(1)
      .refine((p) => passwordLength(p) <= PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`),
  })
  .strict();

/** A new password: length rules are syntax (the form can say them up front), 400 with a field error. */
const newPassword = z
  .string()
  .refine((p) => passwordLength(p) >= PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .refine((p) => passwordLength(p) <= PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);

/** A password the customer types to prove it is them (as lenient as sign-in). */
const enteredPassword = signInBody.shape.password;

const email = z.string().trim().max(254).pipe(z.email());

export const signUpBody = z.object({ email, password: newPassword, firstName: name, lastName: name }).strict();

export const passwordChangeBody = z.object({ currentPassword: enteredPassword, newPassword }).strict();

export const passwordResetRequestBody = z.object({ email }).strict();

/** A reset token as commercetools issues it (opaque; bounded so nothing huge goes upstream). */
export const passwordResetConfirmBody = z
  .object({ token: z.string().min(1).max(512).regex(/^[A-Za-z0-9_\-=+/.]+$/, 'is not a reset token'), newPassword })
  .strict();

export const accountDeleteBody = z.object({ password: enteredPassword }).strict();
