import 'server-only';
// The signed-in checks of pages that redirect before rendering (account pages send guests to the
// sign-in page with `?next=`), and the sign-in pages' target. They read the same shopper context
// the API uses (lib/session/shopper.ts); the data itself comes from the shop domain, which checks
// again.
import { redirect } from 'next/navigation';
import type { Market } from '@/lib/markets';
import { pageShopper } from '@/lib/session/shopper';
import type { Shopper } from '@/lib/shop/context';
import { ShopError } from '@/lib/shop/errors';
import { requireMarket } from '../../_ui/market-guard';
import { loginHref, safeNextPath } from '../../_ui/paths';

/** The signed-in shopper of an account page, or a redirect to sign-in (coming back to `path`). */
export async function signedInShopper(market: Market, path: string): Promise<Shopper> {
  const shopper = await pageShopper(market);
  if (!(await shopper.context()).customerId) redirect(loginHref(market.locale, path));
  return shopper;
}

/**
 * An account page's first paint through the shop domain. A customer that no longer exists goes to
 * sign-in; other refusals (upstream trouble) leave the first paint to the browser, which retries.
 */
export async function accountFirstPaint<T>(market: Market, path: string, read: (shopper: Shopper) => Promise<T>): Promise<T | undefined> {
  const shopper = await signedInShopper(market, path);
  try {
    return await read(shopper);
  } catch (error) {
    if (error instanceof ShopError && error.reason === 'unauthenticated') redirect(loginHref(market.locale, path));
    if (error instanceof ShopError) return undefined;
    throw error;
  }
}

/**
 * The sign-in and sign-up pages: the market from the path, where to go afterwards (`?next=`, only a
 * path inside this store), and a signed-in shopper sent straight there.
 */
export async function authPageTarget(
  params: Promise<{ locale: string }>,
  searchParams: Promise<Record<string, string | string[] | undefined>>,
): Promise<{ locale: string; next: string }> {
  const market = await requireMarket(params);
  const raw = (await searchParams).next;
  const next = safeNextPath(Array.isArray(raw) ? raw[0] : raw, `/${market.locale}/account`);
  if ((await (await pageShopper(market)).context()).customerId) redirect(next);
  return { locale: market.locale, next };
}
