// The local backend as this storefront uses it: its storefront API client holds exactly the
// storefront's scopes (lib/security/scopes.ts), a local mail sink (scripts/local-mail) runs beside it
// for the app's SMTP_URL, and, when asked, the local agent authorization server (scripts/local-agent-as)
// for the agent API. None of them imports product code.
import { DEFAULT_STOREFRONT_SCOPES } from '@/lib/security/scopes';
import { type AgentAuthServer, RESOURCE_SERVER_CLIENT, startAgentAuthServer } from './local-agent-as';
import { AGENT_AS_CLIENT, type LocalBackend, type LocalBackendOptions, startLocalBackend, storefrontCheckoutClient, storefrontClient } from './local-backend';
import { LOCAL_CHECKOUT_APPLICATION_KEY } from './local-backend/checkout/simulation';
import type { Companion } from './local-backend/cli';
import { startMailSink, type LocalMailSink } from './local-mail/sink';
import type { LocalBackendRef } from './lib/next-process';

/**
 * The local storefront client's scopes: the default ones plus manage_shopping_lists, so the demo
 * and the tests have the (optional) wishlist. Tests of a shop without it use a client of their own.
 */
export const STOREFRONT_SCOPES: readonly string[] = [...DEFAULT_STOREFRONT_SCOPES, 'manage_shopping_lists'];

/** The storefront's API client on the local backend (id, local-only secret, scopes). */
export const STOREFRONT_CLIENT = storefrontClient(STOREFRONT_SCOPES);

/** The same scopes plus manage_sessions: the client for PAYMENT_PROVIDER=commercetools-checkout. */
export const STOREFRONT_CHECKOUT_CLIENT = storefrontCheckoutClient(STOREFRONT_SCOPES);

/** Env that switches an app on the local backend to commercetools Checkout (the local simulation). */
export function checkoutProviderEnv(): Record<string, string> {
  return {
    PAYMENT_PROVIDER: 'commercetools-checkout',
    CTP_CHECKOUT_APPLICATION_KEY: LOCAL_CHECKOUT_APPLICATION_KEY,
    CTP_CLIENT_ID: STOREFRONT_CHECKOUT_CLIENT.id,
    CTP_CLIENT_SECRET: STOREFRONT_CHECKOUT_CLIENT.secret,
  };
}

/** The storefront's agent resource for a site (AGENT_RESOURCE, the tokens' aud). */
export function agentResourceFor(siteUrl: string): string {
  return `${new URL(siteUrl).origin}/api/mcp`;
}

/** Starts the local agent AS against a running local backend, as the backend's own AS client. */
export function startLocalAgentAs(backend: Pick<LocalBackend, 'url' | 'projectKey'>, resource: string | string[], port?: number): Promise<AgentAuthServer> {
  return startAgentAuthServer({
    port,
    resource,
    ctBackend: { url: backend.url, projectKey: backend.projectKey, clientId: AGENT_AS_CLIENT.id, clientSecret: AGENT_AS_CLIENT.secret },
  });
}

/** The agent AS as a companion of `npm run backend` (scripts/local-backend/cli.ts). */
export function agentAsCompanion(resource: string): Companion {
  return async (backend) => {
    const as = await startLocalAgentAs(backend, resource);
    const lines = [
      `Local agent authorization server on ${as.issuer} (tokens for ${as.resource}; test agent ${as.clients.map((c) => c.id).join(', ')})`,
      'For the agent API, add:',
      `AGENT_OAUTH_ISSUER=${as.issuer}`,
      `AGENT_RESOURCE=${as.resource}`,
      `AGENT_INTROSPECTION_CLIENT_ID=${RESOURCE_SERVER_CLIENT.id}`,
      `AGENT_INTROSPECTION_CLIENT_SECRET=${RESOURCE_SERVER_CLIENT.secret}`,
      'A customer token for an agent: npm run agent:token -- --customer <email>',
    ];
    return { lines, close: () => as.close() };
  };
}

export type StorefrontBackend = LocalBackend & { mail: LocalMailSink; agentAs?: AgentAuthServer };

/** The backend's reference for localAppEnv (scripts/lib/next-process.ts). */
export function storefrontBackendRef(backend: StorefrontBackend): LocalBackendRef {
  return {
    url: backend.url,
    projectKey: backend.projectKey,
    clientId: STOREFRONT_CLIENT.id,
    clientSecret: STOREFRONT_CLIENT.secret,
    smtpUrl: backend.mail.smtpUrl,
    ...(backend.agentAs ? { agent: { issuer: backend.agentAs.issuer, clientId: RESOURCE_SERVER_CLIENT.id, clientSecret: RESOURCE_SERVER_CLIENT.secret } } : {}),
  };
}

export type StorefrontBackendOptions = LocalBackendOptions & {
  mailWebPort?: number;
  /** Also start the local agent AS: tokens for these sites' /api/mcp (0 = any free port). */
  agentAs?: { siteUrls: string[]; port?: number };
};

export async function startStorefrontBackend(options: StorefrontBackendOptions = {}): Promise<StorefrontBackend> {
  const { mailWebPort, agentAs: agentAsOptions, ...backendOptions } = options;
  const backend = await startLocalBackend({ storefrontScopes: STOREFRONT_SCOPES, ...backendOptions });
  let mail: LocalMailSink | undefined;
  let agentAs: AgentAuthServer | undefined;
  try {
    mail = await startMailSink({ webPort: mailWebPort });
    if (agentAsOptions) agentAs = await startLocalAgentAs(backend, agentAsOptions.siteUrls.map(agentResourceFor), agentAsOptions.port);
  } catch (error) {
    await Promise.all([backend.close(), mail?.close()]);
    throw error;
  }
  return {
    ...backend,
    mail,
    ...(agentAs ? { agentAs } : {}),
    close: async () => {
      await Promise.all([backend.close(), mail.close(), agentAs?.close()]);
    },
  };
}
