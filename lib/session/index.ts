import 'server-only';
// Reading and writing the encrypted session cookie (iron-session seals). The request pipeline makes
// one SessionHandle per request; ./shopper.ts turns it into the shop's Shopper. Nothing else
// touches the cookie.
import { randomUUID } from 'node:crypto';
import { sealData, unsealData } from 'iron-session';
import { log } from '@/lib/log';
import { ShopError } from '@/lib/shop/errors';
import { sessionCookieConfig, SESSION_TTL_SECONDS, SIGNED_IN_LIFETIME_SECONDS } from './config';
import { isSessionRevoked } from './revocation';
import { sessionSchema, type SessionData } from './schema';

export type { SessionData } from './schema';

export function newSession(): SessionData {
  return { sid: randomUUID() };
}

/** A cookie's value from a Cookie header. */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export type SessionRead = { data: SessionData | null; /** a cookie was sent but could not be trusted */ discarded: boolean };

/** The session a request carries, or null when it carries none (or one we must not trust). */
export async function readSession(cookieHeader: string | null): Promise<SessionRead> {
  const config = sessionCookieConfig();
  const seal = readCookie(cookieHeader, config.name);
  if (!seal) return { data: null, discarded: false };
  let reason: string | undefined;
  const raw = await unsealData<unknown>(seal, {
    password: config.unsealPasswords,
    ttl: SESSION_TTL_SECONDS,
    onUnsealError: (why) => {
      reason = why;
    },
  });
  if (reason) {
    log.warn('session.unseal_failed', { reason });
    return { data: null, discarded: true };
  }
  const parsed = sessionSchema.safeParse(raw);
  if (!parsed.success) {
    log.warn('session.unseal_failed', { reason: 'invalid-shape' });
    return { data: null, discarded: true };
  }
  if (parsed.data.customerId && signInExpired(parsed.data.authAt)) {
    log.info('session.sign_in_expired');
    return { data: null, discarded: true };
  }
  if (await revoked(parsed.data)) {
    log.info('session.revoked_presented');
    return { data: null, discarded: true };
  }
  return { data: parsed.data, discarded: false };
}

/** A sign-in older than the absolute lifetime (or from before sign-ins were dated) is over. */
function signInExpired(authAt: number | undefined, now: number = Date.now()): boolean {
  return authAt === undefined || now - authAt > SIGNED_IN_LIFETIME_SECONDS * 1000;
}

/**
 * Whether the session's id was revoked (signed out), or its customer's sessions were all signed out
 * after it signed in (a password change or reset, "sign out everywhere"). When the revocation store cannot answer, a
 * signed-in session is refused (upstream_unavailable, 503) (it must not be trusted blindly, nor silently replaced,
 * which would sign the shopper out); a guest session, which grants no more than its cart, is read
 * as usual.
 */
async function revoked(data: SessionData): Promise<boolean> {
  try {
    return await isSessionRevoked(data);
  } catch (error) {
    log.warn('session.revocation_check_failed', { signedIn: Boolean(data.customerId), error: error instanceof Error ? error.name : 'unknown' });
    if (data.customerId) throw new ShopError('upstream_unavailable');
    return false;
  }
}

/** The Set-Cookie header value for a session. */
export async function sessionSetCookie(data: SessionData): Promise<string> {
  const config = sessionCookieConfig();
  const exp = Math.floor(Date.now() / 1000) + SESSION_TTL_SECONDS;
  const seal = await sealData(sessionSchema.parse({ ...data, exp }), { password: config.sealPasswords, ttl: SESSION_TTL_SECONDS });
  // Expire the cookie a minute before the seal so the browser never sends an expired seal.
  const attributes = [`${config.name}=${seal}`, 'Path=/', `Max-Age=${SESSION_TTL_SECONDS - 60}`, 'HttpOnly', 'SameSite=Lax'];
  if (config.secure) attributes.push('Secure');
  return attributes.join('; ');
}

/** A Set-Cookie header value that deletes the session cookie. */
export function sessionClearCookie(): string {
  const config = sessionCookieConfig();
  const attributes = [`${config.name}=`, 'Path=/', 'Max-Age=0', 'HttpOnly', 'SameSite=Lax'];
  if (config.secure) attributes.push('Secure');
  return attributes.join('; ');
}

/**
 * A request's session, loaded lazily and written back only when a handler changed it, so reads
 * that need no session never set a cookie.
 */
export class SessionHandle {
  private data: SessionData | null | undefined;
  private changed = false;
  private discarded = false;

  constructor(private readonly cookieHeader: string | null) {}

  /** The current session, or null if the request has none. */
  async current(): Promise<SessionData | null> {
    if (this.data === undefined) {
      const read = await readSession(this.cookieHeader);
      this.data = read.data;
      this.discarded = read.discarded;
    }
    return this.data;
  }

  /** The current session, created (unsaved until the response) when there is none. */
  async ensure(): Promise<SessionData> {
    const existing = await this.current();
    if (existing) return existing;
    this.data = newSession();
    this.changed = true;
    return this.data;
  }

  async update(patch: Partial<Omit<SessionData, 'sid'>>): Promise<SessionData> {
    const base = await this.ensure();
    this.data = { ...base, ...patch };
    this.changed = true;
    return this.data;
  }

  /** Replaces the session with a fresh id (sign-in, sign-out), keeping only what is passed. */
  rotate(keep: Partial<Omit<SessionData, 'sid'>> = {}): SessionData {
    this.data = { ...newSession(), ...keep };
    this.changed = true;
    return this.data;
  }

  /** The Set-Cookie value to send: the new seal, a deletion of an untrusted cookie, or null. */
  async setCookieHeader(): Promise<string | null> {
    if (this.changed && this.data) return sessionSetCookie(this.data);
    return this.discarded ? sessionClearCookie() : null;
  }
}
