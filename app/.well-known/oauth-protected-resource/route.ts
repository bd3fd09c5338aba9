// GET /.well-known/oauth-protected-resource: RFC 9728 metadata of the agent API. The shop has one
// protected resource (AGENT_RESOURCE), so the root document describes it too: UCP identity linking
// and clients that ignore the path-suffixed variant ([...path]/route.ts) look here.
import type { NextRequest } from 'next/server';
import { currentAgentApi, STORE_NAME } from '@/lib/agents/current';
import { DISCOVERY_CACHE_CONTROL, protectedResourceMetadata } from '@/lib/agents/discovery';
import { notFoundResponse, publicJson } from '@/lib/http/documents';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest): Promise<Response> {
  const config = await currentAgentApi();
  return config ? publicJson(protectedResourceMetadata(config, `${STORE_NAME} agent API`), DISCOVERY_CACHE_CONTROL) : notFoundResponse(request);
}
