import 'server-only';
// The cookie session as the shop's Shopper (lib/shop/context.ts): the context is built from the
// session's ids and market; what a shop rule changes is written back into the cookie. Signing in
// and out (a new session id, revoking the old one) is ./sign-in.ts.
import { headers } from 'next/headers';
import type { Market } from '@/lib/markets';
import { clientIp } from '@/lib/security/client-ip';
import { takeActionSlot } from '@/lib/security/shopper-limits';
import { marketOf, type ContextChange, type Shopper, type ShopperContext, type ThrottledAction } from '@/lib/shop/context';
import { ShopError } from '@/lib/shop/errors';
import { SessionHandle } from './index';
import type { SessionData } from './schema';

function contextOf(data: SessionData | null): ShopperContext {
  return {
    market: marketOf(data?.market),
    ...(data?.customerId ? { customerId: data.customerId } : {}),
    ...(data?.anonymousId ? { anonymousId: data.anonymousId } : {}),
    ...(data?.cartId ? { cartId: data.cartId } : {}),
    ...(data?.cartVersion !== undefined ? { cartVersion: data.cartVersion } : {}),
    ...(data?.orderIds ? { orderIds: data.orderIds } : {}),
    ...(data?.wishlistId ? { wishlistId: data.wishlistId } : {}),
  };
}

/** `requestHeaders` name the client (its address, when a trusted proxy says it; lib/security/client-ip.ts). */
export function cookieShopper(session: SessionHandle, requestHeaders: Headers): Shopper {
  return {
    context: async () => contextOf(await session.current()),
    save: async (change: ContextChange) => contextOf(await session.update(change)),
    forgetCustomer: async () => {
      const data = await session.current();
      session.rotate(data?.market ? { market: data.market } : {});
    },
    attempt: async (action: ThrottledAction) => {
      const { sid } = await session.ensure();
      const decision = await takeActionSlot(action, { sessionId: sid, client: clientIp(requestHeaders) });
      if (!decision.allowed) throw new ShopError('rate_limited', {}, undefined, decision.retryAfterSeconds);
      return decision.attempt;
    },
  };
}

/**
 * The shopper of a page render (Server Components cannot set cookies): the context comes from the
 * request's cookie; what a rule would change applies for this render only. The page's first paint
 * reads through the same domain calls as the API; the API's answers then store any change.
 */
export async function pageShopper(market: Market): Promise<Shopper> {
  const requestHeaders = await headers();
  const shopper = cookieShopper(new SessionHandle(requestHeaders.get('cookie')), requestHeaders);
  // A page renders in the market of its path, whatever the session's is.
  return {
    ...shopper,
    context: async () => ({ ...(await shopper.context()), market }),
    save: async (change) => ({ ...(await shopper.save(change)), market }),
  };
}
