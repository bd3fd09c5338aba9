'use client';
// The header's account link: "Sign in" (back to this page afterwards) or "My account", from the
// shared header session. Before the session is known it links to the account page, which sends
// shoppers who are not signed in to the sign-in page anyway.
import { useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_ui/intent-link';
import { usePathname } from 'next/navigation';
import { loginHref, safeNextPath } from '../../_ui/paths';
import { useHeaderSession } from './session-store';

export function AccountLink({ locale }: { locale: string }) {
  const t = useTranslations('Header');
  const session = useHeaderSession();
  const pathname = usePathname();
  const next = safeNextPath(pathname, '');
  const signedOut = session !== null && !session.signedIn;
  const href = signedOut ? loginHref(locale, next && next !== `/${locale}` ? next : undefined) : `/${locale}/account`;
  const label = session === null ? t('account') : session.signedIn ? t('myAccount') : t('signIn');
  return (
    <Link
      href={href}
      className="inline-flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
      data-testid="account-link"
      data-signed-in={session === null ? undefined : String(session.signedIn)}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.6">
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M15.75 6a3.75 3.75 0 1 1-7.5 0 3.75 3.75 0 0 1 7.5 0ZM4.5 20.118a7.5 7.5 0 0 1 15 0A17.933 17.933 0 0 1 12 21.75c-2.676 0-5.216-.584-7.5-1.632Z"
        />
      </svg>
      <span className="sr-only sm:not-sr-only">{label}</span>
    </Link>
  );
}
