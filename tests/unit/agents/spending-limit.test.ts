// The spending limit of an agent's token, checked at completion against the commercetools total.
import { describe, expect, it } from 'vitest';
import { checkSpendingLimit } from '@/lib/agents/spending-limit';

const usd = (centAmount: number) => ({ centAmount, currencyCode: 'USD', fractionDigits: 2 });
const limit = (max_amount: number, currency = 'USD', expires_at?: string) => ({ type: 'commerce_checkout' as const, max_amount, currency, ...(expires_at ? { expires_at } : {}) });
const NOW = new Date('2026-12-05T12:00:00Z');

describe('checkSpendingLimit', () => {
  it('allows a total up to the limit, inclusive', () => {
    expect(checkSpendingLimit([limit(5000)], usd(5000), NOW)).toMatchObject({ ok: true });
    expect(checkSpendingLimit([limit(5000)], usd(4999), NOW)).toMatchObject({ ok: true });
  });
  it('refuses above the limit, in another currency, after expiry, and without any limit', () => {
    expect(checkSpendingLimit([limit(5000)], usd(5001), NOW)).toEqual({ ok: false, reason: 'over_limit' });
    expect(checkSpendingLimit([limit(5000, 'EUR')], usd(100), NOW)).toEqual({ ok: false, reason: 'other_currency' });
    expect(checkSpendingLimit([limit(5000, 'USD', '2026-12-05T11:59:59Z')], usd(100), NOW)).toEqual({ ok: false, reason: 'expired' });
    expect(checkSpendingLimit([], usd(1), NOW)).toEqual({ ok: false, reason: 'no_limit' });
  });
  it('uses the most permissive current limit in the currency', () => {
    const limits = [limit(1000), limit(9000, 'USD', '2026-12-05T11:00:00Z'), limit(3000, 'USD', '2026-12-06T00:00:00Z')];
    expect(checkSpendingLimit(limits, usd(2500), NOW)).toMatchObject({ ok: true, limit: { max_amount: 3000 } });
    expect(checkSpendingLimit(limits, usd(3001), NOW)).toEqual({ ok: false, reason: 'over_limit' });
  });
});
