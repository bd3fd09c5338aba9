import { handleUcpRest } from '@/lib/agents/rest';

// UCP REST: complete a checkout session: within the spending limit, requires_escalation with the
// customer's continue_url (lib/agents/ucp/checkout.ts).
export const POST = async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  handleUcpRest(request, { tool: 'complete_checkout', id: (await params).id });
