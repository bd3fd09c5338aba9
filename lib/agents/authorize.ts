import 'server-only';
// The one guarded entry of every agent call (MCP tools and UCP REST alike), like lib/http/route.ts
// for the cookie front door. In order: the agent API must be on (else 404); a bearer token, unless
// the call is a public catalog read; the token verified (./access-token.ts); the scope the call
// needs (403 insufficient_scope); the per-agent rate limit; and for writes, the token id not used
// for a write before (shared store) and introspection saying the token is still active, failing
// closed. Refusals carry a `WWW-Authenticate: Bearer` challenge naming the resource metadata
// (RFC 9728). See docs/agents.md.
import { AppError } from '@/lib/http/errors';
import { log } from '@/lib/log';
import { clientIp, type ClientIp } from '@/lib/security/client-ip';
import { RATE_LIMITS, takeAttempt } from '@/lib/security/rate-limit';
import { onceStore } from '@/lib/security/replay-guard';
import { AgentTokenError, verifyAgentToken, type AgentToken } from './access-token';
import { agentSettings, type AgentSettings } from './current';
import { introspect } from './introspection';
import type { AgentScope } from './config';

export type AgentCall = {
  settings: AgentSettings;
  token: AgentToken | null;
  client: ClientIp;
  introspection: 'active' | 'not_needed';
};

export type AgentNeed = {
  /** The scope the call needs; `catalog:read` calls may come without a token. */
  scope: AgentScope;
  /** A write: one use per token id, and introspection first. */
  write: boolean;
};

/** RFC 9728 section 5.1: where the client finds out how to get a token for this resource. */
export function bearerChallenge(settings: AgentSettings, error?: { code: 'invalid_token' | 'insufficient_scope'; scope?: string }): string {
  const parts = [`resource_metadata="${settings.resourceMetadataUrl}"`];
  if (error) parts.push(`error="${error.code}"`);
  if (error?.scope) parts.push(`scope="${error.scope}"`);
  return `Bearer ${parts.join(', ')}`;
}

function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (!header) return null;
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header.trim());
  return match?.[1] ?? '';
}

async function limit(rule: (typeof RATE_LIMITS)[keyof typeof RATE_LIMITS], subject: string): Promise<void> {
  const decision = await takeAttempt([{ rule, subject }]);
  if (!decision.allowed) throw new AppError('rate_limited', { retryAfterSeconds: decision.retryAfterSeconds });
}

export async function authorizeAgentCall(request: Request, need: AgentNeed): Promise<AgentCall> {
  const settings = await agentSettings();
  if (!settings) throw new AppError('not_found');
  const client = clientIp(request.headers);
  const raw = bearerToken(request);
  if (raw === null && need.scope === 'catalog:read' && !need.write) {
    await limit(client.trusted ? RATE_LIMITS.agentCatalogPerIp : RATE_LIMITS.agentCatalogUntrustedIp, client.key);
    return { settings, token: null, client, introspection: 'not_needed' };
  }
  if (!raw) throw new AppError('invalid_token', { challenge: bearerChallenge(settings) });

  let token: AgentToken;
  try {
    token = await verifyAgentToken(raw, settings);
  } catch (error) {
    if (error instanceof AgentTokenError && error.failure === 'unavailable') throw new AppError('authorization_unavailable', { retryAfterSeconds: 5 });
    if (error instanceof AgentTokenError) log.warn('agent.token_refused', { failure: error.failure });
    throw new AppError('invalid_token', { challenge: bearerChallenge(settings, { code: 'invalid_token' }) });
  }
  if (!token.scopes.has(need.scope)) {
    throw new AppError('insufficient_scope', { challenge: bearerChallenge(settings, { code: 'insufficient_scope', scope: need.scope }) });
  }
  await limit(RATE_LIMITS.agentCallsPerAgent, token.agentId);
  if (!need.write) return { settings, token, client, introspection: 'not_needed' };

  // One write per token id: a captured token cannot be replayed into a second write.
  const ttl = Math.max(60, token.expiresAt - Math.floor(Date.now() / 1000) + 60);
  if (!(await onceStore().claim(`agent-jti:${token.agentId}:${token.jti}`, ttl))) {
    log.warn('agent.token_replayed', { agent_id: token.agentId, token_jti: token.jti });
    throw new AppError('invalid_token', { message: 'This access token was already used for a write. Get a new token.', challenge: bearerChallenge(settings, { code: 'invalid_token' }) });
  }
  let verdict;
  try {
    verdict = await introspect(token, settings);
  } catch {
    throw new AppError('authorization_unavailable', { retryAfterSeconds: 5 });
  }
  if (verdict !== 'active') {
    throw new AppError('invalid_token', { message: 'The access token was revoked.', challenge: bearerChallenge(settings, { code: 'invalid_token' }) });
  }
  return { settings, token, client, introspection: 'active' };
}
