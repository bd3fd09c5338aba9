// The OAuth clients the local agent authorization server knows. Like LOCAL_CT_CLIENTS for the
// local commercetools backend, they are configuration fixed at start: test agents from
// LOCAL_AGENT_CLIENTS, plus the storefront's resource-server client (introspection, grant revocation).
import { z } from 'zod';

/** The loopback-only dev grant type of `npm run agent:token` (dev-grant.ts); never on a real IdP. */
export const DEV_PRINCIPAL_GRANT = 'urn:local-agent-as:dev-principal';

/** Capability-named scopes: the contract between this server and the storefront (the resource server). */
export const AGENT_SCOPES = ['catalog:read', 'checkout:write', 'orders:read'] as const;
export type AgentScope = (typeof AGENT_SCOPES)[number];

export type LocalAgentClient = { id: string; secret: string; name: string; redirect_uris: string[]; scopes: AgentScope[] };

/** The default test agent. The secret is a local-only value, never valid anywhere else. */
export const DEMO_AGENT_CLIENT: LocalAgentClient = {
  id: 'demo-agent',
  secret: 'local-only-demo-agent-secret-000000000',
  name: 'Demo shopping agent',
  redirect_uris: ['http://127.0.0.1/callback'],
  scopes: [...AGENT_SCOPES],
};

/**
 * The storefront's client at this server (AGENT_INTROSPECTION_CLIENT_ID/SECRET): it may introspect
 * any token, list a customer's grants and revoke them. It cannot obtain tokens.
 */
export const RESOURCE_SERVER_CLIENT = {
  id: 'storefront-resource-server',
  secret: 'local-only-agent-introspection-secret-00',
} as const;

const clientSchema = z.strictObject({
  id: z.string().min(1, 'must not be empty'),
  secret: z.string().min(16, 'must be at least 16 characters'),
  name: z.string().min(1, 'must not be empty'),
  redirect_uris: z.array(z.url({ protocol: /^https?$/ })).default([]),
  scopes: z.array(z.enum(AGENT_SCOPES)).min(1, 'must list at least one scope'),
});

const clientListSchema = z
  .array(clientSchema)
  .min(1, 'must list at least one client')
  .refine((clients) => new Set(clients.map((c) => c.id)).size === clients.length, 'client ids must be unique')
  .refine((clients) => clients.every((c) => c.id !== RESOURCE_SERVER_CLIENT.id), `"${RESOURCE_SERVER_CLIENT.id}" is reserved for the storefront`);

export class AgentClientConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AgentClientConfigError';
  }
}

/** Agents from `LOCAL_AGENT_CLIENTS` (JSON), or undefined when unset; malformed values throw, never fall back. */
export function agentClientsFromEnv(env: Record<string, string | undefined>): LocalAgentClient[] | undefined {
  const raw = env.LOCAL_AGENT_CLIENTS;
  if (raw === undefined || raw.trim() === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new AgentClientConfigError(`LOCAL_AGENT_CLIENTS is not valid JSON: ${(error as Error).message}`);
  }
  const result = clientListSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'} ${i.message}`);
    throw new AgentClientConfigError(
      `LOCAL_AGENT_CLIENTS must be a JSON array of {id, secret, name, redirect_uris?, scopes}: ${problems.join('; ')}`,
    );
  }
  return result.data;
}
