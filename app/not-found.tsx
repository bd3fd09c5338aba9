import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { MarketProviders } from '@/app/_ui/market-providers';
import { NotFoundContent } from '@/app/_ui/not-found-content';
import { SiteFooter } from '@/app/_features/header/site-footer';
import { SiteHeader } from '@/app/_features/header/site-header';
import { SkipLink } from '@/app/_ui/skip-link';
import { sans } from '@/app/_ui/fonts';
import { languageTag } from '@/lib/i18n/locale';
import { DEFAULT_MARKET, marketFor } from '@/lib/markets';
import './globals.css';

// Not-found for paths outside any market (an unknown market such as /fr-fr): the default market's
// header and navigation, so the shopper can carry on.
export default async function NotFound() {
  // Rendered per request like every page, so Next stamps the CSP nonce on its scripts.
  await headers();
  const market = marketFor(DEFAULT_MARKET);
  const locale = languageTag(market);
  const layout = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <html lang={locale} className={sans.variable}>
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
        <MarketProviders market={market}>
          <SkipLink label={layout('skipToContent')} />
          <SiteHeader market={market} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-10">
            <NotFoundContent />
          </main>
          <SiteFooter market={market} />
        </MarketProviders>
      </body>
    </html>
  );
}
