import 'server-only';
// Rate limits for sign-in and sign-up: a sliding log per key (every counted attempt is a timestamp;
// at most `limit` of them in any `window`), which, unlike a fixed window, never lets 2x the limit
// through around a window boundary.
//
// An attempt takes its slot *before* the work it guards (the credential check), atomically: N
// parallel attempts never get more than the limit through. A guarded call can hand its slot back
// afterwards (a successful sign-in is not a failure; an upstream outage is nobody's fault).
//
// Stores: this process's memory by default; Redis when REDIS_URL is set (one Lua script per
// attempt, timed by the Redis server's clock, so every instance shares the same limits). When Redis
// cannot answer, the limits fall back to this process's memory rather than switching them off.
import { processSingleton } from '../process-singleton';
import { createHash, randomUUID } from 'node:crypto';
import { log } from '@/lib/log';
import { configuredRedisUrl, redisKeyPrefix, withRedis } from '@/lib/redis';

export type RateLimitRule = {
  /** Part of the store key; rules never share counters. */
  name: string;
  limit: number;
  windowSeconds: number;
};

const MINUTES = 60;

/**
 * The limits. Sign-in counts *failed* attempts (wrong credentials; which budgets apply is
 * lib/http/auth.ts); sign-up counts every attempt, because each success creates an account.
 * Without a trusted client address (see client-ip.ts) every request shares one key, with higher
 * limits: a ceiling for the whole site rather than per client.
 */
export const RATE_LIMITS = {
  // An account from unknown devices, all clients together: slows stuffing from many addresses.
  loginPerEmail: { name: 'login-email', limit: 20, windowSeconds: 15 * MINUTES },
  // An account from one client: below the account's budget, so one client cannot use it up.
  loginPerEmailPerClient: { name: 'login-email-client', limit: 5, windowSeconds: 15 * MINUTES },
  // A browser that signed in to the account before: its own budget, untouched by others' guessing.
  loginPerKnownDevice: { name: 'login-device', limit: 10, windowSeconds: 15 * MINUTES },
  loginPerIp: { name: 'login-ip', limit: 30, windowSeconds: 15 * MINUTES },
  loginUntrustedIp: { name: 'login-ip-shared', limit: 300, windowSeconds: 15 * MINUTES },
  signupPerEmail: { name: 'signup-email', limit: 5, windowSeconds: 15 * MINUTES },
  signupPerIp: { name: 'signup-ip', limit: 10, windowSeconds: 15 * MINUTES },
  signupUntrustedIp: { name: 'signup-ip-shared', limit: 100, windowSeconds: 15 * MINUTES },
  // Sign-outs rotate the session (and revoke a signed-in one): plenty for people, not for a loop.
  logoutPerIp: { name: 'logout-ip', limit: 60, windowSeconds: 15 * MINUTES },
  logoutUntrustedIp: { name: 'logout-ip-shared', limit: 600, windowSeconds: 15 * MINUTES },
  // Re-entering the password (change it, delete the account): wrong passwords per account.
  passwordCheckPerAccount: { name: 'password-check', limit: 5, windowSeconds: 15 * MINUTES },
  // Reset mails: every request counts (each may send a mail).
  resetRequestPerEmail: { name: 'reset-email', limit: 3, windowSeconds: 15 * MINUTES },
  resetRequestPerIp: { name: 'reset-ip', limit: 10, windowSeconds: 15 * MINUTES },
  resetRequestUntrustedIp: { name: 'reset-ip-shared', limit: 200, windowSeconds: 15 * MINUTES },
  // Reset links: refused tokens per client.
  resetConfirmPerIp: { name: 'reset-confirm-ip', limit: 20, windowSeconds: 15 * MINUTES },
  resetConfirmUntrustedIp: { name: 'reset-confirm-ip-shared', limit: 300, windowSeconds: 15 * MINUTES },
  // Data exports read every order: a few per hour is plenty.
  dataExportPerAccount: { name: 'data-export', limit: 5, windowSeconds: 60 * MINUTES },
  // Discount codes count failed codes only: a guessing loop, not a shopper with a typo.
  discountCodePerSession: { name: 'discount-session', limit: 10, windowSeconds: 15 * MINUTES },
  discountCodePerIp: { name: 'discount-ip', limit: 30, windowSeconds: 15 * MINUTES },
  discountCodeUntrustedIp: { name: 'discount-ip-shared', limit: 600, windowSeconds: 15 * MINUTES },
  // Every cart created upstream (first add, a market switch that moves the cart) counts.
  cartCreatePerSession: { name: 'cart-session', limit: 20, windowSeconds: 15 * MINUTES },
  cartCreatePerIp: { name: 'cart-ip', limit: 60, windowSeconds: 15 * MINUTES },
  cartCreateUntrustedIp: { name: 'cart-ip-shared', limit: 3000, windowSeconds: 15 * MINUTES },
  // Every wishlist created upstream (a guest's first heart) counts, like carts.
  wishlistCreatePerSession: { name: 'wishlist-session', limit: 20, windowSeconds: 15 * MINUTES },
  wishlistCreatePerIp: { name: 'wishlist-ip', limit: 60, windowSeconds: 15 * MINUTES },
  wishlistCreateUntrustedIp: { name: 'wishlist-ip-shared', limit: 3000, windowSeconds: 15 * MINUTES },
  // The agent front door (lib/agents): per agent, sliding window; anonymous catalog calls per client.
  agentCallsPerAgent: { name: 'agent', limit: 120, windowSeconds: MINUTES },
  agentCatalogPerIp: { name: 'agent-catalog-ip', limit: 60, windowSeconds: MINUTES },
  agentCatalogUntrustedIp: { name: 'agent-catalog-ip-shared', limit: 600, windowSeconds: MINUTES },
  // Every commercetools Checkout session started (the shopper pressed "Pay"): each one is work upstream.
  paymentSessionPerSession: { name: 'payment-session', limit: 20, windowSeconds: 15 * MINUTES },
  paymentSessionPerIp: { name: 'payment-session-ip', limit: 60, windowSeconds: 15 * MINUTES },
  paymentSessionUntrustedIp: { name: 'payment-session-ip-shared', limit: 3000, windowSeconds: 15 * MINUTES },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitDecision =
  | { allowed: true; remaining: number; /** hands the slot back */ slot: string }
  | { allowed: false; retryAfterSeconds: number };

export interface RateLimitStore {
  /** Takes a slot for `key` when fewer than `limit` were taken in the last `windowMs`. */
  take(key: string, limit: number, windowMs: number): Promise<RateLimitDecision>;
  /** Gives a taken slot back. */
  release(key: string, slot: string): Promise<void>;
}

function retryAfter(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly logs = new Map<string, { windowMs: number; entries: Array<{ at: number; slot: string }> }>();
  private takes = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async take(key: string, limit: number, windowMs: number): Promise<RateLimitDecision> {
    // No await before the decision: check and record cannot interleave with another attempt.
    const now = this.now();
    if (++this.takes % 1000 === 0) this.sweep(now);
    const entries = (this.logs.get(key)?.entries ?? []).filter((e) => e.at > now - windowMs);
    this.logs.set(key, { windowMs, entries });
    if (entries.length >= limit) {
      return { allowed: false, retryAfterSeconds: retryAfter(entries[0]!.at + windowMs - now) };
    }
    const slot = randomUUID();
    entries.push({ at: now, slot });
    return { allowed: true, remaining: limit - entries.length, slot };
  }

  async release(key: string, slot: string): Promise<void> {
    const log = this.logs.get(key);
    if (!log) return;
    log.entries = log.entries.filter((e) => e.slot !== slot);
    if (!log.entries.length) this.logs.delete(key);
  }

  /** Keys held in memory (tests check that idle keys do not pile up). */
  get size(): number {
    return this.logs.size;
  }

  /** Drops keys with nothing left in their window. */
  private sweep(now: number): void {
    for (const [key, { windowMs, entries }] of this.logs) {
      if (!entries.some((e) => e.at > now - windowMs)) this.logs.delete(key);
    }
  }
}

// KEYS[1] the log (a sorted set of slots scored by time); ARGV: limit, window ms, slot id.
// Returns {1, remaining, slot} or {0, ms until the oldest slot leaves the window}.
const TAKE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
if count >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, tonumber(oldest[2]) + window - now}
end
local slot = now .. ':' .. ARGV[3]
redis.call('ZADD', KEYS[1], now, slot)
redis.call('PEXPIRE', KEYS[1], window)
return {1, limit - count - 1, slot}
`;

export class RedisRateLimitStore implements RateLimitStore {
  constructor(
    private readonly url: string,
    private readonly prefix: string,
  ) {}

  private key(key: string): string {
    return `${this.prefix}rate-limit:${key}`;
  }

  async take(key: string, limit: number, windowMs: number): Promise<RateLimitDecision> {
    const reply = (await withRedis(this.url, (redis) =>
      redis.eval(TAKE_SCRIPT, { keys: [this.key(key)], arguments: [String(limit), String(windowMs), randomUUID()] }),
    )) as [number, number, string?];
    const [allowed, value, slot] = reply;
    if (allowed === 1 && typeof slot === 'string') return { allowed: true, remaining: Number(value), slot };
    return { allowed: false, retryAfterSeconds: retryAfter(Number(value)) };
  }

  async release(key: string, slot: string): Promise<void> {
    await withRedis(this.url, (redis) => redis.zRem(this.key(key), slot));
  }
}

/** Redis first; this process's memory while Redis cannot answer (limits stay on, per instance). */
export class FallbackRateLimitStore implements RateLimitStore {
  constructor(
    private readonly primary: RateLimitStore,
    private readonly fallback: RateLimitStore,
  ) {}

  async take(key: string, limit: number, windowMs: number): Promise<RateLimitDecision> {
    try {
      return await this.primary.take(key, limit, windowMs);
    } catch (error) {
      log.warn('rate_limit.store_unavailable', { error: error instanceof Error ? error.name : 'unknown' });
      const decision = await this.fallback.take(key, limit, windowMs);
      return decision.allowed ? { ...decision, slot: `fallback:${decision.slot}` } : decision;
    }
  }

  async release(key: string, slot: string): Promise<void> {
    if (slot.startsWith('fallback:')) return this.fallback.release(key, slot.slice('fallback:'.length));
    await this.primary.release(key, slot).catch(() => undefined);
  }
}

/** The process-wide memory store (shared by every route bundle of this process). */
export function memoryRateLimitStore(): MemoryRateLimitStore {
  return processSingleton('security.rateLimits', () => new MemoryRateLimitStore());
}

/** The configured store: Redis (falling back to memory) when REDIS_URL is set, else memory. */
export function rateLimitStore(): RateLimitStore {
  const url = configuredRedisUrl();
  return url ? new FallbackRateLimitStore(new RedisRateLimitStore(url, redisKeyPrefix()), memoryRateLimitStore()) : memoryRateLimitStore();
}

/** Store keys never hold an email or address in clear: a rule name and a hash of the subject. */
export function rateLimitKey(rule: RateLimitRule, subject: string): string {
  return `${rule.name}:${createHash('sha256').update(`${rule.name}\u0000${subject}`).digest('hex').slice(0, 40)}`;
}

export type RateLimitCheck = { rule: RateLimitRule; subject: string };

/** Slots taken for one attempt; `release()` hands them all back. */
export type Attempt = { release(): Promise<void> };

export type AttemptDecision = { allowed: true; attempt: Attempt } | { allowed: false; retryAfterSeconds: number };

/**
 * Takes one slot under every check, in order. If any check refuses, the slots already taken stay
 * taken (the attempt happened) and the answer says how long to wait.
 */
export async function takeAttempt(checks: RateLimitCheck[], store: RateLimitStore = rateLimitStore()): Promise<AttemptDecision> {
  const taken: Array<{ key: string; slot: string }> = [];
  for (const { rule, subject } of checks) {
    const key = rateLimitKey(rule, subject);
    const decision = await store.take(key, rule.limit, rule.windowSeconds * 1000);
    if (!decision.allowed) return decision;
    taken.push({ key, slot: decision.slot });
  }
  let released = false;
  return {
    allowed: true,
    attempt: {
      async release() {
        if (released) return;
        released = true;
        await Promise.all(taken.map(({ key, slot }) => store.release(key, slot)));
      },
    },
  };
}
