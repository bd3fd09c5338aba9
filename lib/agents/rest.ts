import 'server-only';
// The UCP REST binding (checkout-rest, UCP 2026-04-08) over the same tools as MCP (./tools.ts):
// POST /api/ucp/checkout-sessions, GET|PUT .../{id}, POST .../{id}/complete and .../{id}/cancel.
// Same authorization, audit and strict inputs; errors in the one error format (docs/api.md);
// Idempotency-Key on the POSTs (./idempotency.ts: a reused key with another body is 409).
import { randomUUID } from 'node:crypto';
import { AppError, errorResponse } from '@/lib/http/errors';
import { authorizeAgentCall } from './authorize';
import { runAgentTool } from './run-tool';
import { AGENT_TOOLS } from './tools';

type Operation = { tool: 'create_checkout' | 'get_checkout' | 'update_checkout' | 'complete_checkout' | 'cancel_checkout'; id?: string; created?: boolean };

const MAX_BODY_BYTES = 64 * 1024;
const KEY = /^[\x21-\x7e]{1,255}$/;

function json(status: number, body: unknown, requestId: string): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store', 'x-request-id': requestId } });
}

async function bodyOf(request: Request): Promise<Record<string, unknown> | undefined> {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new AppError('payload_too_large');
  if (text.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
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
    const value = request.method === 'GET' ? undefined : await bodyOf(request);
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

    // Idempotency-Key applies to the POSTs (create, complete, cancel).
    const done = await runAgentTool(tool, call, parsed.data as Record<string, unknown>, {
      requestId,
      ...(operation.id ? { checkoutId: operation.id } : {}),
      ...(operation.created ? { status: 201 } : {}),
      ...(key && request.method === 'POST' ? { idempotencyKey: key } : {}),
    });
    return json(done.status, done.body, requestId);
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
