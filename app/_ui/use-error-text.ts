'use client';
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import type { ApiFailure, FieldErrors } from '@/lib/api-client';
import { errorMessageFor } from './api-errors';

/** The shopper-facing text for a failed API call, in the page's language (see ./api-errors.ts). */
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

/**
 * A failure's field messages in the page's language: a field whose message a shop rule gave (its
 * reason is in `fieldReasons`) is worded from the reason; schema messages stay as the API sent them.
 */
export function useFieldTexts(): (failure: ApiFailure) => FieldErrors {
  const reasons = useTranslations('ShopErrors');
  return useCallback(
    (failure: ApiFailure) => {
      return Object.fromEntries(
        Object.entries(failure.fields).map(([path, messages]) => {
          const issues = Object.hasOwn(failure.fieldReasons ?? {}, path) ? failure.fieldReasons![path] : undefined;
          const known = issues?.length && issues.every((issue) => reasons.has(issue.reason as never));
          return [path, known ? issues.map((issue) => reasons(issue.reason as never, (issue.params ?? {}) as never)) : messages];
        }),
      ) as FieldErrors;
    },
    [reasons],
  );
}
