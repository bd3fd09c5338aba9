import { describe, expect, it } from 'vitest';
import { expectedOrigin } from '@/lib/security/loopback';

describe('expectedOrigin', () => {
  it('expects the loopback name the request reached when SITE_URL is loopback on the same port', () => {
    expect(expectedOrigin('http://localhost:3000', '127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
    expect(expectedOrigin('http://localhost:3000', '[::1]:3000')).toBe('http://[::1]:3000');
    expect(expectedOrigin('http://127.0.0.1:3000', 'localhost:3000')).toBe('http://localhost:3000');
    expect(expectedOrigin('http://localhost:3000', 'localhost:3000')).toBe('http://localhost:3000');
  });

  it('expects SITE_URL for another port, another host, a malformed host and a public SITE_URL', () => {
    expect(expectedOrigin('http://localhost:3000', '127.0.0.1:3001')).toBe('http://localhost:3000');
    expect(expectedOrigin('http://localhost:3000', 'evil.example:3000')).toBe('http://localhost:3000');
    expect(expectedOrigin('http://localhost:3000', '127.0.0.1:3000/x')).toBe('http://localhost:3000');
    expect(expectedOrigin('http://localhost:3000', 'a b')).toBe('http://localhost:3000');
    expect(expectedOrigin('http://localhost:3000', null)).toBe('http://localhost:3000');
    expect(expectedOrigin('https://shop.example.com', '127.0.0.1')).toBe('https://shop.example.com');
    expect(expectedOrigin('https://shop.example.com', 'localhost:443')).toBe('https://shop.example.com');
  });
});
