import { handleUcpRest } from '@/lib/agents/rest';

// UCP REST: create a checkout session (lib/agents/rest.ts; docs/agents.md).
export const POST = (request: Request) => handleUcpRest(request, { tool: 'create_checkout', created: true });
