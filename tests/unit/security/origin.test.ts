import { describe, expect, it } from 'vitest';
import { checkSameOrigin } from '@/lib/security/origin';

const SITE = 'https://shop.example.com';
const verdict = (headers: Record<string, string>) => checkSameOrigin(new Headers(headers), SITE);

describe('same-origin check for mutations', () => {
  it('accepts our own Origin', () => {
    expect(verdict({ origin: SITE })).toEqual({ ok: true });
    expect(verdict({ origin: SITE, 'sec-fetch-site': 'same-origin' })).toEqual({ ok: true });
  });

  it('accepts Sec-Fetch-Site: same-origin when there is no Origin', () => {
    expect(verdict({ 'sec-fetch-site': 'same-origin' })).toEqual({ ok: true });
  });

  it('refuses another origin, including look-alikes', () => {
    expect(verdict({ origin: 'https://evil.example' })).toEqual({ ok: false, reason: 'foreign_origin' });
    expect(verdict({ origin: 'https://shop.example.com.evil.example' })).toEqual({ ok: false, reason: 'foreign_origin' });
    expect(verdict({ origin: 'http://shop.example.com' })).toEqual({ ok: false, reason: 'foreign_origin' });
  });

  it('refuses Origin: null', () => {
    expect(verdict({ origin: 'null' })).toEqual({ ok: false, reason: 'null_origin' });
  });

  it('refuses cross-site and same-site fetches even with a matching Origin', () => {
    expect(verdict({ origin: SITE, 'sec-fetch-site': 'cross-site' })).toEqual({ ok: false, reason: 'cross_site' });
    expect(verdict({ 'sec-fetch-site': 'same-site' })).toEqual({ ok: false, reason: 'cross_site' });
  });

  it('refuses a request with neither Origin nor Sec-Fetch-Site', () => {
    expect(verdict({})).toEqual({ ok: false, reason: 'no_origin' });
    expect(verdict({ 'sec-fetch-site': 'none' })).toEqual({ ok: false, reason: 'no_origin' });
  });
});
