import { describe, expect, it } from 'vitest';
import { UNTRUSTED_CLIENT, addressKey, clientIp, trustedProxy } from '@/lib/security/client-ip';

const headers = (h: Record<string, string>) => new Headers(h);

describe('client address for rate limits', () => {
  it('trusts no forwarding header without a known proxy: every request shares one key', () => {
    for (const h of [{ 'x-forwarded-for': '198.51.100.1' } as Record<string, string>, { 'x-forwarded-for': '198.51.100.2, 10.0.0.1' }, { 'x-real-ip': '198.51.100.3' }, { 'x-nf-client-connection-ip': '198.51.100.4' }, {}]) {
      expect(clientIp(headers(h), {})).toEqual({ key: UNTRUSTED_CLIENT, trusted: false });
    }
    expect(trustedProxy({ VERCEL: '0', NETLIFY: 'false' })).toBeNull();
  });

  it("on Vercel takes X-Forwarded-For's first hop", () => {
    const env = { VERCEL: '1' };
    expect(clientIp(headers({ 'x-forwarded-for': '198.51.100.7' }), env)).toEqual({ key: 'ip4:198.51.100.7', trusted: true });
    expect(clientIp(headers({ 'x-forwarded-for': ' 198.51.100.7 , 10.0.0.1, 10.0.0.2' }), env).key).toBe('ip4:198.51.100.7');
  });

  it('on Netlify prefers its own client header, then X-Forwarded-For', () => {
    const env = { NETLIFY: 'true' };
    expect(clientIp(headers({ 'x-nf-client-connection-ip': '198.51.100.9', 'x-forwarded-for': '203.0.113.1' }), env).key).toBe('ip4:198.51.100.9');
    expect(clientIp(headers({ 'x-forwarded-for': '203.0.113.1' }), env).key).toBe('ip4:203.0.113.1');
  });

  it('falls back to the shared key when a trusted proxy sent nothing usable', () => {
    expect(clientIp(headers({}), { VERCEL: '1' })).toEqual({ key: UNTRUSTED_CLIENT, trusted: false });
    expect(clientIp(headers({ 'x-forwarded-for': 'not-an-ip' }), { VERCEL: '1' })).toEqual({ key: UNTRUSTED_CLIENT, trusted: false });
    expect(clientIp(headers({ 'x-forwarded-for': ', 198.51.100.1' }), { VERCEL: '1' })).toEqual({ key: UNTRUSTED_CLIENT, trusted: false });
  });

  it('keys IPv6 clients by their /64, and IPv4-mapped addresses as IPv4', () => {
    expect(addressKey('2001:db8:1234:5678:aaaa:bbbb:cccc:dddd')).toBe('ip6:2001:db8:1234:5678::/64');
    expect(addressKey('2001:db8:1234:5678::1')).toBe('ip6:2001:db8:1234:5678::/64');
    expect(addressKey('2001:DB8:1234:5678:ffff::2')).toBe('ip6:2001:db8:1234:5678::/64');
    expect(addressKey('2001:db8::1')).toBe('ip6:2001:db8:0:0::/64');
    expect(addressKey('[2001:db8:1:2::3]')).toBe('ip6:2001:db8:1:2::/64');
    expect(addressKey('::ffff:198.51.100.1')).toBe('ip4:198.51.100.1');
    expect(addressKey('::1')).toBe('ip6:0:0:0:0::/64');
    expect(addressKey('198.51.100.1')).toBe('ip4:198.51.100.1');
    expect(addressKey('999.1.1.1')).toBeNull();
    expect(addressKey('2001:db8::1::2')).toBeNull();
  });
});
