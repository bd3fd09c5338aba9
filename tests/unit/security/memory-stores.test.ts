// The in-memory stores with a controlled clock: exact window edges and clean-up.
import { describe, expect, it } from 'vitest';
import { MemoryRateLimitStore, rateLimitKey, RATE_LIMITS, takeAttempt } from '@/lib/security/rate-limit';
import { MemoryRevocationStore } from '@/lib/session/revocation';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('MemoryRateLimitStore', () => {
  it('refuses at the limit and says exactly when the oldest slot leaves the window', async () => {
    const time = clock();
    const store = new MemoryRateLimitStore(time.now);
    expect((await store.take('k', 2, 10_000)).allowed).toBe(true);
    time.advance(4_000);
    expect((await store.take('k', 2, 10_000)).allowed).toBe(true);
    time.advance(1_000);
    expect(await store.take('k', 2, 10_000)).toEqual({ allowed: false, retryAfterSeconds: 5 });
    time.advance(4_999);
    expect((await store.take('k', 2, 10_000)).allowed).toBe(false);
    time.advance(1);
    expect((await store.take('k', 2, 10_000)).allowed).toBe(true);
    // Refused attempts took no slot: the next one waits only for the second slot.
    expect(await store.take('k', 2, 10_000)).toEqual({ allowed: false, retryAfterSeconds: 4 });
  });

  it('drops idle keys so memory does not grow with every address ever seen', async () => {
    const time = clock();
    const store = new MemoryRateLimitStore(time.now);
    for (let i = 0; i < 999; i += 1) await store.take(`k${i}`, 5, 1_000);
    expect(store.size).toBe(999);
    time.advance(2_000);
    await store.take('fresh', 5, 1_000); // the 1000th take sweeps
    expect(store.size).toBe(1);
  });
});

describe('takeAttempt', () => {
  it('takes a slot under every rule and hands all of them back on release', async () => {
    const store = new MemoryRateLimitStore();
    const rules = [
      { rule: { name: 'a', limit: 1, windowSeconds: 60 }, subject: 'x' },
      { rule: { name: 'b', limit: 1, windowSeconds: 60 }, subject: 'y' },
    ];
    const first = await takeAttempt(rules, store);
    expect(first.allowed).toBe(true);
    expect((await takeAttempt(rules, store)).allowed).toBe(false);
    if (first.allowed) await first.attempt.release();
    expect((await takeAttempt(rules, store)).allowed).toBe(true);
  });

  it('keys by rule and a hash of the subject, never the subject itself', () => {
    const key = rateLimitKey(RATE_LIMITS.loginPerEmail, 'someone@example.com');
    expect(key).toMatch(/^login-email:[0-9a-f]{40}$/);
    expect(key).not.toContain('someone');
    // The same subject under another rule hashes differently.
    expect(rateLimitKey(RATE_LIMITS.signupPerEmail, 'someone@example.com').split(':')[1]).not.toBe(key.split(':')[1]);
  });
});

describe('MemoryRevocationStore', () => {
  it('forgets a revocation when its TTL ends and prunes expired ones', async () => {
    const time = clock();
    const store = new MemoryRevocationStore(time.now);
    await store.revoke('a', 10);
    await store.revoke('b', 10);
    time.advance(9_999);
    expect(await store.isRevoked('a')).toBe(true);
    time.advance(1);
    expect(await store.isRevoked('a')).toBe(false);
    await store.revoke('c', 10); // prunes 'b' on the way
    expect(store.size).toBe(1);
    expect(await store.isRevoked('c')).toBe(true);
  });
});
