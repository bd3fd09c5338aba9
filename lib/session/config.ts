// Cookie and sealing settings for the session, derived from the parsed env.
import { serverEnv } from '@/lib/env';

/** 30 days: long enough for a cart to survive a shopper's return visit. */
export const SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;

export type SessionCookieConfig = {
  name: string;
  secure: boolean;
  /** Password map for iron-session: the highest id seals, every id unseals (rotation). */
  passwords: Record<string, string>;
};

export function sessionCookieConfig(): SessionCookieConfig {
  const env = serverEnv();
  const production = env.NODE_ENV === 'production';
  const passwords: Record<string, string> = { '2': env.SESSION_SECRET };
  if (env.SESSION_SECRET_PREVIOUS) passwords['1'] = env.SESSION_SECRET_PREVIOUS;
  return {
    // `__Host-` binds the cookie to this exact origin: Secure, Path=/ and no Domain are enforced by
    // the browser. Plain http in development cannot carry it.
    name: production ? '__Host-session' : 'session',
    secure: production,
    passwords,
  };
}
