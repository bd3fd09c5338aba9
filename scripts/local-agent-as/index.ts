// The local OAuth 2.1 authorization server for AI agents: public interface. Self-contained like
// scripts/local-backend: it imports no product code and takes its configuration as parameters.
export { type AgentAuthServer, type AgentAuthServerOptions, agentAsPortFrom, DEFAULT_AGENT_AS_PORT, startAgentAuthServer } from './server';
export { AGENT_SCOPES, AgentClientConfigError, DEV_PRINCIPAL_GRANT, agentClientsFromEnv, DEMO_AGENT_CLIENT, type LocalAgentClient, RESOURCE_SERVER_CLIENT } from './clients';
export { CHECKOUT_DETAIL_TYPE, type CheckoutDetail } from './authorization-details';
export type { CommercetoolsRef } from './customers';
export { type MintOptions, type MintedToken, mintAgentToken } from './mint';
export { SIGNING_ALG } from './provider';
