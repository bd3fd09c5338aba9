// The demo and local runs name one origin in SITE_URL (http://localhost:3000), and mutations must
// come from it (./origin.ts). The same server is also reachable at the machine's other loopback
// names; a page opened there would have every cart action refused. So a page request at another
// loopback name is sent to SITE_URL's origin. Only when SITE_URL itself is loopback: a public
// storefront never redirects, and the same-origin rule stays as strict as it is.

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The SITE_URL address to send a GET/HEAD request to, or null when it is where it should be. */
export function loopbackRedirect(method: string, requestUrl: URL, hostHeader: string | null, siteUrl: string | undefined): URL | null {
  if (!siteUrl || (method !== 'GET' && method !== 'HEAD') || !hostHeader) return null;
  const site = new URL(siteUrl);
  if (!LOOPBACK_HOSTS.has(site.hostname)) return null;
  let requested: URL;
  try {
    requested = new URL(`${site.protocol}//${hostHeader}`);
  } catch {
    return null;
  }
  if (!LOOPBACK_HOSTS.has(requested.hostname) || requested.host === site.host) return null;
  // Same server only (the port the request reached); another port is another program.
  if (requested.port !== site.port) return null;
  return new URL(`${requestUrl.pathname}${requestUrl.search}`, site.origin);
}
