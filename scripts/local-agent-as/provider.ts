// The oidc-provider configuration: what makes it an OAuth 2.1 authorization server for agents.
// JWT access tokens (RFC 9068) for exactly one resource (RFC 8707), PKCE S256 on every code flow,
// capability scopes, RFC 9396 commerce_checkout details, and no OpenID Connect extras.
import { randomBytes } from 'node:crypto';
import type { JWK } from 'jose';
import Provider, { type ClientMetadata, type Configuration, errors } from 'oidc-provider';
import { parseCheckoutDetail } from './authorization-details';
import { AGENT_SCOPES, DEV_PRINCIPAL_GRANT, type LocalAgentClient, RESOURCE_SERVER_CLIENT } from './clients';
import type { AgentStore } from './store';

export const SIGNING_ALG = 'ES256';

/** The dev-only grant behind `npm run agent:token` (dev-grant.ts): registered agents may use it. */


export type ProviderOptions = {
  issuer: string;
  /** The resources (RFC 8707) tokens may be for; the first is the default. */
  resources: string[];
  clients: LocalAgentClient[];
  store: AgentStore;
  signingKey: JWK;
  accessTokenTtlSeconds: number;
  grantTtlSeconds: number;
};

function agentMetadata(client: LocalAgentClient): ClientMetadata {
  return {
    client_id: client.id,
    client_secret: client.secret,
    client_name: client.name,
    // native: loopback redirects match on any port (RFC 8252), as MCP clients such as MCP Inspector need.
    application_type: 'native',
    redirect_uris: client.redirect_uris,
    grant_types: ['client_credentials', DEV_PRINCIPAL_GRANT, ...(client.redirect_uris.length ? ['authorization_code'] : [])],
    response_types: client.redirect_uris.length ? ['code'] : [],
    token_endpoint_auth_method: 'client_secret_basic',
    scope: client.scopes.join(' '),
    authorization_details_types: ['commerce_checkout'],
  };
}

const RESOURCE_SERVER_METADATA: ClientMetadata = {
  client_id: RESOURCE_SERVER_CLIENT.id,
  client_secret: RESOURCE_SERVER_CLIENT.secret,
  client_name: 'Storefront (resource server)',
  redirect_uris: [],
  grant_types: [],
  response_types: [],
  token_endpoint_auth_method: 'client_secret_basic',
};

export function createProvider(options: ProviderOptions): Provider {
  const { issuer, resources, store } = options;
  const resourceServerInfo = {
    scope: AGENT_SCOPES.join(' '),
    accessTokenTTL: options.accessTokenTtlSeconds,
    accessTokenFormat: 'jwt' as const,
    jwt: { sign: { alg: SIGNING_ALG } as const },
  };
  const configuration: Configuration = {
    adapter: store.adapter(),
    clients: [...options.clients.map(agentMetadata), RESOURCE_SERVER_METADATA],
    jwks: { keys: [options.signingKey] },
    scopes: [...AGENT_SCOPES],
    claims: { openid: ['sub'] },
    clientDefaults: { id_token_signed_response_alg: SIGNING_ALG },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    responseTypes: ['code'],
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    // A fresh consent per authorization: every spending limit is the customer's explicit decision.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId;
      return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
    ttl: {
      AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? options.accessTokenTtlSeconds,
      ClientCredentials: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? options.accessTokenTtlSeconds,
      AuthorizationCode: 60,
      Grant: options.grantTtlSeconds,
      Interaction: 600,
      Session: 3600,
      IdToken: 600,
    },
    formats: {
      customizers: {
        // RFC 9068 leaves nbf optional; the storefront checks it. grant_id lets it show and revoke a grant.
        jwt: (_ctx, token, jwt) => {
          jwt.payload.nbf = jwt.payload.iat;
          if ('grantId' in token && typeof token.grantId === 'string') jwt.payload.grant_id = token.grantId;
        },
      },
    },
    discovery: {
      // Served by introspection.ts: oidc-provider cannot introspect or revoke JWT access tokens.
      introspection_endpoint: `${issuer}/token/introspection`,
      revocation_endpoint: `${issuer}/token/revocation`,
      introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      revocation_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      userinfo: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => resources[0]!,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (!resources.includes(indicator)) throw new errors.InvalidTarget(`unknown resource; this server issues tokens for ${resources.join(', ')}`);
          return { ...resourceServerInfo, audience: indicator };
        },
      },
      richAuthorizationRequests: {
        enabled: true,
        types: {
          commerce_checkout: {
            validate: (_ctx, detail) => {
              try {
                parseCheckoutDetail(detail);
              } catch (error) {
                throw new errors.InvalidAuthorizationDetails((error as Error).message);
              }
            },
          },
        },
        // What the customer consented to (possibly lowered), never the raw request.
        authorizationDetailsForGrantSource: (ctx) => ctx.oidc.grant?.rar,
        // Only a principal can approve spending: client credentials tokens carry no limit.
        authorizationDetailsForAccessToken: (_ctx, _token, source) => (source && 'rar' in source ? source.rar : undefined),
        authorizationDetailsForIntrospection: (_ctx, token) => token.rar,
      },
    },
    renderError: async (ctx, out) => {
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = `${out.error}: ${out.error_description ?? ''}\n`;
    },
  };
  return new Provider(issuer, configuration);
}
