import 'server-only';
// POST /api/mcp: the agent tools over MCP Streamable HTTP (@modelcontextprotocol/sdk, protocol
// 2025-06-18 and later), stateless: one server and transport per request, JSON answers. The call is
// authorized before the transport sees it (./authorize.ts), for the tool it names, so a refused
// token is an HTTP 401/403 with a Bearer challenge, as MCP's authorization spec wants. Every tool
// call writes one audit line (./run-tool.ts). Tool failures are tool results (`isError`), never
// retried by us.
import { randomUUID } from 'node:crypto';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { AppError, codeForReason, errorResponse } from '@/lib/http/errors';
import { englishShopMessage } from '@/lib/i18n/shop-errors';
import { ShopError } from '@/lib/shop/errors';
import { authorizeAgentCall, type AgentCall, type AgentNeed } from './authorize';
import { runAgentTool } from './run-tool';
import { AGENT_TOOLS, offeredTools, type AgentTool } from './tools';

const MAX_BODY_BYTES = 64 * 1024;

/** What the request asks for: a tool's scope, or a public catalog read for the protocol's own methods. */
function needOf(message: unknown): AgentNeed {
  const { method, params } = (message ?? {}) as { method?: unknown; params?: { name?: unknown } };
  const named = method === 'tools/call' ? AGENT_TOOLS.find((t) => t.name === params?.name) : undefined;
  return named ? { scope: named.scope, write: named.write } : { scope: 'catalog:read', write: false };
}

function failureText(error: unknown): { code: string; message: string; reason?: string } {
  if (error instanceof ShopError) return { code: codeForReason(error.reason), reason: error.reason, message: englishShopMessage(error.reason, error.params) };
  if (error instanceof AppError) return { code: error.code, message: error.message };
  return { code: 'internal_error', message: 'Something went wrong on our side.' };
}

function register(server: McpServer, tool: AgentTool, call: AgentCall, requestId: string): void {
  server.registerTool(
    tool.name,
    { description: tool.description, inputSchema: tool.input, annotations: { readOnlyHint: tool.readOnly, destructiveHint: tool.name === 'cancel_checkout', openWorldHint: false } },
    async (input: unknown) => {
      const args = (input ?? {}) as Record<string, unknown>;
      try {
        const { body } = await runAgentTool(tool, call, args, {
          requestId,
          ...(typeof args.id === 'string' ? { checkoutId: args.id } : {}),
          ...(typeof (args.meta as { 'idempotency-key'?: unknown } | undefined)?.['idempotency-key'] === 'string'
            ? { idempotencyKey: (args.meta as { 'idempotency-key': string })['idempotency-key'] }
            : {}),
        });
        return { content: [{ type: 'text' as const, text: JSON.stringify(body) }], structuredContent: body as Record<string, unknown> };
      } catch (error) {
        return { isError: true, content: [{ type: 'text' as const, text: JSON.stringify({ error: failureText(error) }) }] };
      }
    },
  );
}

export async function handleMcpRequest(request: Request): Promise<Response> {
  const requestId = randomUUID();
  try {
    const text = await request.text();
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new AppError('payload_too_large');
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      throw new AppError('invalid_json');
    }
    if (Array.isArray(message)) throw new AppError('validation_failed', { message: 'Send one JSON-RPC message per request.' });
    const call = await authorizeAgentCall(request, needOf(message));
    const server = new McpServer({ name: 'commercetools-storefront', version: '1.0.0' }, { capabilities: { tools: {} } });
    for (const tool of offeredTools(call.settings.writes)) register(server, tool, call, requestId);
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    await server.connect(transport);
    const response = await transport.handleRequest(new Request(request.url, { method: 'POST', headers: request.headers, body: text }));
    // JSON mode: the whole answer is there; read it before the per-request server is closed.
    const body = await response.text();
    await server.close();
    const headers = new Headers(response.headers);
    headers.set('x-request-id', requestId);
    headers.set('cache-control', 'no-store');
    return new Response(body, { status: response.status, headers });
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
