// The client address the per-IP rate limits are keyed by, read from the one forwarding header the
// trusted proxy overwrites (./trusted-proxy.ts decides which proxy that is, from TRUSTED_PROXY):
// - vercel: the first X-Forwarded-For entry (Vercel's edge replaces the header with the client).
// - netlify: X-Nf-Client-Connection-Ip, else the first X-Forwarded-For entry.
// - cloudflare: CF-Connecting-IP.
// - N hops: our own N proxies each append what they saw, so the client is N-th from the right.
// - none: every such header is client-written, so all requests share one constant key (an attacker
//   cannot reset a limit by inventing an address per request); the shared key has higher limits.
import { isIP } from 'node:net';
import { serverEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { envFileNames, resolveTrustedProxy, type TrustedProxy } from './trusted-proxy';

/** The one key every request shares when the client address cannot be trusted. */
export const UNTRUSTED_CLIENT = 'untrusted';

export type ClientIp = { key: string; trusted: boolean };

let configured: TrustedProxy | undefined;

/** The proxy this process trusts, resolved once (a problem is logged once, without values). */
function configuredProxy(): TrustedProxy {
  if (!configured) {
    const resolution = resolveTrustedProxy(serverEnv().TRUSTED_PROXY, process.env, envFileNames());
    if (resolution.problem) log.warn('client_ip.proxy_not_trusted', { problem: resolution.problem });
    configured = resolution.proxy;
  }
  return configured;
}

function firstHop(value: string | null): string | undefined {
  return value?.split(',', 1)[0]?.trim() || undefined;
}

/** Expands an IPv6 address to its eight 16-bit groups. */
function ipv6Groups(address: string): number[] | null {
  const [head = '', tail, ...rest] = address.split('::');
  if (rest.length) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  let headParts = parse(head);
  let tailParts = tail === undefined ? [] : parse(tail);
  // An embedded IPv4 tail (::ffff:192.0.2.1) is two groups.
  const convert = (parts: string[]) => {
    const last = parts[parts.length - 1];
    if (last && last.includes('.')) {
      const octets = last.split('.').map(Number);
      return [...parts.slice(0, -1), ((octets[0]! << 8) | octets[1]!).toString(16), ((octets[2]! << 8) | octets[3]!).toString(16)];
    }
    return parts;
  };
  if (tail === undefined) headParts = convert(headParts);
  else tailParts = convert(tailParts);
  const missing = 8 - headParts.length - tailParts.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...headParts, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...tailParts].map((g) => Number.parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/**
 * A rate-limit key for an address: IPv4 as is; IPv4-mapped IPv6 as the IPv4 address; other IPv6
 * addresses by their /64 prefix, because one subscriber usually holds a whole /64 and could
 * otherwise rotate through 2^64 addresses.
 */
export function addressKey(raw: string): string | null {
  const address = raw.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const version = isIP(address);
  if (version === 4) return `ip4:${address}`;
  if (version !== 6) return null;
  const groups = ipv6Groups(address.toLowerCase());
  if (!groups) return null;
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return `ip4:${groups[6]! >> 8}.${groups[6]! & 0xff}.${groups[7]! >> 8}.${groups[7]! & 0xff}`;
  return `ip6:${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}

function hopFromRight(value: string | null, hops: number): string | undefined {
  const entries = (value ?? '').split(',').map((entry) => entry.trim());
  return entries.length >= hops ? entries[entries.length - hops] || undefined : undefined;
}

function candidateAddress(headers: Headers, proxy: TrustedProxy): string | undefined {
  switch (proxy.kind) {
    case 'vercel':
      return firstHop(headers.get('x-forwarded-for'));
    case 'netlify':
      return headers.get('x-nf-client-connection-ip')?.trim() || firstHop(headers.get('x-forwarded-for'));
    case 'cloudflare':
      return headers.get('cf-connecting-ip')?.trim() || undefined;
    case 'hops':
      return hopFromRight(headers.get('x-forwarded-for'), proxy.hops);
    case 'none':
      return undefined;
  }
}

/** The client's rate-limit key from the request headers, per the trust rules above. */
export function clientIp(headers: Headers, proxy: TrustedProxy = configuredProxy()): ClientIp {
  const candidate = candidateAddress(headers, proxy);
  const key = candidate ? addressKey(candidate) : null;
  // A trusted proxy that sent no usable address: share the constant key rather than trust nothing.
  return key ? { key, trusted: true } : { key: UNTRUSTED_CLIENT, trusted: false };
}
