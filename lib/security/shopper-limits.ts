import 'server-only';
// Throttles for shop actions that cost upstream work or invite guessing (lib/shop/context.ts,
// `ThrottledAction`): one slot per session and one per client address (client-ip.ts; without a
// trusted address every client shares one key with a site-wide ceiling). The domain decides when
// an action happens; the front door's adapter says who is acting. The limits are RATE_LIMITS.
import type { ThrottledAction } from '@/lib/shop/context';
import type { ClientIp } from './client-ip';
import { RATE_LIMITS, takeAttempt, type AttemptDecision, type RateLimitRule, type RateLimitStore } from './rate-limit';

const ACTION_RULES: Record<ThrottledAction, { session: RateLimitRule; ip: RateLimitRule; sharedIp: RateLimitRule }> = {
  discount_code: { session: RATE_LIMITS.discountCodePerSession, ip: RATE_LIMITS.discountCodePerIp, sharedIp: RATE_LIMITS.discountCodeUntrustedIp },
  cart_create: { session: RATE_LIMITS.cartCreatePerSession, ip: RATE_LIMITS.cartCreatePerIp, sharedIp: RATE_LIMITS.cartCreateUntrustedIp },
  wishlist_create: { session: RATE_LIMITS.wishlistCreatePerSession, ip: RATE_LIMITS.wishlistCreatePerIp, sharedIp: RATE_LIMITS.wishlistCreateUntrustedIp },
  payment_session: { session: RATE_LIMITS.paymentSessionPerSession, ip: RATE_LIMITS.paymentSessionPerIp, sharedIp: RATE_LIMITS.paymentSessionUntrustedIp },
};

export type Actor = { sessionId: string; client: ClientIp };

/** Takes one slot for `action` under the session's and the client's limits. */
export function takeActionSlot(action: ThrottledAction, actor: Actor, store?: RateLimitStore): Promise<AttemptDecision> {
  const rules = ACTION_RULES[action];
  return takeAttempt(
    [
      { rule: rules.session, subject: actor.sessionId },
      { rule: actor.client.trusted ? rules.ip : rules.sharedIp, subject: actor.client.key },
    ],
    store,
  );
}
