import 'server-only';
// POST /api/mcp: the agent tools over MCP Streamable HTTP (@modelcontextprotocol/sdk, protocol
// 2025-06-18 and later), stateless: one server and transport per request, JSON answers. The call is
// authorized before the transport sees it (./authorize.ts), for the tool it names, so a refused
// token is an HTTP 401/403 with a Bearer challenge, as MCP's authorization spec wants. Every tool
// call writes one audit line (./audit.ts). Tool failures are tool results (`isError`), never
// retried by us.
import { randomUUID } from 'node:crypto';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { AppError, codeForReason, errorResponse } from '@/lib/http/errors';
import { englishShopMessage } from '@/lib/i18n/shop-errors';
import { ShopError } from '@/lib/shop/errors';
import { auditToolCall } from './audit';
import { once } from './idempotency';
import { authorizeAgentCall, type AgentCall, type AgentNeed } from './authorize';
import { agentShopper } from './shopper';
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
      const started = Date.now();
      const checkoutId = typeof args.id === 'string' ? args.id : undefined;
      const shopper = agentShopper(call.token, call.client, { ...(checkoutId ? { cartId: checkoutId } : {}) });
      const audit = (outcome: string, amount?: { centAmount: number; currencyCode: string }) =>
        auditToolCall({
          agent_id: call.token?.agentId ?? 'anonymous',
          ...(call.token?.principalId ? { principal_id: call.token.principalId } : {}),
          session_id: checkoutId ?? requestId,
          ...(call.token ? { token_jti: call.token.jti } : {}),
          tool_name: tool.name,
          outcome,
          latency_ms: Date.now() - started,
          introspection_result: call.introspection,
          ...(amount ? { amount: { centAmount: amount.centAmount, currencyCode: amount.currencyCode } } : {}),
          at: new Date().toISOString(),
        });
      try {
        const runTool = async () => {
          const done = await tool.run(shopper, args as never, call);
          audit(done.outcome ?? 'ok', done.amount);
          return { status: 200, body: done.result };
        };
        // UCP over MCP: `meta["idempotency-key"]` on a write answers a retry with the first answer.
        const key = (args.meta as { 'idempotency-key'?: string } | undefined)?.['idempotency-key'];
        let result: unknown;
        if (tool.write && key && call.token) {
          const payload = Object.fromEntries(Object.entries(args).filter(([name]) => name !== 'meta'));
          const scope = `${call.token.agentId}\n${call.token.principalId ?? ''}\n${tool.name}\n${checkoutId ?? ''}`;
          const kept = await once(scope, key, JSON.stringify(payload), runTool);
          if (kept.kind === 'mismatch' || kept.kind === 'in_progress') throw new AppError('conflict', { message: kept.kind === 'mismatch' ? 'This idempotency-key was used for another request.' : 'A request with this idempotency-key is still running.' });
          result = kept.kind === 'new' ? null : kept.body;
        } else {
          result = (await runTool()).body;
        }
        return { content: [{ type: 'text' as const, text: JSON.stringify(result) }], structuredContent: result as Record<string, unknown> };
      } catch (error) {
        const failure = failureText(error);
        audit(`error_${failure.reason ?? failure.code}`);
        return { isError: true, content: [{ type: 'text' as const, text: JSON.stringify({ error: failure }) }] };
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
