import 'server-only';
// The known-device cookie: proof that this browser signed in to an account before (OWASP's "device
// cookie" against lockout: https://owasp.org/www-community/Slow_Down_Online_Guessing_Attacks_with_Device_Cookies).
// Failed sign-ins from unknown devices share a per-account limit, so one client guessing a
// password can lock that account against unknown devices only: the customer's own browser keeps
// its own budget (lib/http/auth.ts). The cookie is an iron seal of a random device id and a hash
// of the account's email; it survives sign-out and holds nothing readable.
import { createHash, randomUUID } from 'node:crypto';
import { sealData, unsealData } from 'iron-session';
import { z } from 'zod';
import { sessionCookieConfig } from './config';
import { readCookie } from './index';

const DEVICE_TTL_SECONDS = 180 * 24 * 60 * 60;
const deviceSchema = z.object({ device: z.string().uuid(), account: z.string().length(64) }).strict();

function accountHash(email: string): string {
  return createHash('sha256').update(`known-device\u0000${email}`).digest('hex');
}

function cookieName(): string {
  return sessionCookieConfig().secure ? '__Host-device' : 'device';
}

/** The device id when the request's cookie proves an earlier sign-in to this (normalised) email. */
export async function knownDevice(cookieHeader: string | null, email: string): Promise<string | null> {
  const seal = readCookie(cookieHeader, cookieName());
  if (!seal) return null;
  const config = sessionCookieConfig();
  const parsed = deviceSchema.safeParse(await unsealData(seal, { password: config.unsealPasswords, ttl: DEVICE_TTL_SECONDS }).catch(() => null));
  return parsed.success && parsed.data.account === accountHash(email) ? parsed.data.device : null;
}

/** The Set-Cookie value after a successful sign-in to `email` (keeps the device id it already had). */
export async function knownDeviceSetCookie(email: string, device: string | null): Promise<string> {
  const config = sessionCookieConfig();
  const seal = await sealData({ device: device ?? randomUUID(), account: accountHash(email) }, { password: config.sealPasswords, ttl: DEVICE_TTL_SECONDS });
  const attributes = [`${cookieName()}=${seal}`, 'Path=/', `Max-Age=${DEVICE_TTL_SECONDS - 60}`, 'HttpOnly', 'SameSite=Lax'];
  if (config.secure) attributes.push('Secure');
  return attributes.join('; ');
}
