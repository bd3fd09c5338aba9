import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/format';

const nbsp = (text: string) => text.replace(/\s/g, ' ');

describe('formatMoney', () => {
  it('formats in the market locale and currency', () => {
    expect(formatMoney({ centAmount: 4500, currencyCode: 'USD', fractionDigits: 2 }, 'en-US')).toBe('$45.00');
    expect(formatMoney({ centAmount: 3600, currencyCode: 'GBP', fractionDigits: 2 }, 'en-GB')).toBe('£36.00');
    expect(nbsp(formatMoney({ centAmount: 4295, currencyCode: 'EUR', fractionDigits: 2 }, 'de-DE'))).toBe('42,95 €');
  });

  it('accepts the lower-case market path locales', () => {
    expect(formatMoney({ centAmount: 199, currencyCode: 'USD', fractionDigits: 2 }, 'en-us')).toBe('$1.99');
  });

  it('uses the fraction digits of the amount, not of an assumed currency', () => {
    expect(formatMoney({ centAmount: 1500, currencyCode: 'JPY', fractionDigits: 0 }, 'en-US')).toBe('¥1,500');
    expect(formatMoney({ centAmount: 12345, currencyCode: 'KWD', fractionDigits: 3 }, 'en-US')).toMatch(/12\.345/);
    expect(formatMoney({ centAmount: 5, currencyCode: 'USD', fractionDigits: 2 }, 'en-US')).toBe('$0.05');
  });

  it('rounds nothing away for large amounts', () => {
    expect(formatMoney({ centAmount: 123456789, currencyCode: 'USD', fractionDigits: 2 }, 'en-US')).toBe('$1,234,567.89');
    expect(formatMoney({ centAmount: -2599, currencyCode: 'USD', fractionDigits: 2 }, 'en-US')).toBe('-$25.99');
  });

  it('drops a zero fraction only when asked', () => {
    const money = { centAmount: 2500, currencyCode: 'USD', fractionDigits: 2 };
    expect(formatMoney(money, 'en-US', { trimZeroFraction: true })).toBe('$25');
    expect(formatMoney(money, 'en-US')).toBe('$25.00');
    expect(formatMoney({ ...money, centAmount: 2550 }, 'en-US', { trimZeroFraction: true })).toBe('$25.50');
  });
});
