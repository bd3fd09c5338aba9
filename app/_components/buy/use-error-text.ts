'use client';
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import type { ApiFailure } from './api';
import { errorMessageFor } from './errors';

/** The shopper-facing text for a failed API call, in the page's language where we know the case. */
export function useErrorText(): (failure: ApiFailure) => string {
  const t = useTranslations('BuyErrors');
  return useCallback(
    (failure: ApiFailure) => {
      const message = errorMessageFor(failure);
      if ('text' in message) return message.text;
      if (message.key === 'rateLimitedRetry') return t('rateLimitedRetry', message.values!);
      return t(message.key);
    },
    [t],
  );
}
