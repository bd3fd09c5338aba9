// CSRF defence for mutations: the request must come from our own origin. The session cookie is
// SameSite=Lax as well, but Lax still lets some cross-site requests through, so this is the rule.

export type OriginVerdict = { ok: true } | { ok: false; reason: 'null_origin' | 'cross_site' | 'foreign_origin' | 'no_origin' };

/**
 * `siteOrigin` is the storefront's public origin (SITE_URL, or the request's own origin in
 * development). `Origin: null` (sandboxed frames, some redirects) and `Sec-Fetch-Site: cross-site`
 * are refused outright; without an Origin, `Sec-Fetch-Site: same-origin` is required.
 */
export function checkSameOrigin(headers: Headers, siteOrigin: string): OriginVerdict {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return { ok: false, reason: 'cross_site' };
  const origin = headers.get('origin');
  if (origin === 'null') return { ok: false, reason: 'null_origin' };
  if (origin !== null) return origin === siteOrigin ? { ok: true } : { ok: false, reason: 'foreign_origin' };
  return fetchSite === 'same-origin' ? { ok: true } : { ok: false, reason: 'no_origin' };
}
