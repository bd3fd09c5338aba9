// The client address the per-IP rate limits are keyed by.
//
// Trust assumption: a forwarding header is only believed when the app provably runs behind a proxy
// that sets it itself, overwriting whatever the client sent:
// - Vercel (`VERCEL=1` at runtime): the edge overwrites `X-Forwarded-For` with the connecting
//   client's address, so its first entry is the client.
// - Netlify (`NETLIFY=true`): the edge sets `X-Nf-Client-Connection-Ip`; `X-Forwarded-For`'s first
//   entry is the fallback.
// Anywhere else (`next start` on a bare server, behind a proxy we cannot identify) every such
// header is client-controlled, so it is ignored and all requests share one constant key: an
// attacker cannot reset a per-IP limit by inventing a new address per request. The shared key has
// its own, higher limits (see rate-limit.ts); deploy behind a trusted proxy for real per-IP limits.
//
// These two platform variables are read here directly: they describe the platform, not the app's
// configuration (lib/env.ts), and no secret hides behind them.
import { isIP } from 'node:net';

/** The one key every request shares when the client address cannot be trusted. */
export const UNTRUSTED_CLIENT = 'untrusted';

export type ClientIp = { key: string; trusted: boolean };

type PlatformEnv = Record<string, string | undefined>;

export function trustedProxy(env: PlatformEnv = process.env): 'vercel' | 'netlify' | null {
  if (env.VERCEL === '1') return 'vercel';
  if (env.NETLIFY === 'true') return 'netlify';
  return null;
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

/** The client's rate-limit key from the request headers, per the trust rules above. */
export function clientIp(headers: Headers, env: PlatformEnv = process.env): ClientIp {
  const proxy = trustedProxy(env);
  if (!proxy) return { key: UNTRUSTED_CLIENT, trusted: false };
  const candidate =
    (proxy === 'netlify' ? headers.get('x-nf-client-connection-ip')?.trim() : undefined) ?? firstHop(headers.get('x-forwarded-for'));
  const key = candidate ? addressKey(candidate) : null;
  // A trusted proxy that sent no usable address: share the constant key rather than trust nothing.
  return key ? { key, trusted: true } : { key: UNTRUSTED_CLIENT, trusted: false };
}
