import { describe, expect, it } from 'vitest';
import { keepsAttemptOpen, newIdempotencyKey, OrderAttempt } from '@/app/_features/checkout/order-attempt';

function counter() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('OrderAttempt', () => {
  it('reuses the key while the outcome of the attempt is unknown (retry of the same attempt)', () => {
    const attempt = new OrderAttempt(counter());
    expect(attempt.current()).toBe('key-1');
    for (const status of [0, 500, 502, 503, 504, 429]) {
      attempt.settle(status);
      expect(attempt.current(), String(status)).toBe('key-1');
    }
  });

  it('keeps the key after success, so a repeat returns the same order', () => {
    const attempt = new OrderAttempt(counter());
    attempt.current();
    attempt.settle(201);
    expect(attempt.current()).toBe('key-1');
  });

  it('starts a new attempt after the server settled one (declined, cart changed, missing info, invalid)', () => {
    const attempt = new OrderAttempt(counter());
    let expected = 1;
    for (const status of [402, 409, 422, 400, 404, 401]) {
      expect(attempt.current()).toBe(`key-${expected}`);
      attempt.settle(status);
      expect(attempt.open, String(status)).toBe(false);
      expected += 1;
    }
  });

  it('starts a new attempt when the shopper changes the order', () => {
    const attempt = new OrderAttempt(counter());
    attempt.current();
    attempt.settle(0);
    attempt.reset();
    expect(attempt.current()).toBe('key-2');
  });

  it('classifies statuses', () => {
    expect(keepsAttemptOpen(0)).toBe(true);
    expect(keepsAttemptOpen(200)).toBe(true);
    expect(keepsAttemptOpen(402)).toBe(false);
    expect(keepsAttemptOpen(409)).toBe(false);
  });
});

describe('newIdempotencyKey', () => {
  it('makes distinct UUIDs the API accepts (visible ASCII, at most 255)', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
