import 'server-only';
// Running one agent tool, the same way for MCP (./mcp-server.ts) and UCP REST (./rest.ts): the
// shopper from the token and the checkout id, one audit line whatever the outcome (./audit.ts), and
// for writes with an idempotency key (UCP `meta["idempotency-key"]` or the `Idempotency-Key`
// header) the first answer again for a retry (./idempotency.ts).
import { AppError } from '@/lib/http/errors';
import { ShopError } from '@/lib/shop/errors';
import { auditToolCall } from './audit';
import type { AgentCall } from './authorize';
import { once } from './idempotency';
import { agentShopper } from './shopper';
import type { AgentTool } from './tools';

export type ToolRun = {
  requestId: string;
  checkoutId?: string;
  /** The status of a successful answer (201 for a REST create). */
  status?: number;
  idempotencyKey?: string;
};

function failureOutcome(error: unknown): string {
  if (error instanceof ShopError) return `error_${error.reason}`;
  if (error instanceof AppError) return `error_${error.code}`;
  return 'error_internal';
}

export async function runAgentTool(tool: AgentTool, call: AgentCall, args: Record<string, unknown>, run: ToolRun): Promise<{ status: number; body: unknown }> {
  const started = Date.now();
  const shopper = agentShopper(call.token, call.client, run.checkoutId ? { cartId: run.checkoutId } : {});
  const audit = (outcome: string, amount?: { centAmount: number; currencyCode: string }) =>
    auditToolCall({
      agent_id: call.token?.agentId ?? 'anonymous',
      ...(call.token?.principalId ? { principal_id: call.token.principalId } : {}),
      session_id: run.checkoutId ?? run.requestId,
      ...(call.token ? { token_jti: call.token.jti } : {}),
      tool_name: tool.name,
      outcome,
      latency_ms: Date.now() - started,
      introspection_result: call.introspection,
      ...(amount ? { amount: { centAmount: amount.centAmount, currencyCode: amount.currencyCode } } : {}),
      at: new Date().toISOString(),
    });
  const execute = async () => {
    const done = await tool.run(shopper, args as never, call);
    audit(done.outcome ?? 'ok', done.amount);
    return { status: run.status ?? 200, body: done.result };
  };
  try {
    if (!tool.write || !run.idempotencyKey || !call.token) return await execute();
    const payload = Object.fromEntries(Object.entries(args).filter(([name]) => name !== 'meta'));
    const scope = `${call.token.agentId}\n${call.token.principalId ?? ''}\n${tool.name}\n${run.checkoutId ?? ''}`;
    const kept = await once(scope, run.idempotencyKey, JSON.stringify(payload), execute);
    if (kept.kind === 'mismatch') throw new AppError('conflict', { message: 'This Idempotency-Key was used for another request. Send a new key.' });
    if (kept.kind === 'in_progress') throw new AppError('conflict', { message: 'A request with this Idempotency-Key is still running. Try again shortly.', retryAfterSeconds: 1 });
    if (kept.kind === 'new') throw new Error('unreachable: once() ran the work');
    return { status: kept.status, body: kept.body };
  } catch (error) {
    audit(failureOutcome(error));
    throw error;
  }
}
