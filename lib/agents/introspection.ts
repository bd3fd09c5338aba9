import 'server-only';
// Token introspection (RFC 7662) before every write and before any completion: a token the customer
// revoked (or the authorization server disabled) stops working at once, not when it expires. Fails
// closed: no introspection endpoint, no client of ours, no answer, or a malformed one is an error.
import { z } from 'zod';
import { authorizationServer, clientBasicAuth } from './authorization-server';
import { AgentTokenError, type AgentToken } from './access-token';
import type { AgentSettings } from './current';

const TIMEOUT_MS = 5_000;

const answerSchema = z.object({ active: z.boolean(), client_id: z.string().optional(), sub: z.string().optional(), jti: z.string().optional() });

export type IntrospectionResult = 'active' | 'inactive';

export async function introspect(token: AgentToken, settings: Pick<AgentSettings, 'issuer' | 'introspectionClient'>): Promise<IntrospectionResult> {
  const client = settings.introspectionClient;
  let answer: z.infer<typeof answerSchema>;
  try {
    const server = await authorizationServer(settings.issuer);
    if (!client || !server.introspection_endpoint) throw new Error('introspection is not configured');
    const response = await fetch(server.introspection_endpoint, {
      method: 'POST',
      headers: {
        authorization: clientBasicAuth(client),
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: new URLSearchParams({ token: token.raw, token_type_hint: 'access_token' }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: 'no-store',
    });
    if (!response.ok) throw new Error(`introspection answered ${response.status}`);
    answer = answerSchema.parse(await response.json());
  } catch {
    throw new AgentTokenError('unavailable');
  }
  if (!answer.active) return 'inactive';
  // The answer must be about this token (a confused or compromised endpoint could say "active" to anything).
  if ((answer.jti && answer.jti !== token.jti) || (answer.client_id && answer.client_id !== token.agentId)) return 'inactive';
  return 'active';
}
