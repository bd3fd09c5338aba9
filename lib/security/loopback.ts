// The demo and local runs name one origin in SITE_URL (http://localhost:3000), and mutations must
// come from it (./origin.ts). The same server is also reachable at the machine's other loopback
// names (127.0.0.1, [::1]); a page opened there had every cart action refused. (A redirect to
// SITE_URL cannot do it: Next treats the loopback names as one host and makes such a redirect
// relative, a loop.) So when SITE_URL is itself loopback, a request that reached the same port at
// another loopback name expects its own origin. A public SITE_URL is never affected.

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The origin a mutation must come from: `site` (SITE_URL, or the server's own origin without one),
 * or the loopback name the request reached (`hostHeader`) when `site` is loopback on the same port.
 */
export function expectedOrigin(site: string, hostHeader: string | null): string {
  const siteUrl = new URL(site);
  if (!hostHeader || !LOOPBACK_HOSTS.has(siteUrl.hostname)) return siteUrl.origin;
  let reached: URL;
  try {
    reached = new URL(`${siteUrl.protocol}//${hostHeader}`);
  } catch {
    return siteUrl.origin;
  }
  const sameServer = LOOPBACK_HOSTS.has(reached.hostname) && reached.port === siteUrl.port && reached.pathname === '/';
  return sameServer ? reached.origin : siteUrl.origin;
}
