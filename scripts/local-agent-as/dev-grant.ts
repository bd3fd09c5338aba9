// DEV ONLY, never in production: `npm run agent:token` needs a customer's token without a browser.
// A registered test agent (client authentication as usual) names a customer by email and gets the
// same kind of token the code flow yields: a saved Grant, an AS-signed JWT with grant_id. It exists
// only on this loopback server; real IdPs have no such grant.
import type Provider from 'oidc-provider';
import { errors } from 'oidc-provider';
import { type CheckoutDetail, parseCheckoutDetails } from './authorization-details';
import type { CustomerDirectory } from './customers';
import { DEV_PRINCIPAL_GRANT } from './clients';
import { SIGNING_ALG } from './provider';

type DevParams = { customer_email?: string; scope?: string; authorization_details?: string; expires_in?: string; audience?: string };

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function registerDevPrincipalGrant(provider: Provider, opts: { resource: string; customers: CustomerDirectory; defaultTtlSeconds: number }): void {
  provider.registerGrantType<DevParams>(
    DEV_PRINCIPAL_GRANT,
    async (ctx) => {
      if (!LOOPBACK.has(ctx.ip)) throw new errors.UnauthorizedClient('the dev principal grant is loopback only');
      const { client, params } = ctx.oidc;
      const email = params.customer_email?.trim();
      if (!email) throw new errors.InvalidRequest('missing customer_email');
      const accountId = await opts.customers.idByEmail(email);
      if (!accountId) throw new errors.InvalidRequest('no customer with that email');

      const allowed = new Set((client.scope ?? '').split(' ').filter(Boolean));
      const scopes = params.scope ? params.scope.split(' ').filter(Boolean) : [...allowed];
      const denied = scopes.find((s) => !allowed.has(s));
      if (denied) throw new errors.InvalidScope('requested scope is not allowed', denied);

      let details: CheckoutDetail[] = [];
      try {
        details = params.authorization_details ? parseCheckoutDetails(params.authorization_details) : [];
      } catch (error) {
        throw new errors.InvalidAuthorizationDetails((error as Error).message);
      }
      const ttl = params.expires_in === undefined ? opts.defaultTtlSeconds : Number(params.expires_in);
      // Negative is allowed on purpose: an already expired token, to test the resource server.
      if (!Number.isSafeInteger(ttl) || ttl === 0) throw new errors.InvalidRequest('expires_in must be a non-zero whole number of seconds');
      const audience = params.audience ?? opts.resource;
      if (!/^https?:\/\//.test(audience)) throw new errors.InvalidTarget('audience must be an http(s) URL');

      const grant = new provider.Grant({ accountId, clientId: client.clientId });
      grant.addResourceScope(audience, scopes.join(' '));
      if (details.length) grant.rar = details;
      const grantId = await grant.save();

      const token = new provider.AccessToken({ accountId, client, grantId, gty: DEV_PRINCIPAL_GRANT, scope: scopes.join(' '), expiresIn: ttl });
      token.resourceServer = new provider.ResourceServer(audience, { scope: scopes.join(' '), audience, accessTokenFormat: 'jwt', jwt: { sign: { alg: SIGNING_ALG } } });
      if (details.length) token.rar = details;
      const value = await token.save();
      ctx.body = {
        access_token: value,
        token_type: 'Bearer',
        expires_in: ttl,
        scope: scopes.join(' '),
        ...(details.length ? { authorization_details: details } : {}),
      };
    },
    ['customer_email', 'scope', 'authorization_details', 'expires_in', 'audience'],
  );
}
