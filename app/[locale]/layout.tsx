import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { Suspense, type ReactNode } from 'react';
import { MarketProviders } from '@/app/_ui/market-providers';
import { SiteFooter } from '@/app/_features/header/site-footer';
import { SiteHeader } from '@/app/_features/header/site-header';
import { CheckoutHeader } from '@/app/_features/checkout/checkout-header';
import { HeaderForPath } from '@/app/_features/checkout/header-for-path';
import { NavigationProgress } from '@/app/_ui/navigation-progress';
import { SkipLink } from '@/app/_ui/skip-link';
import { sans } from '@/app/_ui/fonts';
import { requireMarket } from '@/app/_ui/market-guard';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor } from '@/lib/markets';

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isMarketLocale(locale)) return {};
  const t = await getTranslations({ locale: languageTag(marketFor(locale)), namespace: 'Metadata' });
  return {
    title: { default: t('storeName'), template: `%s · ${t('storeName')}` },
    description: t('description'),
  };
}

export default async function MarketLayout({ children, params }: { children: ReactNode; params: Params }) {
  const market = await requireMarket(params);
  // next-intl's locale comes from the path segment (there is no next-intl middleware).
  // Reading headers makes every page render per request, which the CSP nonce requires.
  await headers();
  const t = await getTranslations({ locale: languageTag(market), namespace: 'Layout' });
  return (
    <html lang={languageTag(market)} className={sans.variable}>
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
        <MarketProviders market={market}>
          <SkipLink label={t('skipToContent')} />
          {/* It reads the URL's search params: a Suspense boundary keeps prerendered pages static. */}
          <Suspense fallback={null}>
            <NavigationProgress label={t('loadingPage')} />
          </Suspense>
          <HeaderForPath checkout={<CheckoutHeader market={market} />}>
            <SiteHeader market={market} />
          </HeaderForPath>
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-10">
            {children}
          </main>
          <SiteFooter market={market} />
        </MarketProviders>
      </body>
    </html>
  );
}
