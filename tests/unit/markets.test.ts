import { describe, expect, it } from 'vitest';
import { isMarketLocale, marketFromAcceptLanguage, MARKETS } from '@/lib/markets';

describe('markets', () => {
  it('fixes currency and country per market', () => {
    expect(MARKETS['en-us']).toMatchObject({ currency: 'USD', country: 'US', language: 'en' });
    expect(MARKETS['en-gb']).toMatchObject({ currency: 'GBP', country: 'GB', language: 'en' });
    expect(MARKETS['de-de']).toMatchObject({ currency: 'EUR', country: 'DE', language: 'de' });
  });

  it('recognises only the three market locales', () => {
    expect(isMarketLocale('de-de')).toBe(true);
    expect(isMarketLocale('fr-fr')).toBe(false);
    expect(isMarketLocale('toString')).toBe(false);
  });

  it('picks a market from Accept-Language by preference', () => {
    expect(marketFromAcceptLanguage('de-DE,de;q=0.9,en;q=0.8')).toBe('de-de');
    expect(marketFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en-gb');
    expect(marketFromAcceptLanguage('fr-FR,en;q=0.5,de;q=0.7')).toBe('de-de');
    expect(marketFromAcceptLanguage('fr-FR')).toBe('en-us');
    expect(marketFromAcceptLanguage(null)).toBe('en-us');
  });
});
