'use client';
// The header's cart link with the item count from the shared header session (GET /api/session,
// then every announced cart change), so it follows add-to-cart, the cart page and sign-in.
import { useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_ui/intent-link';
import { useHeaderSession } from './session-store';

export function MiniCart({ locale }: { locale: string }) {
  const t = useTranslations('MiniCart');
  const session = useHeaderSession();
  const count = session ? session.itemCount : null;

  return (
    <Link
      href={`/${locale}/cart`}
      className="relative inline-flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
      data-testid="mini-cart"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.6">
        <path strokeLinecap="round" strokeLinejoin="round" d="M15.75 10.5V6a3.75 3.75 0 1 0-7.5 0v4.5m11.356-1.993 1.263 12c.07.665-.45 1.243-1.119 1.243H4.25a1.125 1.125 0 0 1-1.12-1.243l1.264-12A1.125 1.125 0 0 1 5.513 7.5h12.974c.576 0 1.059.435 1.119 1.007Z" />
      </svg>
      <span aria-hidden="true" className="hidden sm:inline">
        {t('text')}
      </span>
      <span
        aria-hidden="true"
        data-testid="mini-cart-count"
        className={`min-w-5 rounded-full px-1.5 text-center text-xs font-semibold ${count ? 'bg-slate-900 text-white' : 'bg-slate-100 text-slate-700'}`}
      >
        {count ?? '–'}
      </span>
      {/* One name for assistive technology ("Cart, 2 items"); the visible parts are hidden from it. */}
      <span className="sr-only">{count === null ? t('text') : t('label', { count })}</span>
    </Link>
  );
}
