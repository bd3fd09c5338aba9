import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { languageTag, messageLanguage } from '@/lib/i18n/locale';
import { clientMessages, loadMessages } from '@/lib/i18n/messages';
import type { Market } from '@/lib/markets';
import { AlternatesProvider } from './alternates';

/** What client components of a market page need: its messages (client namespaces only) and the alternates context. */
export async function MarketProviders({ market, children }: { market: Market; children: ReactNode }) {
  const messages = await loadMessages(messageLanguage(market));
  return (
    <NextIntlClientProvider locale={languageTag(market)} messages={clientMessages(messages)} timeZone="UTC" formats={{}}>
      <AlternatesProvider>{children}</AlternatesProvider>
    </NextIntlClientProvider>
  );
}
