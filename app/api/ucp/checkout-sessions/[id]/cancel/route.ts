import { handleUcpRest } from '@/lib/agents/rest';

// UCP REST: cancel a checkout session that was not placed (lib/agents/rest.ts).
export const POST = async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  handleUcpRest(request, { tool: 'cancel_checkout', id: (await params).id });
