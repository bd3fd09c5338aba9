// Where sign-in sends the shopper afterwards: only same-origin relative paths inside a market, never
// another site (`//evil.example`, `https://…`, `/\evil`, `javascript:`), never an API URL.
import { isMarketLocale } from '@/lib/markets';

const ORIGIN = 'http://storefront.invalid';

/**
 * `next` when it is a safe path in this storefront (path, query and hash kept), otherwise `fallback`.
 * The login and signup pages themselves are not targets (they would loop).
 */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2048) return fallback;
  // Only a path: one leading slash, no backslashes or control characters anywhere (browsers treat
  // `\` as `/`, so `/\evil.example` would be protocol-relative).
  if (!next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== ORIGIN) return fallback;
  const [, first, second] = url.pathname.split('/');
  if (!isMarketLocale(first)) return fallback;
  if (second === 'login' || second === 'signup') return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/en-us/login?next=%2Fen-us%2Faccount%2Forders`. */
export function loginHref(locale: string, next?: string): string {
  return next ? `/${locale}/login?next=${encodeURIComponent(next)}` : `/${locale}/login`;
}

export function signupHref(locale: string, next?: string): string {
  return next ? `/${locale}/signup?next=${encodeURIComponent(next)}` : `/${locale}/signup`;
}

export function productHref(locale: string, slug: string, attributes: Array<{ name: string; key?: string }> = []): string {
  if (!slug) return '';
  const query = new URLSearchParams();
  for (const attribute of attributes) {
    if ((attribute.name === 'color' || attribute.name === 'size') && attribute.key) query.set(attribute.name, attribute.key);
  }
  const search = query.toString();
  return `/${locale}/p/${encodeURIComponent(slug)}${search ? `?${search}` : ''}`;
}
