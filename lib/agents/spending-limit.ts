// The spending limit an agent's token carries (RFC 9396 authorization details, type
// `commerce_checkout`), enforced at completion against the total commercetools computed, never
// against anything the agent says. No limit in the token means the agent may not complete at all.
import type { Money } from '@/lib/types';
import type { SpendingLimit } from './access-token';

export type SpendingVerdict =
  | { ok: true; limit: SpendingLimit }
  | { ok: false; reason: 'no_limit' | 'other_currency' | 'over_limit' | 'expired' };

export function checkSpendingLimit(limits: readonly SpendingLimit[], total: Money, now = new Date()): SpendingVerdict {
  if (limits.length === 0) return { ok: false, reason: 'no_limit' };
  const inCurrency = limits.filter((l) => l.currency === total.currencyCode);
  if (inCurrency.length === 0) return { ok: false, reason: 'other_currency' };
  const current = inCurrency.filter((l) => !l.expires_at || Date.parse(l.expires_at) > now.getTime());
  if (current.length === 0) return { ok: false, reason: 'expired' };
  // Several limits in one currency: the most permissive current one applies (each was granted).
  const limit = current.reduce((a, b) => (b.max_amount > a.max_amount ? b : a));
  if (total.centAmount > limit.max_amount) return { ok: false, reason: 'over_limit' };
  return { ok: true, limit };
}
