import { handleUcpRest } from '@/lib/agents/rest';

type Context = { params: Promise<{ id: string }> };

// UCP REST: get (GET) and update (PUT, the whole line item list) a checkout session (lib/agents/rest.ts).
export const GET = async (request: Request, { params }: Context) => handleUcpRest(request, { tool: 'get_checkout', id: (await params).id });
export const PUT = async (request: Request, { params }: Context) => handleUcpRest(request, { tool: 'update_checkout', id: (await params).id });
