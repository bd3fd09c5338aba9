// Every shop reason has words in every language and an HTTP code (lib/shop/errors.ts ->
// lib/http/errors.ts, lib/i18n/messages/*.json ShopErrors), and the words use only the params the
// domain passes.
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import de from '@/lib/i18n/messages/de.json';
import en from '@/lib/i18n/messages/en.json';
import { codeForReason } from '@/lib/http/errors';
import { FIELD_REASONS, SHOP_REASONS } from '@/lib/shop/errors';

const catalogues = { en, de } as const;

describe('ShopErrors catalogue', () => {
  it.each(Object.keys(catalogues) as Array<keyof typeof catalogues>)('has exactly the domain reasons in %s', (language) => {
    expect(Object.keys(catalogues[language].ShopErrors).sort()).toEqual([...SHOP_REASONS, ...FIELD_REASONS].sort());
  });

  it('words a reason with its params, in English and German', () => {
    const params = { max: 99, current: 98, adding: 2 };
    const english = createTranslator({ locale: 'en', messages: en, namespace: 'ShopErrors' });
    const german = createTranslator({ locale: 'de', messages: de, namespace: 'ShopErrors' });
    expect(english('line_quantity_limit', params)).toBe('A line can hold at most 99 items; this one has 98, so 2 more do not fit.');
    expect(german('line_quantity_limit', params)).toContain('höchstens 99');
  });

  it('maps reasons to HTTP codes: refusals of rules are 422, the rest keep their meaning', () => {
    expect(codeForReason('line_quantity_limit')).toBe('business_rule');
    expect(codeForReason('not_found')).toBe('not_found');
    expect(codeForReason('cart_changed')).toBe('conflict');
    expect(codeForReason('sign_in_failed')).toBe('unauthenticated');
    expect(codeForReason('rate_limited')).toBe('rate_limited');
    expect(codeForReason('payment_declined')).toBe('payment_declined');
    expect(codeForReason('invalid_input')).toBe('validation_failed');
    expect(codeForReason('upstream_unavailable')).toBe('upstream_unavailable');
  });
});
