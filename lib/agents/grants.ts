import 'server-only';
// The authorizations a customer gave AI agents, as the authorization server keeps them (grants),
// for the customer's /account/agents page: list them, and revoke one, which makes introspection
// answer inactive for every token under it at once. The local authorization server
// (scripts/local-agent-as) serves `GET /grants?sub=` and `POST /grants/revoke`; a real IdP needs a
// small adapter to its own API (docs/agent-authorization-server.md).
import { z } from 'zod';
import { AppError } from '@/lib/http/errors';
import { recentAgentActions, type AuditEntry } from './audit';
import { clientBasicAuth } from './authorization-server';
import { agentSettings, type AgentSettings } from './current';

const TIMEOUT_MS = 5_000;

const grantSchema = z.object({
  grant_id: z.string(),
  client_id: z.string(),
  client_name: z.string().optional(),
  scopes: z.array(z.string()),
  authorization_details: z.array(z.object({ type: z.string(), max_amount: z.number().optional(), currency: z.string().optional(), expires_at: z.string().optional() }).loose()).optional(),
  expires_at: z.number().optional(),
});

export type AgentGrant = {
  grantId: string;
  agentId: string;
  agentName: string;
  scopes: string[];
  spendingLimit: { maxAmount: number; currency: string; expiresAt?: string } | null;
  expiresAt: string | null;
  recent: AuditEntry[];
};

function asServer(settings: AgentSettings | null): AgentSettings & { introspectionClient: { id: string; secret: string } } {
  if (!settings?.introspectionClient) throw new AppError('not_found');
  return settings as AgentSettings & { introspectionClient: { id: string; secret: string } };
}

/** The customer's agent authorizations with their recent actions, newest first; none while the agent API is off. */
export async function listAgentGrants(customerId: string): Promise<AgentGrant[]> {
  const settings = await agentSettings();
  if (!settings?.introspectionClient) return [];
  const { introspectionClient } = asServer(settings);
  const response = await fetch(`${settings.issuer}/grants?sub=${encodeURIComponent(customerId)}`, {
    headers: { authorization: clientBasicAuth(introspectionClient), accept: 'application/json' },
    signal: AbortSignal.timeout(TIMEOUT_MS),
    cache: 'no-store',
  }).catch(() => null);
  const parsed = z.object({ grants: z.array(grantSchema) }).safeParse(response?.ok ? await response.json().catch(() => null) : null);
  if (!parsed.success) throw new AppError('authorization_unavailable');
  const actions = await recentAgentActions(customerId);
  return parsed.data.grants.map((grant) => {
    const limit = grant.authorization_details?.find((d) => d.type === 'commerce_checkout');
    return {
      grantId: grant.grant_id,
      agentId: grant.client_id,
      agentName: grant.client_name ?? grant.client_id,
      scopes: grant.scopes,
      spendingLimit: limit?.max_amount !== undefined && limit.currency ? { maxAmount: limit.max_amount, currency: limit.currency, ...(limit.expires_at ? { expiresAt: limit.expires_at } : {}) } : null,
      expiresAt: grant.expires_at ? new Date(grant.expires_at * 1000).toISOString() : null,
      recent: actions.filter((a) => a.agent_id === grant.client_id).slice(0, 10),
    };
  });
}

/** Revokes one of the customer's grants (someone else's, or an unknown one, is a 404). */
export async function revokeAgentGrant(customerId: string, grantId: string): Promise<void> {
  const settings = asServer(await agentSettings());
  const response = await fetch(`${settings.issuer}/grants/revoke`, {
    method: 'POST',
    headers: { authorization: clientBasicAuth(settings.introspectionClient), 'content-type': 'application/json' },
    body: JSON.stringify({ grant_id: grantId, sub: customerId }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
    cache: 'no-store',
  }).catch(() => null);
  if (response?.status === 404) throw new AppError('not_found');
  if (!response?.ok) throw new AppError('authorization_unavailable');
}
