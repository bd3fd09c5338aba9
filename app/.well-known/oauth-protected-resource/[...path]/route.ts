// GET /.well-known/oauth-protected-resource/{resource path}: RFC 9728 section 3.1's URL for a resource
// with a path (`/api/mcp` by default), where MCP clients look first. Any other path is not a resource.
import type { NextRequest } from 'next/server';
import { currentAgentApi, STORE_NAME } from '@/lib/agents/current';
import { DISCOVERY_CACHE_CONTROL, protectedResourceMetadata } from '@/lib/agents/discovery';
import { notFoundResponse, publicJson } from '@/lib/http/documents';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest): Promise<Response> {
  const config = await currentAgentApi();
  if (!config || `${config.origin}${request.nextUrl.pathname.replace(/\/+$/, '')}` !== config.resourceMetadataUrl) {
    return notFoundResponse(request);
  }
  return publicJson(protectedResourceMetadata(config, `${STORE_NAME} agent API`), DISCOVERY_CACHE_CONTROL);
}
