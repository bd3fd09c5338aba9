import 'server-only';
// The agent API's configuration for the request being served: the parsed env plus the public origin
// (SITE_URL; in development the request's own origin).
import { serverEnv } from '@/lib/env';
import en from '@/lib/i18n/messages/en.json';
import { requestSiteUrl } from '@/lib/seo/request-origin';
import { agentApiConfig, type AgentApiConfig } from './config';


/** The shop's name as agents see it (the English store name of the page metadata). */
export const STORE_NAME = en.Metadata.storeName;

/** Null when the agent API is off: its discovery documents answer 404. */
export async function currentAgentApi(): Promise<AgentApiConfig | null> {
  return agentApiConfig(serverEnv(), await requestSiteUrl());
}

export type AgentSettings = Pick<AgentApiConfig, 'issuer' | 'resource' | 'writes' | 'resourceMetadataUrl'> & {
  /** Our client at the authorization server, for introspection and grant revocation. */
  introspectionClient?: { id: string; secret: string };
  /** The storefront's public origin (continue URLs, links in answers). */
  siteUrl: string;
};

/**
 * The agent front door's settings for enforcing (lib/agents/authorize.ts): the very facts the
 * discovery documents advertise (currentAgentApi), plus the introspection client. Null when off.
 */
export async function agentSettings(): Promise<AgentSettings | null> {
  const config = await currentAgentApi();
  if (!config) return null;
  const env = serverEnv();
  const id = env.AGENT_INTROSPECTION_CLIENT_ID;
  const secret = env.AGENT_INTROSPECTION_CLIENT_SECRET;
  return {
    issuer: config.issuer,
    resource: config.resource,
    writes: config.writes,
    resourceMetadataUrl: config.resourceMetadataUrl,
    ...(id && secret ? { introspectionClient: { id, secret } } : {}),
    siteUrl: config.origin,
  };
}
