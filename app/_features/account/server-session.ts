import 'server-only';
// Whether the request's session is signed in, for pages that redirect before rendering (account
// pages send guests to the sign-in page with `?next=`). Authorization itself stays with the Route
// Handlers: the account pages' data comes from /api/account and /api/orders, which check again.
import { headers } from 'next/headers';
import { setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor, type MarketLocale } from '@/lib/markets';
import { readSession } from '@/lib/session';
import { loginHref, safeNextPath } from '../../_ui/paths';

export async function isSignedIn(): Promise<boolean> {
  const { data } = await readSession((await headers()).get('cookie'));
  return Boolean(data?.customerId);
}

/** Redirects to the sign-in page (coming back to `path` afterwards) unless the shopper is signed in. */
export async function requireSignedIn(locale: string, path: string): Promise<void> {
  if (!(await isSignedIn())) redirect(loginHref(locale, path));
}

/**
 * The sign-in and sign-up pages: the market from the path, where to go afterwards (`?next=`, only a
 * path inside this store), and a signed-in shopper sent straight there.
 */
export async function authPageTarget(
  params: Promise<{ locale: string }>,
  searchParams: Promise<Record<string, string | string[] | undefined>>,
): Promise<{ locale: MarketLocale; next: string }> {
  const { locale } = await params;
  if (!isMarketLocale(locale)) notFound();
  setRequestLocale(languageTag(marketFor(locale)));
  const raw = (await searchParams).next;
  const next = safeNextPath(Array.isArray(raw) ? raw[0] : raw, `/${locale}/account`);
  if (await isSignedIn()) redirect(next);
  return { locale, next };
}
