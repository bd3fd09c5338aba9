import 'server-only';
// "Only once" claims, shared like revocations and rate limits: in Redis when REDIS_URL is set (an
// instance behind a load balancer must refuse what another one accepted), else in this process's
// memory, which the shared-state boot rule allows only for a single instance. Used for webhook
// signatures (a captured signed request cannot be replayed), agent token ids on writes, and one
// order confirmation mail per order.
import { processSingleton } from '../process-singleton';
import { configuredRedisUrl, redisKeyPrefix, withRedis } from '@/lib/redis';
import { REPLAY_WINDOW_SECONDS, type ReplayGuard } from './webhook-signature';

/** True the first time `key` is claimed within `ttlSeconds`. */
export interface OnceStore {
  claim(key: string, ttlSeconds: number, nowSeconds?: number): Promise<boolean>;
}

export class MemoryOnceStore implements OnceStore {
  private readonly seen = new Map<string, number>();

  async claim(key: string, ttlSeconds: number, nowSeconds = Math.floor(Date.now() / 1000)): Promise<boolean> {
    for (const [seenKey, expires] of this.seen) if (expires < nowSeconds) this.seen.delete(seenKey);
    if (this.seen.has(key)) return false;
    this.seen.set(key, nowSeconds + ttlSeconds);
    return true;
  }
}

class RedisOnceStore implements OnceStore {
  constructor(
    private readonly url: string,
    private readonly prefix: string,
  ) {}

  /** SET NX: of two instances claiming the same key at once, exactly one wins. */
  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    const reply = await withRedis(this.url, (redis) =>
      redis.set(`${this.prefix}once:${key}`, '1', { condition: 'NX', expiration: { type: 'EX', value: Math.max(1, Math.ceil(ttlSeconds)) } }),
    );
    return reply === 'OK';
  }
}

/** The configured store: Redis when REDIS_URL is set, otherwise this process's memory. */
export function onceStore(): OnceStore {
  const url = configuredRedisUrl();
  return url ? new RedisOnceStore(url, redisKeyPrefix()) : processSingleton('security.onceClaims', () => new MemoryOnceStore());
}

/** Webhook signatures over a store: the window on either side of the timestamp (older ones are stale anyway). */
export class SignatureReplayGuard implements ReplayGuard {
  constructor(private readonly store: OnceStore = new MemoryOnceStore()) {}

  accept(signature: string, nowSeconds: number): Promise<boolean> {
    return this.store.claim(`webhook-signature:${signature}`, 2 * REPLAY_WINDOW_SECONDS, nowSeconds);
  }
}

/** The configured guard for webhook signatures. */
export function replayGuard(): ReplayGuard {
  return new SignatureReplayGuard(onceStore());
}
