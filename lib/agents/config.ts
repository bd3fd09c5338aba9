import 'server-only';
// The agent front door's configuration (docs/agents.md), from the one env parser. Off (null) when
// no authorization server is configured: then every agent endpoint answers 404.
import { serverEnv } from '@/lib/env';

export type AgentSettings = {
  /** The authorization server (RFC 8414 issuer); tokens must carry exactly this `iss`. */
  issuer: string;
  /** This resource server; tokens must carry it in `aud` (RFC 8707). */
  resource: string;
  /** Write tools (checkout) are registered only when on. */
  writes: boolean;
  /** Our client at the authorization server, for introspection and grant revocation. */
  introspectionClient?: { id: string; secret: string };
  /** The storefront's public origin (continue URLs). */
  siteUrl: string;
};

export function agentSettings(): AgentSettings | null {
  const env = serverEnv();
  if (!env.AGENT_OAUTH_ISSUER) return null;
  const siteUrl = env.SITE_URL ?? 'http://localhost:3000';
  const id = env.AGENT_INTROSPECTION_CLIENT_ID;
  const secret = env.AGENT_INTROSPECTION_CLIENT_SECRET;
  return {
    issuer: env.AGENT_OAUTH_ISSUER,
    resource: env.AGENT_RESOURCE ?? `${siteUrl}/api/mcp`,
    writes: env.AGENT_WRITES === 'on',
    ...(id && secret ? { introspectionClient: { id, secret } } : {}),
    siteUrl,
  };
}
