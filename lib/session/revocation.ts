import 'server-only';
// Revoked session ids. A session cookie is a self-contained seal, so signing out cannot "delete"
// it: a copy of the old cookie would keep working until its seal expires. Instead the old id is
// recorded here for as long as a seal carrying it can still be valid (the session TTL), and
// readSession treats a revoked id as no session at all.
//
// Per customer, the store also keeps when their sessions were last all signed out (a password
// change or reset, "sign out everywhere"): a signed-in session that started before that moment is
// refused on its next use (lib/session/index.ts).
//
// In memory by default (one instance: enough for `npm run demo` and single-server deployments);
// in Redis when REDIS_URL is set, so every instance refuses the revoked id.
import { processSingleton } from '@/lib/process-singleton';
import { configuredRedisUrl, redisKeyPrefix, withRedis } from '@/lib/redis';
import { SESSION_TTL_SECONDS, SIGNED_IN_LIFETIME_SECONDS } from './config';

export interface RevocationStore {
  /** Records `sid` as revoked for `ttlSeconds` (fractions allowed). */
  revoke(sid: string, ttlSeconds: number): Promise<void>;
  isRevoked(sid: string): Promise<boolean>;
  /** Records that every session of `customerId` signed in before `atMs` is signed out. */
  signOutCustomer(customerId: string, atMs: number): Promise<void>;
  /** When the customer's sessions were last all signed out (ms), if within a session's lifetime. */
  customerSignedOutAt(customerId: string): Promise<number | undefined>;
}

/** How long a revocation must last: a seal made just before sign-out is valid this long. */
export const REVOCATION_TTL_SECONDS = SESSION_TTL_SECONDS;

export class MemoryRevocationStore implements RevocationStore {
  // Map iteration follows insertion order; with one TTL for all entries that is expiry order, so
  // pruning stops at the first live entry.
  private readonly expiries = new Map<string, number>();
  /** customer id -> signed out at (ms); kept for a signed-in session's lifetime, pruned like ids. */
  private readonly customers = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async signOutCustomer(customerId: string, atMs: number): Promise<void> {
    this.prune();
    this.customers.delete(customerId);
    this.customers.set(customerId, atMs);
  }

  async customerSignedOutAt(customerId: string): Promise<number | undefined> {
    const at = this.customers.get(customerId);
    return at !== undefined && at > this.now() - SIGNED_IN_LIFETIME_SECONDS * 1000 ? at : undefined;
  }

  async revoke(sid: string, ttlSeconds: number): Promise<void> {
    this.prune();
    this.expiries.delete(sid);
    this.expiries.set(sid, this.now() + ttlSeconds * 1000);
  }

  async isRevoked(sid: string): Promise<boolean> {
    const expiry = this.expiries.get(sid);
    if (expiry === undefined) return false;
    if (expiry > this.now()) return true;
    this.expiries.delete(sid);
    return false;
  }

  get size(): number {
    return this.expiries.size;
  }

  private prune(): void {
    const now = this.now();
    for (const [sid, expiry] of this.expiries) {
      if (expiry > now) break;
      this.expiries.delete(sid);
    }
    for (const [customerId, at] of this.customers) {
      if (at > now - SIGNED_IN_LIFETIME_SECONDS * 1000) break;
      this.customers.delete(customerId);
    }
  }
}

export class RedisRevocationStore implements RevocationStore {
  constructor(
    private readonly url: string,
    private readonly prefix: string,
  ) {}

  private key(sid: string): string {
    return `${this.prefix}revoked-session:${sid}`;
  }

  async revoke(sid: string, ttlSeconds: number): Promise<void> {
    const ms = Math.max(1, Math.ceil(ttlSeconds * 1000));
    await withRedis(this.url, (redis) => redis.set(this.key(sid), '1', { expiration: { type: 'PX', value: ms } }));
  }

  async isRevoked(sid: string): Promise<boolean> {
    return (await withRedis(this.url, (redis) => redis.exists(this.key(sid)))) === 1;
  }

  private customerKey(customerId: string): string {
    return `${this.prefix}customer-signed-out:${customerId}`;
  }

  async signOutCustomer(customerId: string, atMs: number): Promise<void> {
    await withRedis(this.url, (redis) =>
      redis.set(this.customerKey(customerId), String(atMs), { expiration: { type: 'EX', value: SIGNED_IN_LIFETIME_SECONDS } }),
    );
  }

  async customerSignedOutAt(customerId: string): Promise<number | undefined> {
    const value = await withRedis(this.url, (redis) => redis.get(this.customerKey(customerId)));
    return value ? Number(value) : undefined;
  }
}

/** The process-wide memory store (shared by every route bundle of this process). */
function memoryStore(): MemoryRevocationStore {
  return processSingleton('session.revocations', () => new MemoryRevocationStore());
}

/** The configured store: Redis when REDIS_URL is set, otherwise this process's memory. */
export function revocationStore(): RevocationStore {
  const url = configuredRedisUrl();
  return url ? new RedisRevocationStore(url, redisKeyPrefix()) : memoryStore();
}

/**
 * How long a revocation must last: until the newest seal carrying the id expires (`exp`, which
 * every seal records), never longer than a session lives; a session sealed before `exp` existed
 * gets the whole lifetime.
 */
export function revocationTtlSeconds(exp: number | undefined, now: number = Date.now()): number {
  if (exp === undefined) return REVOCATION_TTL_SECONDS;
  return Math.min(REVOCATION_TTL_SECONDS, Math.max(1, exp - Math.floor(now / 1000)));
}

/** Revokes a session id for as long as a seal carrying it can still be valid. */
export async function revokeSession(session: { sid: string; exp?: number }): Promise<void> {
  await revocationStore().revoke(session.sid, revocationTtlSeconds(session.exp));
}

/**
 * Whether a session may no longer be used: its id was revoked, or (signed in) its customer's
 * sessions were all signed out after it signed in. One round of store reads.
 */
export async function isSessionRevoked(session: { sid: string; customerId?: string; authAt?: number }): Promise<boolean> {
  const store = revocationStore();
  const [revoked, signedOutAt] = await Promise.all([
    store.isRevoked(session.sid),
    session.customerId ? store.customerSignedOutAt(session.customerId) : undefined,
  ]);
  return revoked || (signedOutAt !== undefined && (session.authAt ?? 0) < signedOutAt);
}

/** Signs out every session of a customer that signed in before now; answers that moment (ms). */
export async function signOutCustomerEverywhere(customerId: string): Promise<number> {
  const at = Date.now();
  await revocationStore().signOutCustomer(customerId, at);
  return at;
}
