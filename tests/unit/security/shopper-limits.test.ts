// The shop-action budgets (lib/security/shopper-limits.ts): a session and a client address each have
// one, so dropping the cookie does not escape the client's, and a new address does not escape the
// session's; without a trusted address the shared key has a site-wide ceiling.
import { describe, expect, it } from 'vitest';
import { UNTRUSTED_CLIENT } from '@/lib/security/client-ip';
import { MemoryRateLimitStore, RATE_LIMITS } from '@/lib/security/rate-limit';
import { takeActionSlot } from '@/lib/security/shopper-limits';

const client = (n: number) => ({ key: `ip4:198.51.100.${n}`, trusted: true });

describe('shop action budgets', () => {
  it('cart creation: a client that drops its cookie each time is still limited by its address', async () => {
    const store = new MemoryRateLimitStore();
    for (let i = 0; i < RATE_LIMITS.cartCreatePerIp.limit; i++) {
      expect((await takeActionSlot('cart_create', { sessionId: `fresh-${i}`, client: client(1) }, store)).allowed).toBe(true);
    }
    expect(await takeActionSlot('cart_create', { sessionId: 'fresh-again', client: client(1) }, store)).toMatchObject({ allowed: false });
    expect((await takeActionSlot('cart_create', { sessionId: 'fresh-again', client: client(2) }, store)).allowed).toBe(true);
  });

  it('discount codes: a session is limited whatever address it comes from', async () => {
    const store = new MemoryRateLimitStore();
    for (let i = 0; i < RATE_LIMITS.discountCodePerSession.limit; i++) {
      expect((await takeActionSlot('discount_code', { sessionId: 'one', client: client(10 + i) }, store)).allowed).toBe(true);
    }
    const refused = await takeActionSlot('discount_code', { sessionId: 'one', client: client(99) }, store);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: expect.any(Number) });
  });

  it('a released slot does not count', async () => {
    const store = new MemoryRateLimitStore();
    for (let i = 0; i < 3 * RATE_LIMITS.discountCodePerSession.limit; i++) {
      const decision = await takeActionSlot('discount_code', { sessionId: 'lucky', client: client(3) }, store);
      if (!decision.allowed) throw new Error('limited although every slot was handed back');
      await decision.attempt.release();
    }
  });

  it('without a trusted address every client shares the site-wide ceiling', async () => {
    const store = new MemoryRateLimitStore();
    const shared = { key: UNTRUSTED_CLIENT, trusted: false };
    for (let i = 0; i < RATE_LIMITS.discountCodeUntrustedIp.limit; i++) {
      expect((await takeActionSlot('discount_code', { sessionId: `s-${i}`, client: shared }, store)).allowed).toBe(true);
    }
    expect((await takeActionSlot('discount_code', { sessionId: 'another', client: shared }, store)).allowed).toBe(false);
  });
});
