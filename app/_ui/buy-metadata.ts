import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor } from '@/lib/markets';

export type BuyPageTitle =
  | 'cart'
  | 'checkout'
  | 'confirmation'
  | 'login'
  | 'signup'
  | 'account'
  | 'orders'
  | 'order'
  | 'addresses'
  | 'security'
  | 'passwordReset'
  | 'agentCheckout'
  | 'agents';

/** Cart, checkout, sign-in and account pages: a localized title, never indexed (robots.txt disallows them too). */
export async function buyMetadata(locale: string, page: BuyPageTitle): Promise<Metadata> {
  const robots = { index: false, follow: false };
  if (!isMarketLocale(locale)) return { robots };
  const t = await getTranslations({ locale: languageTag(marketFor(locale)), namespace: 'BuyTitles' });
  return { title: t(page), robots };
}
