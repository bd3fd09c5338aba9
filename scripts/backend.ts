// `npm run backend`: the local backend's CLI with the storefront's scopes (scripts/storefront-backend.ts),
// and the local agent authorization server beside it (scripts/local-agent-as).
import { agentAsCompanion, STOREFRONT_SCOPES } from './storefront-backend';
import { runBackendCli } from './local-backend/cli';

process.env.LOCAL_CT_STOREFRONT_SCOPES ??= STOREFRONT_SCOPES.join(' ');
runBackendCli([agentAsCompanion(process.env.AGENT_RESOURCE ?? `http://localhost:${process.env.PORT ?? 3000}/api/mcp`)]);
