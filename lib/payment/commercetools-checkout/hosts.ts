// Where commercetools Checkout lives for this project: the Sessions API the server calls, the
// `region` the browser SDK is given, and the origins the checkout page's CSP admits. Pure and free
// of `server-only`: the boot rule, the provider and the edge middleware all read it. See
// docs/payments.md.
//
// Production: the region comes from CTP_API_URL (`https://api.{region}.commercetools.com`), the
// Sessions API is `https://session.{region}.commercetools.com`, and the SDK loads its UI from
// `https://app.checkout.{region}.commercetools.com` (the SDK derives that host from `region`).
// Local backend (loopback CTP_API_URL, proven by the local-backend rule): the simulation under
// `/__checkout/` of that backend. The SDK takes a `region` that starts with `http` as the app host
// itself, which is how the browser reaches the simulation; a real region never does.

const COMMERCETOOLS_API = /^https:\/\/api\.([a-z0-9-]+\.(?:gcp|aws|azure))\.commercetools\.com$/;

/** Paths of the local simulation (scripts/local-backend/checkout/simulation.ts; the two sides are the contract). */
const LOCAL_CHECKOUT_PATHS = { app: '/__checkout/app', sessions: '/__checkout/session', api: '/__checkout/api' } as const;

export type CheckoutHosts = {
  /** What the browser SDK's `paymentFlow` is given as `region`. */
  region: string;
  /** `POST {sessionsUrl}` creates a Checkout session. */
  sessionsUrl: string;
  /** CSP sources for the checkout page: the Checkout app's scripts, styles, images, fonts and calls. */
  cspSources: readonly string[];
  local: boolean;
};

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The Checkout hosts for a project, or null when CTP_API_URL is neither commercetools nor loopback. */
export function checkoutHosts(apiUrl: string, projectKey: string): CheckoutHosts | null {
  const base = apiUrl.replace(/\/+$/, '');
  const region = COMMERCETOOLS_API.exec(base)?.[1];
  if (region) {
    return {
      region,
      sessionsUrl: `https://session.${region}.commercetools.com/${encodeURIComponent(projectKey)}/sessions`,
      // The app host and the Checkout APIs it calls are subdomains of checkout.{region}.
      cspSources: [`https://checkout.${region}.commercetools.com`, `https://*.checkout.${region}.commercetools.com`],
      local: false,
    };
  }
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' || !isLoopbackHost(url.hostname) || url.pathname !== '/' || url.search) return null;
  return {
    region: `${url.origin}${LOCAL_CHECKOUT_PATHS.app}`,
    sessionsUrl: `${url.origin}${LOCAL_CHECKOUT_PATHS.sessions}/${encodeURIComponent(projectKey)}/sessions`,
    cspSources: [url.origin],
    local: true,
  };
}

/**
 * The checkout page's extra CSP sources for this process's configuration (proxy.ts), or none
 * when the provider is not commercetools Checkout. Reads the raw env: middleware runs on the edge,
 * and the boot rules have already refused a configuration this could misread.
 */
export function checkoutCspSources(env: Record<string, string | undefined>): readonly string[] {
  if (env.PAYMENT_PROVIDER?.trim() !== 'commercetools-checkout' || !env.CTP_API_URL || !env.CTP_PROJECT_KEY) return [];
  return checkoutHosts(env.CTP_API_URL, env.CTP_PROJECT_KEY)?.cspSources ?? [];
}
