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
