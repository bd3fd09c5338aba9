// next-intl's request configuration, without its middleware (proxy.ts stays security-only).
// The locale comes from the `[locale]` path segment: the market layout and pages call
// `setRequestLocale`, and server components may pass `{ locale }` explicitly. Anything else falls
// back to the default market, never to a header.
import { getRequestConfig } from 'next-intl/server';
import { languageTag, marketForTag, messageLanguage } from './locale';
import { loadMessages } from './messages';

export default getRequestConfig(async ({ locale, requestLocale }) => {
  const market = marketForTag(locale ?? (await requestLocale));
  return {
    locale: languageTag(market),
    messages: await loadMessages(messageLanguage(market)),
    // Fixed, so server and client format the same way (and next-intl does not warn about it).
    timeZone: 'UTC',
  };
});
