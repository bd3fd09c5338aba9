import 'server-only';
// Whether the request's session is signed in, for pages that redirect before rendering (account
// pages send guests to the sign-in page with `?next=`). Authorization itself stays with the Route
// Handlers: the account pages' data comes from /api/account and /api/orders, which check again.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { readSession } from '@/lib/session';
import { loginHref } from './paths';

export async function isSignedIn(): Promise<boolean> {
  const { data } = await readSession((await headers()).get('cookie'));
  return Boolean(data?.customerId);
}

/** Redirects to the sign-in page (coming back to `path` afterwards) unless the shopper is signed in. */
export async function requireSignedIn(locale: string, path: string): Promise<void> {
  if (!(await isSignedIn())) redirect(loginHref(locale, path));
}
