// Shared by the local agent AS tests: the run's AS (tests/harness/global-setup.ts), HTTP helpers,
// and a browser stand-in (cookie jar + manual redirects) to drive the sign-in and consent forms.
import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { inject } from 'vitest';
import { SEED_ADMIN_CLIENT } from '@/scripts/local-backend/clients';
import { DEMO_CUSTOMER } from '@/scripts/local-backend';

export const as = inject('agentAuthServer');
export const ct = inject('localBackend');

export function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
}
export const AGENT_AUTH = basic(as.agentClientId, as.agentClientSecret);
export const RS_AUTH = basic(as.introspectionClientId, as.introspectionClientSecret);

export function postForm(path: string, form: Record<string, string>, authorization?: string): Promise<Response> {
  return fetch(`${as.issuer}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(authorization ? { authorization } : {}) },
    body: new URLSearchParams(form),
  });
}

export async function introspect(token: string, authorization: string | undefined = RS_AUTH): Promise<Record<string, unknown>> {
  const response = await postForm('/token/introspection', { token }, authorization);
  if (response.status !== 200) throw new Error(`introspection answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

const jwks = createRemoteJWKSet(new URL(`${as.issuer}/jwks`));

/** What the resource server will do: asymmetric algorithms only, keys by kid from the JWKS. */
export async function verifyAccessToken(token: string, audience = as.resource) {
  return jwtVerify(token, jwks, { issuer: as.issuer, audience, algorithms: ['RS256', 'ES256'], typ: 'at+jwt' });
}

/** The demo customer's commercetools id, asked of the backend directly (as the seed admin). */
export async function demoCustomerId(): Promise<string> {
  const tokenResponse = await fetch(`${ct.url}/oauth/token`, {
    method: 'POST',
    headers: { authorization: basic(SEED_ADMIN_CLIENT.id, SEED_ADMIN_CLIENT.secret), 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  const { access_token } = (await tokenResponse.json()) as { access_token: string };
  const login = await fetch(`${ct.url}/${ct.projectKey}/login`, {
    method: 'POST',
    headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password }),
  });
  return ((await login.json()) as { customer: { id: string } }).customer.id;
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** A minimal browser: keeps cookies per name, never follows redirects on its own. */
export class Browser {
  private readonly cookies = new Map<string, string>();

  async request(url: string, init: { method?: string; form?: URLSearchParams } = {}): Promise<{ response: Response; location?: URL; text: string }> {
    const target = new URL(url, as.issuer);
    const response = await fetch(target, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: {
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(init.form ? { body: init.form } : {}),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const eq = pair.indexOf('=');
      const [name, value] = [pair.slice(0, eq).trim(), pair.slice(eq + 1)];
      if (/expires=Thu, 01 Jan 1970/i.test(cookie) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const location = response.headers.get('location');
    return { response, text: await response.text(), ...(location ? { location: new URL(location, target) } : {}) };
  }
}

export const REDIRECT_URI = 'http://127.0.0.1/callback';

export function authorizeUrl(params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  const all: Record<string, string | undefined> = {
    client_id: as.agentClientId,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    scope: 'catalog:read checkout:write',
    resource: as.resource,
    state: randomBytes(8).toString('hex'),
    ...params,
  };
  for (const [key, value] of Object.entries(all)) if (value !== undefined) query.set(key, value);
  return `${as.issuer}/auth?${query}`;
}
