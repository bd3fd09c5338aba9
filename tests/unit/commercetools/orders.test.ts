// Order numbers derived from the cart, attempt references from the Idempotency-Key, and the cart
// snapshot cache keyed by exact version.
import { describe, expect, it } from 'vitest';
import { cartSnapshots, type CartSnapshot } from '@/lib/shop/cart/snapshots';
import { attemptReference, orderNumberFor } from '@/lib/commercetools/orders';

describe('orderNumberFor', () => {
  it('is derived from the cart id only: the same cart always gets the same number, others another', () => {
    const a = orderNumberFor('0f9c5d2e-1b7a-4c3e-9d2f-6a8b7c6d5e4f');
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(orderNumberFor('0f9c5d2e-1b7a-4c3e-9d2f-6a8b7c6d5e4f')).toBe(a);
    const many = new Set(Array.from({ length: 2000 }, (_, i) => orderNumberFor(`cart-${i}`)));
    expect(many.size).toBe(2000);
  });
});

describe('attemptReference', () => {
  it('is a hash of the key, never the key itself', () => {
    const ref = attemptReference('my-secret-key');
    expect(ref).toMatch(/^idem-[0-9a-f]{40}$/);
    expect(ref).not.toContain('my-secret-key');
    expect(attemptReference('my-secret-key')).toBe(ref);
    expect(attemptReference('other')).not.toBe(ref);
  });
});

describe('cart snapshots', () => {
  const snapshot = (id: string, version: number): CartSnapshot => ({
    id, version, cartState: 'Active', anonymousId: 'anon', currency: 'USD', country: 'US', lines: [], discountCodeIds: [], hasShippingAddress: false,
  });

  it('answers only for the exact version and scope', () => {
    const cache = cartSnapshots();
    cache.put('scope-a', snapshot('c1', 4));
    expect(cache.get('scope-a', 'c1', 4)?.version).toBe(4);
    expect(cache.get('scope-a', 'c1', 5)).toBeUndefined();
    expect(cache.get('scope-b', 'c1', 4)).toBeUndefined();
  });

  it('is one cache per process (shared by every Route Handler bundle) and bounded', () => {
    expect(cartSnapshots()).toBe(cartSnapshots());
    const cache = cartSnapshots();
    for (let i = 0; i < 5_001; i++) cache.put('bound', snapshot(`b${i}`, 1));
    expect(cache.get('bound', 'b0', 1)).toBeUndefined();
    expect(cache.get('bound', 'b5000', 1)).toBeDefined();
  });
});
