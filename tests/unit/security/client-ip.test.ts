import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNTRUSTED_CLIENT, addressKey, clientIp } from '@/lib/security/client-ip';
import { envFileNames, resolveTrustedProxy, type TrustedProxy } from '@/lib/security/trusted-proxy';

const headers = (h: Record<string, string>) => new Headers(h);
const none: TrustedProxy = { kind: 'none' };

describe('client address for rate limits', () => {
  it('trusts no forwarding header without a trusted proxy: every request shares one key', () => {
    for (const h of [{ 'x-forwarded-for': '198.51.100.1' } as Record<string, string>, { 'x-forwarded-for': '198.51.100.2, 10.0.0.1' }, { 'x-real-ip': '198.51.100.3' }, { 'x-nf-client-connection-ip': '198.51.100.4' }, { 'cf-connecting-ip': '198.51.100.5' }, {}]) {
      expect(clientIp(headers(h), none)).toEqual({ key: UNTRUSTED_CLIENT, trusted: false });
    }
  });

  it("behind Vercel takes X-Forwarded-For's first hop", () => {
    const vercel: TrustedProxy = { kind: 'vercel' };
    expect(clientIp(headers({ 'x-forwarded-for': '198.51.100.7' }), vercel)).toEqual({ key: 'ip4:198.51.100.7', trusted: true });
    expect(clientIp(headers({ 'x-forwarded-for': ' 198.51.100.7 , 10.0.0.1, 10.0.0.2' }), vercel).key).toBe('ip4:198.51.100.7');
  });

  it('behind Netlify prefers its own client header, then X-Forwarded-For', () => {
    const netlify: TrustedProxy = { kind: 'netlify' };
    expect(clientIp(headers({ 'x-nf-client-connection-ip': '198.51.100.9', 'x-forwarded-for': '203.0.113.1' }), netlify).key).toBe('ip4:198.51.100.9');
    expect(clientIp(headers({ 'x-forwarded-for': '203.0.113.1' }), netlify).key).toBe('ip4:203.0.113.1');
  });

  it('behind Cloudflare takes CF-Connecting-IP and nothing else', () => {
    const cloudflare: TrustedProxy = { kind: 'cloudflare' };
    expect(clientIp(headers({ 'cf-connecting-ip': '198.51.100.11', 'x-forwarded-for': '203.0.113.9' }), cloudflare).key).toBe('ip4:198.51.100.11');
    expect(clientIp(headers({ 'x-forwarded-for': '203.0.113.9' }), cloudflare)).toEqual({ key: UNTRUSTED_CLIENT, trusted: false });
  });

  it('behind N proxies of our own takes the N-th X-Forwarded-For entry from the right, whatever the client prepended', () => {
    const forwarded = headers({ 'x-forwarded-for': '6.6.6.6, 198.51.100.20, 10.0.0.5' });
    expect(clientIp(forwarded, { kind: 'hops', hops: 1 }).key).toBe('ip4:10.0.0.5');
    expect(clientIp(forwarded, { kind: 'hops', hops: 2 }).key).toBe('ip4:198.51.100.20');
    // Fewer entries than proxies: a request that did not come through them all.
    expect(clientIp(headers({ 'x-forwarded-for': '198.51.100.20' }), { kind: 'hops', hops: 2 })).toEqual({ key: UNTRUSTED_CLIENT, trusted: false });
  });

  it('falls back to the shared key when a trusted proxy sent nothing usable', () => {
    const vercel: TrustedProxy = { kind: 'vercel' };
    expect(clientIp(headers({}), vercel)).toEqual({ key: UNTRUSTED_CLIENT, trusted: false });
    expect(clientIp(headers({ 'x-forwarded-for': 'not-an-ip' }), vercel)).toEqual({ key: UNTRUSTED_CLIENT, trusted: false });
    expect(clientIp(headers({ 'x-forwarded-for': ', 198.51.100.1' }), vercel)).toEqual({ key: UNTRUSTED_CLIENT, trusted: false });
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

describe('TRUSTED_PROXY', () => {
  const noFiles = new Set<string>();

  it('unset: the platform the process provably runs on, else none', () => {
    expect(resolveTrustedProxy(undefined, {}, noFiles)).toEqual({ proxy: { kind: 'none' } });
    expect(resolveTrustedProxy(undefined, { VERCEL: '1' }, noFiles)).toEqual({ proxy: { kind: 'vercel' } });
    expect(resolveTrustedProxy(undefined, { NETLIFY: 'true' }, noFiles)).toEqual({ proxy: { kind: 'netlify' } });
    expect(resolveTrustedProxy(undefined, { VERCEL: '0', NETLIFY: 'false' }, noFiles)).toEqual({ proxy: { kind: 'none' } });
  });

  it('never believes a platform marker that a .env file sets (a copied `vercel env pull` file on a bare server)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'env-files-'));
    writeFileSync(join(dir, '.env.local'), '# Created by Vercel CLI\nVERCEL="1"\nexport NETLIFY=true\nVERCEL_ENV="development"\n');
    const fromFiles = envFileNames(dir);
    expect([...fromFiles].sort()).toEqual(['NETLIFY', 'VERCEL', 'VERCEL_ENV']);
    expect(resolveTrustedProxy(undefined, { VERCEL: '1' }, fromFiles)).toEqual({ proxy: { kind: 'none' } });
    const explicit = resolveTrustedProxy('vercel', { VERCEL: '1' }, fromFiles);
    expect(explicit.proxy).toEqual({ kind: 'none' });
    expect(explicit.problem).toMatch(/VERCEL is set by a \.env file/);
    expect(resolveTrustedProxy('netlify', {}, noFiles).problem).toMatch(/NETLIFY=true is not in the process environment/);
  });

  it('recognises a Netlify function at run time (NETLIFY=true is set for builds only): SITE_ID inside AWS Lambda, neither from a file', () => {
    const lambda = { SITE_ID: 'a1b2c3', AWS_LAMBDA_FUNCTION_NAME: '___netlify-server-handler' };
    expect(resolveTrustedProxy('netlify', lambda, noFiles)).toEqual({ proxy: { kind: 'netlify' } });
    expect(resolveTrustedProxy(undefined, lambda, noFiles)).toEqual({ proxy: { kind: 'netlify' } });
    expect(resolveTrustedProxy('netlify', { SITE_ID: 'a1b2c3' }, noFiles).proxy).toEqual({ kind: 'none' });
    expect(resolveTrustedProxy('netlify', { AWS_LAMBDA_FUNCTION_NAME: 'f' }, noFiles).proxy).toEqual({ kind: 'none' });
    expect(resolveTrustedProxy('netlify', lambda, new Set(['SITE_ID'])).proxy).toEqual({ kind: 'none' });
  });

  it('takes none, cloudflare and hop counts as configured', () => {
    expect(resolveTrustedProxy('none', { VERCEL: '1' }, noFiles)).toEqual({ proxy: { kind: 'none' } });
    expect(resolveTrustedProxy('cloudflare', {}, noFiles)).toEqual({ proxy: { kind: 'cloudflare' } });
    expect(resolveTrustedProxy('2', {}, noFiles)).toEqual({ proxy: { kind: 'hops', hops: 2 } });
    expect(resolveTrustedProxy('vercel', { VERCEL: '1' }, noFiles)).toEqual({ proxy: { kind: 'vercel' } });
  });
});

describe('the trusted-proxy boot rule', () => {
  it('refuses, in production only, a TRUSTED_PROXY platform the process cannot prove', async () => {
    const { checkTrustedProxy } = await import('@/lib/security/trusted-proxy');
    const noFiles = new Set<string>();
    expect(checkTrustedProxy({ NODE_ENV: 'production', TRUSTED_PROXY: 'vercel' }, noFiles).status).toBe('fail');
    expect(checkTrustedProxy({ NODE_ENV: 'production', TRUSTED_PROXY: 'vercel', VERCEL: '1' }, new Set(['VERCEL'])).status).toBe('fail');
    expect(checkTrustedProxy({ NODE_ENV: 'development', TRUSTED_PROXY: 'vercel' }, noFiles).status).toBe('pass');
    expect(checkTrustedProxy({ NODE_ENV: 'production', TRUSTED_PROXY: 'vercel', VERCEL: '1' }, noFiles)).toMatchObject({ status: 'pass', message: expect.stringMatching(/from vercel/) });
    expect(checkTrustedProxy({ NODE_ENV: 'production' }, noFiles).message).toMatch(/every client shares one rate-limit key/);
    expect(checkTrustedProxy({ NODE_ENV: 'production', TRUSTED_PROXY: '2' }, noFiles).message).toMatch(/2\. X-Forwarded-For entry from the right/);
  });
});
