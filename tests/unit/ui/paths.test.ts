import { describe, expect, it } from 'vitest';
import { loginHref, productHref, safeNextPath, signupHref } from '@/app/_ui/paths';

const FALLBACK = '/en-us/account';

describe('safeNextPath', () => {
  it('keeps paths inside a market, with their query and hash', () => {
    expect(safeNextPath('/en-us/checkout', FALLBACK)).toBe('/en-us/checkout');
    expect(safeNextPath('/de-de/account/orders?page=2#top', FALLBACK)).toBe('/de-de/account/orders?page=2#top');
    expect(safeNextPath('/en-gb', FALLBACK)).toBe('/en-gb');
  });

  it('refuses anything that could leave the site', () => {
    for (const next of [
      'https://evil.example/en-us',
      '//evil.example/en-us',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      ' /en-us/cart',
      '/en-us/cart\n',
      'en-us/cart',
      '/%2F%2Fevil.example',
      '/\t/evil.example',
    ]) {
      expect(safeNextPath(next, FALLBACK), next).toBe(FALLBACK);
    }
  });

  it('refuses paths outside the markets, the API, and the sign-in pages themselves', () => {
    expect(safeNextPath('/api/cart', FALLBACK)).toBe(FALLBACK);
    expect(safeNextPath('/fr-fr/cart', FALLBACK)).toBe(FALLBACK);
    expect(safeNextPath('/en-us/login?next=/en-us/login', FALLBACK)).toBe(FALLBACK);
    expect(safeNextPath('/en-us/signup', FALLBACK)).toBe(FALLBACK);
    expect(safeNextPath('/', FALLBACK)).toBe(FALLBACK);
  });

  it('falls back on empty, missing or absurdly long values', () => {
    expect(safeNextPath(undefined, FALLBACK)).toBe(FALLBACK);
    expect(safeNextPath(null, FALLBACK)).toBe(FALLBACK);
    expect(safeNextPath('', FALLBACK)).toBe(FALLBACK);
    expect(safeNextPath(`/en-us/${'a'.repeat(3000)}`, FALLBACK)).toBe(FALLBACK);
  });

  it('normalizes dot segments before deciding', () => {
    expect(safeNextPath('/en-us/../api/cart', FALLBACK)).toBe(FALLBACK);
    expect(safeNextPath('/en-us/./cart', FALLBACK)).toBe('/en-us/cart');
  });
});

describe('links', () => {
  it('encode the next path', () => {
    expect(loginHref('en-us', '/en-us/account/orders?x=1')).toBe('/en-us/login?next=%2Fen-us%2Faccount%2Forders%3Fx%3D1');
    expect(signupHref('de-de')).toBe('/de-de/signup');
  });

  it('link a line to its product page, with its colour and size selected', () => {
    expect(productHref('en-us', 'linen-shirt', [{ name: 'color', key: 'navy' }, { name: 'size', key: 'm' }, { name: 'material', key: 'linen' }])).toBe(
      '/en-us/p/linen-shirt?color=navy&size=m',
    );
    expect(productHref('en-us', '')).toBe('');
  });
});
