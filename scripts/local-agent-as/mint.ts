// A principal token from a running local agent AS, for `npm run agent:token` and tests. DEV ONLY:
// it uses the loopback-only dev grant (dev-grant.ts); the token is an ordinary AS-signed JWT.
// Only ./clients: Playwright specs load this in CommonJS, where oidc-provider (ESM) cannot come along.
import { DEMO_AGENT_CLIENT, DEV_PRINCIPAL_GRANT } from './clients';

export type MintOptions = {
  /** The customer's email (the token's sub is their commercetools customer id). */
  customer: string;
  /** Spending limit in minor units; with currency, adds a commerce_checkout authorization detail. */
  maxAmount?: number;
  currency?: string;
  /** ISO 8601 end of the spending limit; default 24 hours. */
  limitExpiresAt?: string;
  /** Space-separated; default every scope of the agent. */
  scope?: string;
  /** The token's aud; default the server's resource. */
  audience?: string;
  /** Seconds; negative gives an already expired token. */
  expiresIn?: number;
  /** The registered test agent; default the demo agent. */
  client?: { id: string; secret: string };
};

export type MintedToken = { access_token: string; token_type: string; expires_in: number; scope: string; authorization_details?: unknown[] };

export async function mintAgentToken(asUrl: string, options: MintOptions): Promise<MintedToken> {
  const client = options.client ?? DEMO_AGENT_CLIENT;
  const form = new URLSearchParams({ grant_type: DEV_PRINCIPAL_GRANT, customer_email: options.customer });
  if (options.scope) form.set('scope', options.scope);
  if (options.audience) form.set('audience', options.audience);
  if (options.expiresIn !== undefined) form.set('expires_in', String(options.expiresIn));
  if ((options.maxAmount === undefined) !== (options.currency === undefined)) throw new Error('give both a max amount and a currency, or neither');
  if (options.maxAmount !== undefined && options.currency) {
    const detail = { type: 'commerce_checkout', max_amount: options.maxAmount, currency: options.currency.toUpperCase(), ...(options.limitExpiresAt ? { expires_at: options.limitExpiresAt } : {}) };
    form.set('authorization_details', JSON.stringify([detail]));
  }
  const response = await fetch(`${asUrl.replace(/\/+$/, '')}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(client.id)}:${encodeURIComponent(client.secret)}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: form,
  });
  const body = (await response.json().catch(() => ({}))) as Partial<MintedToken> & { error?: string; error_description?: string };
  if (!response.ok || !body.access_token) throw new Error(`agent AS refused the token (${response.status}): ${body.error ?? ''} ${body.error_description ?? ''}`.trim());
  return body as MintedToken;
}
