import { describe, expect, it } from 'vitest';
import { loopbackRedirect } from '@/lib/security/loopback';

const url = (path: string) => new URL(path, 'http://ignored');

describe('loopbackRedirect', () => {
  it('sends a page opened at another loopback name of the same port to SITE_URL, path and query kept', () => {
    expect(loopbackRedirect('GET', url('/en-gb/cart?x=1'), '127.0.0.1:3000', 'http://localhost:3000')?.href).toBe('http://localhost:3000/en-gb/cart?x=1');
    expect(loopbackRedirect('HEAD', url('/'), '[::1]:3000', 'http://localhost:3000')?.href).toBe('http://localhost:3000/');
    expect(loopbackRedirect('GET', url('/'), 'localhost:3000', 'http://127.0.0.1:3000')?.href).toBe('http://127.0.0.1:3000/');
  });

  it('leaves SITE_URL itself, other ports, mutations and a public SITE_URL alone', () => {
    expect(loopbackRedirect('GET', url('/'), 'localhost:3000', 'http://localhost:3000')).toBeNull();
    expect(loopbackRedirect('GET', url('/'), '127.0.0.1:3001', 'http://localhost:3000')).toBeNull();
    expect(loopbackRedirect('POST', url('/api/cart/lines'), '127.0.0.1:3000', 'http://localhost:3000')).toBeNull();
    expect(loopbackRedirect('GET', url('/'), '127.0.0.1', 'https://shop.example.com')).toBeNull();
    expect(loopbackRedirect('GET', url('/'), 'evil.example:3000', 'http://localhost:3000')).toBeNull();
    expect(loopbackRedirect('GET', url('/'), '127.0.0.1:3000', undefined)).toBeNull();
  });
});
