// Cookie and sealing settings for the session, derived from the parsed env.
import { createHash } from 'node:crypto';
import { serverEnv } from '@/lib/env';

/**
 * 30 days since the session last changed (the seal is renewed on every change): long enough for a
 * cart to survive a shopper's return visit.
 */
export const SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;

/** A sign-in lasts at most 30 days however active the session is; then the customer signs in again. */
export const SIGNED_IN_LIFETIME_SECONDS = 30 * 24 * 60 * 60;

export type SessionCookieConfig = {
  name: string;
  secure: boolean;
  /** Seals with the current secret only. */
  sealPasswords: Record<string, string>;
  /** Unseals with the current and the previous secret (rotation). */
  unsealPasswords: Record<string, string>;
};

/**
 * A seal names the id of the password that made it. Deriving the id from the secret itself keeps it
 * stable when SESSION_SECRET moves to SESSION_SECRET_PREVIOUS, so rotation needs no numbering.
 */
export function passwordId(secret: string): string {
  return String(Number.parseInt(createHash('sha256').update(secret).digest('hex').slice(0, 8), 16));
}

export function sessionCookieConfig(): SessionCookieConfig {
  const env = serverEnv();
  const production = env.NODE_ENV === 'production';
  const sealPasswords = { [passwordId(env.SESSION_SECRET)]: env.SESSION_SECRET };
  const unsealPasswords = { ...sealPasswords };
  if (env.SESSION_SECRET_PREVIOUS) unsealPasswords[passwordId(env.SESSION_SECRET_PREVIOUS)] = env.SESSION_SECRET_PREVIOUS;
  return {
    // `__Host-` binds the cookie to this exact origin: Secure, Path=/ and no Domain are enforced by
    // the browser. Plain http in development cannot carry it.
    name: production ? '__Host-session' : 'session',
    secure: production,
    sealPasswords,
    unsealPasswords,
  };
}
