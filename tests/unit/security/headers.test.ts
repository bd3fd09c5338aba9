import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, securityHeaders } from '@/lib/security/headers';

describe('security headers', () => {
  it('builds a nonce-based strict CSP without unsafe-inline scripts', () => {
    const csp = contentSecurityPolicy({ scripts: { nonce: 'abc123' }, production: true, https: true });
    const script = csp.split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain('upgrade-insecure-requests');
  });

  it('allows eval only in development (React refresh) and upgrades only over https', () => {
    expect(contentSecurityPolicy({ scripts: { nonce: 'n' }, production: false, https: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ scripts: { nonce: 'n' }, production: true, https: false })).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy({ scripts: { nonce: 'n' }, production: true, https: false })).not.toContain('upgrade-insecure-requests');
  });

  it('sends HSTS in production over https only, and the fixed hardening headers always', () => {
    const prod = securityHeaders({ scripts: { nonce: 'n' }, production: true, https: true });
    const dev = securityHeaders({ scripts: { nonce: 'n' }, production: false, https: false });
    expect(prod['strict-transport-security']).toMatch(/max-age=\d{8}/);
    expect(dev['strict-transport-security']).toBeUndefined();
    expect(securityHeaders({ scripts: { nonce: 'n' }, production: true, https: false })['strict-transport-security']).toBeUndefined();
    for (const headers of [prod, dev]) {
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
    }
  });

  it('creates a fresh 128-bit nonce each time', () => {
    const a = createNonce();
    const b = createNonce();
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64')).toHaveLength(16);
  });
});
