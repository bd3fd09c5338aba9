// The rate-limit and revocation stores, each implementation against the same expectations: the
// memory ones and the Redis ones against the run's real redis-server (limits, Retry-After, expiry,
// handing slots back, and N parallel attempts never getting more than the limit through).
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeRedisClients, RedisUnavailableError } from '@/lib/redis';
import {
  FallbackRateLimitStore,
  MemoryRateLimitStore,
  RedisRateLimitStore,
  type RateLimitStore,
} from '@/lib/security/rate-limit';
import { MemoryRevocationStore, RedisRevocationStore, type RevocationStore } from '@/lib/session/revocation';
import { freePort } from '../../../harness/test-env';

const redisUrl = inject('redisUrl');
const prefix = `test:${randomUUID()}:`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterAll(() => closeRedisClients());

describe.each([
  ['memory', () => new MemoryRateLimitStore()],
  ['redis', () => new RedisRateLimitStore(redisUrl, prefix)],
] as Array<[string, () => RateLimitStore]>)('%s rate-limit store', (_name, makeStore) => {
  const store = makeStore();
  const key = () => `k:${randomUUID()}`;

  it('allows `limit` attempts in the window, then refuses with the wait until a slot frees', async () => {
    const k = key();
    const decisions = [];
    for (let i = 0; i < 4; i += 1) decisions.push(await store.take(k, 3, 60_000));
    expect(decisions.slice(0, 3).map((d) => d.allowed)).toEqual([true, true, true]);
    expect(decisions.slice(0, 3).map((d) => (d.allowed ? d.remaining : -1))).toEqual([2, 1, 0]);
    expect(decisions[3]).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
    const wait = decisions[3]!.allowed ? 0 : decisions[3]!.retryAfterSeconds;
    expect(wait).toBeGreaterThanOrEqual(59);
    expect(wait).toBeLessThanOrEqual(60);
    // Keys are independent.
    expect((await store.take(key(), 3, 60_000)).allowed).toBe(true);
  });

  it('frees slots as they leave the window (sliding, not fixed)', async () => {
    const k = key();
    expect((await store.take(k, 2, 1_000)).allowed).toBe(true); // t=0
    await sleep(500);
    expect((await store.take(k, 2, 1_000)).allowed).toBe(true); // t=500
    expect((await store.take(k, 2, 1_000)).allowed).toBe(false);
    await sleep(600); // t=1100: the first slot has left the window, the second (until 1500) has not
    expect((await store.take(k, 2, 1_000)).allowed).toBe(true);
    expect((await store.take(k, 2, 1_000)).allowed).toBe(false);
    await sleep(1_100);
    expect((await store.take(k, 2, 1_000)).allowed).toBe(true);
  });

  it('takes a released slot back', async () => {
    const k = key();
    const first = await store.take(k, 1, 60_000);
    expect((await store.take(k, 1, 60_000)).allowed).toBe(false);
    if (!first.allowed) throw new Error('first attempt refused');
    await store.release(k, first.slot);
    expect((await store.take(k, 1, 60_000)).allowed).toBe(true);
    // Releasing twice or an unknown slot is harmless.
    await store.release(k, first.slot);
    await store.release(key(), 'unknown');
  });

  it('never lets more than the limit through when attempts arrive in parallel', async () => {
    const k = key();
    const decisions = await Promise.all(Array.from({ length: 60 }, () => store.take(k, 7, 60_000)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(7);
    const slots = decisions.flatMap((d) => (d.allowed ? [d.slot] : []));
    expect(new Set(slots).size).toBe(7);
  });
});

describe('Redis rate-limit store keys', () => {
  it('expire with the window', async () => {
    const { createClient } = await import('redis');
    const store = new RedisRateLimitStore(redisUrl, prefix);
    const k = `expiry:${randomUUID()}`;
    await store.take(k, 5, 300);
    const redis = await createClient({ url: redisUrl }).connect();
    try {
      const ttl = await redis.pTTL(`${prefix}rate-limit:${k}`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(300);
      await sleep(400);
      expect(await redis.exists(`${prefix}rate-limit:${k}`)).toBe(0);
    } finally {
      redis.destroy();
    }
  });
});

describe('when Redis cannot answer', () => {
  it('the rate limits fall back to this process memory instead of switching off', async () => {
    const dead = new RedisRateLimitStore(`redis://127.0.0.1:${await freePort()}`, prefix);
    await expect(dead.take('k', 1, 60_000)).rejects.toBeInstanceOf(RedisUnavailableError);
    const store = new FallbackRateLimitStore(dead, new MemoryRateLimitStore());
    const first = await store.take('k', 1, 60_000);
    expect(first.allowed).toBe(true);
    expect((await store.take('k', 1, 60_000)).allowed).toBe(false);
    if (first.allowed) await store.release('k', first.slot);
    expect((await store.take('k', 1, 60_000)).allowed).toBe(true);
  });

  it('the revocation store says so (it never answers "not revoked" by guessing)', async () => {
    const dead = new RedisRevocationStore(`redis://127.0.0.1:${await freePort()}`, prefix);
    await expect(dead.isRevoked('sid')).rejects.toBeInstanceOf(RedisUnavailableError);
    await expect(dead.revoke('sid', 60)).rejects.toBeInstanceOf(RedisUnavailableError);
  });
});

describe.each([
  ['memory', () => new MemoryRevocationStore()],
  ['redis', () => new RedisRevocationStore(redisUrl, prefix)],
] as Array<[string, () => RevocationStore]>)('%s revocation store', (_name, makeStore) => {
  const store = makeStore();

  it('remembers a revoked id until its TTL ends', async () => {
    const sid = randomUUID();
    expect(await store.isRevoked(sid)).toBe(false);
    await store.revoke(sid, 0.4);
    expect(await store.isRevoked(sid)).toBe(true);
    expect(await store.isRevoked(randomUUID())).toBe(false);
    await sleep(500);
    expect(await store.isRevoked(sid)).toBe(false);
  });

  it('handles many revocations at once', async () => {
    const sids = Array.from({ length: 50 }, () => randomUUID());
    await Promise.all(sids.map((sid) => store.revoke(sid, 60)));
    expect(await Promise.all(sids.map((sid) => store.isRevoked(sid)))).toEqual(sids.map(() => true));
  });

  it("remembers when a customer's sessions were all signed out, per customer, the latest moment winning", async () => {
    const customer = randomUUID();
    expect(await store.customerSignedOutAt(customer)).toBeUndefined();
    const first = Date.now();
    await store.signOutCustomer(customer, first);
    expect(await store.customerSignedOutAt(customer)).toBe(first);
    await store.signOutCustomer(customer, first + 5);
    expect(await store.customerSignedOutAt(customer)).toBe(first + 5);
    expect(await store.customerSignedOutAt(randomUUID())).toBeUndefined();
  });
});
