import 'server-only';
// One structured line per agent tool call (docs/agents.md, "Audit"): who (agent, principal), what
// (tool, outcome, amount), how long, and what introspection said. Never an email, a token or a
// response body. The last entries per customer are also kept (shared store) for /account/agents.
import { log } from '@/lib/log';
import { configuredRedisUrl, redisKeyPrefix, withRedis } from '@/lib/redis';
import type { Money } from '@/lib/types';

export type AuditEntry = {
  agent_id: string;
  principal_id?: string;
  session_id: string;
  token_jti?: string;
  tool_name: string;
  outcome: string;
  latency_ms: number;
  introspection_result: 'active' | 'inactive' | 'unavailable' | 'not_needed';
  amount?: Pick<Money, 'centAmount' | 'currencyCode'>;
  at: string;
};

const KEPT = 50;
const KEPT_SECONDS = 90 * 24 * 3600;
const memory = new Map<string, AuditEntry[]>();

async function keep(entry: AuditEntry & { principal_id: string }): Promise<void> {
  const url = configuredRedisUrl();
  if (!url) {
    memory.set(entry.principal_id, [entry, ...(memory.get(entry.principal_id) ?? [])].slice(0, KEPT));
    return;
  }
  const key = `${redisKeyPrefix()}agent-audit:${entry.principal_id}`;
  await withRedis(url, async (redis) => {
    await redis.lPush(key, JSON.stringify(entry));
    await redis.lTrim(key, 0, KEPT - 1);
    await redis.expire(key, KEPT_SECONDS);
  });
}

export function auditToolCall(entry: AuditEntry): void {
  const { amount, ...fields } = entry;
  log.info('agent.tool_call', { ...fields, amount_minor: amount?.centAmount, currency: amount?.currencyCode });
  if (entry.principal_id) {
    keep({ ...entry, principal_id: entry.principal_id }).catch(() => log.warn('agent.audit_not_kept', { tool_name: entry.tool_name }));
  }
}

/** The customer's most recent agent actions, newest first. */
export async function recentAgentActions(principalId: string): Promise<AuditEntry[]> {
  const url = configuredRedisUrl();
  if (!url) return memory.get(principalId) ?? [];
  const key = `${redisKeyPrefix()}agent-audit:${principalId}`;
  const raw = await withRedis(url, (redis) => redis.lRange(key, 0, KEPT - 1));
  return raw.flatMap((line) => {
    try {
      return [JSON.parse(line) as AuditEntry];
    } catch {
      return [];
    }
  });
}
