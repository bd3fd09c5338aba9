import 'server-only';
// The UCP REST binding (checkout-rest, UCP 2026-04-08) over the same tools as MCP (./tools.ts):
// POST /api/ucp/checkout-sessions, GET|PUT .../{id}, POST .../{id}/complete and .../{id}/cancel.
// Same authorization, audit and strict inputs; errors in the one error format (docs/api.md);
// Idempotency-Key on the POSTs (./idempotency.ts: a reused key with another body is 409).
import { randomUUID } from 'node:crypto';
import { AppError, errorResponse } from '@/lib/http/errors';
import { auditToolCall } from './audit';
import { authorizeAgentCall } from './authorize';
import { once } from './idempotency';
import { agentShopper } from './shopper';
import { AGENT_TOOLS } from './tools';

type Operation = { tool: 'create_checkout' | 'get_checkout' | 'update_checkout' | 'complete_checkout' | 'cancel_checkout'; id?: string; created?: boolean };

const MAX_BODY_BYTES = 64 * 1024;
const KEY = /^[\x21-\x7e]{1,255}$/;

function json(status: number, body: unknown, requestId: string): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store', 'x-request-id': requestId } });
}

async function bodyOf(request: Request): Promise<{ text: string; value: Record<string, unknown> | undefined }> {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new AppError('payload_too_large');
  if (text.trim() === '') return { text, value: undefined };
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return { text, value: value as Record<string, unknown> };
  } catch {
    // refused below
  }
  throw new AppError('invalid_json');
}

export async function handleUcpRest(request: Request, operation: Operation): Promise<Response> {
  const requestId = randomUUID();
  const tool = AGENT_TOOLS.find((t) => t.name === operation.tool)!;
  try {
    const call = await authorizeAgentCall(request, { scope: tool.scope, write: tool.write });
    if (tool.write && !call.settings.writes) throw new AppError('not_found');
    const { text, value } = request.method === 'GET' ? { text: '', value: undefined } : await bodyOf(request);
    const key = request.headers.get('idempotency-key');
    if (key !== null && !KEY.test(key)) throw new AppError('validation_failed', { fields: { 'Idempotency-Key': ['must be 1-255 visible ASCII characters'] } });
    const args = {
      ...(operation.id ? { id: operation.id } : {}),
      ...(value !== undefined && (operation.tool === 'create_checkout' || operation.tool === 'update_checkout') ? { checkout: value } : {}),
    };
    if (value !== undefined && !('checkout' in args)) throw new AppError('validation_failed', { message: 'This operation takes no body.' });
    const parsed = tool.input.safeParse(args);
    if (!parsed.success) {
      throw new AppError('validation_failed', { fields: Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.') || '(body)', [i.message]])) });
    }

    const run = async () => {
      const started = Date.now();
      const shopper = agentShopper(call.token, call.client, operation.id ? { cartId: operation.id } : {});
      const done = await tool.run(shopper, parsed.data as never, call);
      auditToolCall({
        agent_id: call.token!.agentId,
        ...(call.token!.principalId ? { principal_id: call.token!.principalId } : {}),
        session_id: operation.id ?? requestId,
        token_jti: call.token!.jti,
        tool_name: tool.name,
        outcome: done.outcome ?? 'ok',
        latency_ms: Date.now() - started,
        introspection_result: call.introspection,
        ...(done.amount ? { amount: done.amount } : {}),
        at: new Date().toISOString(),
      });
      return { status: operation.created ? 201 : 200, body: done.result };
    };
    if (!key || request.method !== 'POST') {
      const done = await run();
      return json(done.status, done.body, requestId);
    }
    const scope = `${call.token!.agentId}\n${call.token!.principalId ?? ''}\n${operation.tool}\n${operation.id ?? ''}`;
    const result = await once(scope, key, text, run);
    if (result.kind === 'mismatch') throw new AppError('conflict', { message: 'This Idempotency-Key was used for another request. Send a new key.' });
    if (result.kind === 'in_progress') throw new AppError('conflict', { message: 'A request with this Idempotency-Key is still running. Try again shortly.', retryAfterSeconds: 1 });
    if (result.kind === 'new') throw new Error('unreachable');
    return json(result.status, result.body, requestId);
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
