import 'server-only';
// The agent token as the shop's Shopper (lib/shop/context.ts), the second front door beside the
// cookie session (lib/session/shopper.ts): the context is the token's customer and the checkout the
// call names; nothing is stored between calls (the checkout id is the cart id). Throttled actions
// count per agent and customer, and per client address.
import { isMarketLocale, type MarketLocale } from '@/lib/markets';
import type { ClientIp } from '@/lib/security/client-ip';
import { takeActionSlot } from '@/lib/security/shopper-limits';
import { marketOf, type ContextChange, type Shopper, type ShopperContext, type ThrottledAction } from '@/lib/shop/context';
import { ShopError } from '@/lib/shop/errors';
import type { AgentToken } from './access-token';

export function agentShopper(token: AgentToken | null, client: ClientIp, start: { cartId?: string; locale?: string } = {}): Shopper {
  const market: MarketLocale | undefined = start.locale && isMarketLocale(start.locale) ? start.locale : undefined;
  let context: ShopperContext = {
    market: marketOf(market),
    ...(token?.principalId ? { customerId: token.principalId } : {}),
    ...(start.cartId ? { cartId: start.cartId } : {}),
  };
  return {
    context: async () => context,
    save: async (change: ContextChange) => {
      const { market: locale, ...rest } = change;
      context = { ...context, ...rest, ...(locale ? { market: marketOf(locale) } : {}) };
      return context;
    },
    // An agent never holds an identity of its own to drop.
    forgetCustomer: async () => undefined,
    attempt: async (action: ThrottledAction) => {
      const actor = `agent:${token?.agentId ?? 'anonymous'}:${token?.principalId ?? '-'}`;
      const decision = await takeActionSlot(action, { sessionId: actor, client });
      if (!decision.allowed) throw new ShopError('rate_limited', {}, undefined, decision.retryAfterSeconds);
      return decision.attempt;
    },
  };
}
