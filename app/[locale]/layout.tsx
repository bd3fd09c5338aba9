import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/app/_components/site-header';
import { isMarketLocale, marketFor } from '@/lib/markets';

export const metadata: Metadata = {
  title: { default: 'Demo Store', template: '%s · Demo Store' },
  description: 'A commercetools storefront starter.',
};

export default async function MarketLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isMarketLocale(locale)) notFound();
  const market = marketFor(locale);
  // Reading headers makes every page render per request, which the CSP nonce requires.
  await headers();
  return (
    <html lang={market.language === 'de' ? 'de-DE' : locale === 'en-gb' ? 'en-GB' : 'en-US'}>
      <body className="min-h-screen bg-white text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <SiteHeader market={market} />
        <main id="main" className="mx-auto max-w-6xl px-6 py-10">
          {children}
        </main>
      </body>
    </html>
  );
}
