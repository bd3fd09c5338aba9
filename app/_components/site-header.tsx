import Link from 'next/link';
import { MARKET_LOCALES, marketFor, type Market } from '@/lib/markets';

export function SiteHeader({ market }: { market: Market }) {
  return (
    <header className="border-b border-slate-200">
      <div className="mx-auto flex max-w-6xl items-center justify-between px-6 py-4">
        <Link href={`/${market.locale}`} className="text-lg font-semibold tracking-tight">
          Demo Store
        </Link>
        <nav aria-label="Markets">
          <ul className="flex gap-3 text-sm">
            {MARKET_LOCALES.map((locale) => (
              <li key={locale}>
                <Link
                  href={`/${locale}`}
                  aria-current={locale === market.locale ? 'true' : undefined}
                  className={locale === market.locale ? 'font-semibold underline' : 'text-slate-600 hover:underline'}
                >
                  {marketFor(locale).label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
