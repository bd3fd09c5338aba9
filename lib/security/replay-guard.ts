import 'server-only';
// Which webhook signatures were already accepted, so a captured signed request cannot be replayed
// within its window. Shared like revocations and rate limits: in Redis when REDIS_URL is set (an
// instance behind a load balancer must refuse what another one accepted), else in this process's
// memory, which the shared-state boot rule allows only for a single instance.
import { processSingleton } from '../process-singleton';
import { configuredRedisUrl, redisKeyPrefix, withRedis } from '@/lib/redis';
import { REPLAY_WINDOW_SECONDS, type ReplayGuard } from './webhook-signature';

export class MemoryReplayGuard implements ReplayGuard {
  private readonly seen = new Map<string, number>();

  async accept(signature: string, nowSeconds: number): Promise<boolean> {
    for (const [key, expires] of this.seen) if (expires < nowSeconds) this.seen.delete(key);
    if (this.seen.has(signature)) return false;
    this.seen.set(signature, nowSeconds + REPLAY_WINDOW_SECONDS);
    return true;
  }
}

class RedisReplayGuard implements ReplayGuard {
  constructor(
    private readonly url: string,
    private readonly prefix: string,
  ) {}

  /** SET NX: of two instances offered the same signature at once, exactly one accepts it. */
  async accept(signature: string): Promise<boolean> {
    const key = `${this.prefix}webhook-signature:${signature}`;
    // The window on either side of the timestamp: a signature older than that is refused as stale anyway.
    const reply = await withRedis(this.url, (redis) =>
      redis.set(key, '1', { condition: 'NX', expiration: { type: 'EX', value: 2 * REPLAY_WINDOW_SECONDS } }),
    );
    return reply === 'OK';
  }
}

/** The configured guard: Redis when REDIS_URL is set, otherwise this process's memory. */
export function replayGuard(): ReplayGuard {
  const url = configuredRedisUrl();
  return url ? new RedisReplayGuard(url, redisKeyPrefix()) : processSingleton('security.webhookReplays', () => new MemoryReplayGuard());
}
