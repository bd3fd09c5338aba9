// The agent API's scopes: capability names, one per kind of thing an agent may do (docs/agents.md).
// Every tool names the one it needs; a token without it gets 403 insufficient_scope.
export const AGENT_SCOPES = {
  'catalog:read': 'Search and read products and prices (also allowed without a token, rate limited per client).',
  'checkout:write': "Create, change, complete and cancel checkouts for the token's customer; an order still needs the customer's confirmation.",
  'orders:read': "Read the token's customer's orders.",
} as const;

export type AgentScope = keyof typeof AGENT_SCOPES;

export const AGENT_SCOPE_NAMES = Object.keys(AGENT_SCOPES) as AgentScope[];
