// The agent front door's public facts, derived once from the env (lib/env.ts) and the site's
// origin: which authorization server, which resource (the tokens' audience), which endpoints and
// scopes. Discovery documents (./discovery.ts, ./llms-txt.ts) and the MCP/UCP handlers read the same
// object, so what is advertised is what is enforced. Pure: no request, no I/O.
import type { ServerEnv } from '@/lib/env';

/** Capability-named scopes (docs/agents.md). Anonymous catalog calls are allowed too. */
export const AGENT_SCOPES = {
  catalogRead: 'catalog:read',
  checkoutWrite: 'checkout:write',
  ordersRead: 'orders:read',
} as const;

export type AgentApiConfig = {
  /** The storefront's public origin, no trailing slash. */
  origin: string;
  /** AGENT_OAUTH_ISSUER: the one authorization server whose tokens are accepted. */
  issuer: string;
  /** AGENT_RESOURCE (default `${origin}/api/mcp`): the protected resource, the tokens' audience. */
  resource: string;
  /** AGENT_WRITES=on: checkout tools and the UCP REST checkout sessions exist. */
  writes: boolean;
  mcpEndpoint: string;
  /** Base URL of UCP REST: OpenAPI paths (`/checkout-sessions`) are appended to it. */
  restEndpoint: string;
  /** RFC 9728 metadata URL of `resource` (well-known segment inserted before its path, section 3.1). */
  resourceMetadataUrl: string;
  scopes: string[];
};

type AgentEnv = Pick<ServerEnv, 'AGENT_OAUTH_ISSUER' | 'AGENT_RESOURCE' | 'AGENT_WRITES'>;

/** The well-known URL where RFC 9728 metadata for `resource` lives (query and fragment never apply). */
export function resourceMetadataUrlFor(resource: string): string {
  const url = new URL(resource);
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.origin}/.well-known/oauth-protected-resource${path}`;
}

/** The agent API's configuration, or null when it is off (no AGENT_OAUTH_ISSUER). */
export function agentApiConfig(env: AgentEnv, origin: string): AgentApiConfig | null {
  if (!env.AGENT_OAUTH_ISSUER) return null;
  const resource = env.AGENT_RESOURCE ?? `${origin}/api/mcp`;
  const writes = env.AGENT_WRITES === 'on';
  return {
    origin,
    issuer: env.AGENT_OAUTH_ISSUER,
    resource,
    writes,
    mcpEndpoint: `${origin}/api/mcp`,
    restEndpoint: `${origin}/api/ucp`,
    resourceMetadataUrl: resourceMetadataUrlFor(resource),
    // Only scopes a token can use here: checkout:write is meaningless while writes are off.
    scopes: [AGENT_SCOPES.catalogRead, ...(writes ? [AGENT_SCOPES.checkoutWrite] : []), AGENT_SCOPES.ordersRead],
  };
}

/** A scope name; every tool names the one it needs (lib/agents/tools.ts). */
export type AgentScope = (typeof AGENT_SCOPES)[keyof typeof AGENT_SCOPES];
