import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { languageTag, messageLanguage } from '@/lib/i18n/locale';
import { clientMessages, loadMessages, type Messages } from '@/lib/i18n/messages';
import type { Market } from '@/lib/markets';
import { BUY_CLIENT_NAMESPACES } from './namespaces';

type BuyMessages = Pick<Messages, (typeof BUY_CLIENT_NAMESPACES)[number]>;

/**
 * Wraps a buy section (its layout): the site-wide client messages plus the buy namespaces, so the
 * section's client components find theirs while catalog pages do not carry them.
 */
export async function BuyProviders({ market, children }: { market: Market; children: ReactNode }) {
  const messages = await loadMessages(messageLanguage(market));
  const buy = Object.fromEntries(BUY_CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]])) as BuyMessages;
  return (
    <NextIntlClientProvider locale={languageTag(market)} messages={{ ...clientMessages(messages), ...buy }} timeZone="UTC" formats={{}}>
      {children}
    </NextIntlClientProvider>
  );
}
