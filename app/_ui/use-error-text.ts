'use client';
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import type { ApiFailure } from '@/lib/api-client';
import { errorMessageFor } from './api-errors';

/** The shopper-facing text for a failed API call, in the page's language (see ./errors.ts). */
export function useErrorText(): (failure: ApiFailure) => string {
  const t = useTranslations('BuyErrors');
  const reasons = useTranslations('ShopErrors');
  return useCallback(
    (failure: ApiFailure) => {
      const message = errorMessageFor(failure, (reason) => reasons.has(reason as never));
      if ('text' in message) return message.text;
      if ('reason' in message) return reasons(message.reason as never, message.values as never);
      if (message.key === 'rateLimitedRetry') return t('rateLimitedRetry', message.values!);
      return t(message.key);
    },
    [t, reasons],
  );
}
