// GET /.well-known/ucp: the UCP business profile (lib/agents/discovery.ts); 404 while the agent API is off.
import type { NextRequest } from 'next/server';
import { currentAgentApi } from '@/lib/agents/current';
import { DISCOVERY_CACHE_CONTROL, ucpProfile } from '@/lib/agents/discovery';
import { notFoundResponse, publicJson } from '@/lib/http/documents';

// Per request: the env decides, never the build.
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest): Promise<Response> {
  const config = await currentAgentApi();
  return config ? publicJson(ucpProfile(config), DISCOVERY_CACHE_CONTROL) : notFoundResponse(request);
}
