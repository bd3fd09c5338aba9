import 'server-only';
// Agent access tokens: JWTs (RFC 9068) from the configured authorization server, checked with jose.
// The algorithms are ours, never the token's: RS256 and ES256 only, so `alg: none` and HS* (e.g. an
// HMAC "signed" with the public key) are refused before any key is looked at, with an alert in the
// log. Then the key by `kid` from the JWKS, the signature, `typ` at+jwt, `iss`, `aud` (this
// resource), `exp` and `nbf` with at most 30 s of leeway, and `jti`, `sub` present. See docs/agents.md.
import { decodeProtectedHeader, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';
import { log } from '@/lib/log';
import { authorizationServer, AuthorizationServerUnavailable } from './authorization-server';
import type { AgentSettings } from './current';

const ALGORITHMS = ['RS256', 'ES256'];
const LEEWAY_SECONDS = 30;

export type AgentTokenFailure =
  | 'malformed'
  | 'algorithm'
  | 'unknown_key'
  | 'signature'
  | 'expired'
  | 'not_yet_valid'
  | 'issuer'
  | 'audience'
  | 'claims'
  | 'unavailable';

export class AgentTokenError extends Error {
  constructor(readonly failure: AgentTokenFailure) {
    super(`agent token refused: ${failure}`);
    this.name = 'AgentTokenError';
  }
}

/** RFC 9396 authorization details this shop understands: a spending limit for checkouts. */
const spendingLimitSchema = z.object({
  type: z.literal('commerce_checkout'),
  max_amount: z.number().int().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  expires_at: z.iso.datetime({ offset: true }).optional(),
});
export type SpendingLimit = z.infer<typeof spendingLimitSchema>;

const claimsSchema = z.object({
  sub: z.string().min(1),
  jti: z.string().min(1).max(256),
  exp: z.number(),
  client_id: z.string().min(1).optional(),
  scope: z.string().optional(),
  grant_id: z.string().optional(),
  authorization_details: z.array(z.unknown()).optional(),
});

export type AgentToken = {
  /** The token itself, kept only for introspection during this request; never logged or passed on. */
  raw: string;
  /** The agent (OAuth client). */
  agentId: string;
  /** The customer the agent acts for; absent for an agent acting for itself (client credentials). */
  principalId?: string;
  scopes: ReadonlySet<string>;
  jti: string;
  grantId?: string;
  expiresAt: number;
  spendingLimits: SpendingLimit[];
};

function failureOf(error: unknown): AgentTokenFailure {
  if (error instanceof AuthorizationServerUnavailable) return 'unavailable';
  if (error instanceof joseErrors.JWTExpired) return 'expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'not_yet_valid';
    if (error.claim === 'iss') return 'issuer';
    if (error.claim === 'aud') return 'audience';
    return 'claims';
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'unknown_key';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'signature';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'algorithm';
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid) return 'unavailable';
  if (error instanceof TypeError) return 'unavailable'; // the JWKS could not be fetched
  return 'malformed';
}

function toAgentToken(raw: string, payload: JWTPayload): AgentToken {
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) throw new AgentTokenError('claims');
  const { sub, jti, exp, client_id: clientId, scope, grant_id: grantId } = claims.data;
  const agentId = clientId ?? sub;
  // Unknown kinds of authorization details are not ours to interpret; malformed limits are refused.
  const limits = (claims.data.authorization_details ?? []).filter((d) => (d as { type?: unknown })?.type === 'commerce_checkout');
  const parsedLimits = limits.map((d) => spendingLimitSchema.safeParse(d));
  if (parsedLimits.some((p) => !p.success)) throw new AgentTokenError('claims');
  return {
    raw,
    agentId,
    ...(sub !== agentId ? { principalId: sub } : {}),
    scopes: new Set((scope ?? '').split(/\s+/).filter(Boolean)),
    jti,
    ...(grantId ? { grantId } : {}),
    expiresAt: exp,
    spendingLimits: parsedLimits.flatMap((p) => (p.success ? [p.data] : [])),
  };
}

export async function verifyAgentToken(raw: string, settings: Pick<AgentSettings, 'issuer' | 'resource'>): Promise<AgentToken> {
  let alg: unknown;
  try {
    alg = decodeProtectedHeader(raw).alg;
  } catch {
    throw new AgentTokenError('malformed');
  }
  if (typeof alg !== 'string' || !ALGORITHMS.includes(alg)) {
    // `none` or an HMAC algorithm in an agent token is an attack, not a mistake.
    log.error('agent.token_algorithm_refused', { alg: String(alg).slice(0, 16) });
    throw new AgentTokenError('algorithm');
  }
  try {
    const server = await authorizationServer(settings.issuer);
    const { payload } = await jwtVerify(raw, server.keys, {
      algorithms: ALGORITHMS,
      issuer: settings.issuer,
      audience: settings.resource,
      typ: 'at+jwt',
      clockTolerance: LEEWAY_SECONDS,
      requiredClaims: ['exp', 'iat', 'jti', 'sub'],
    });
    return toAgentToken(raw, payload);
  } catch (error) {
    if (error instanceof AgentTokenError) throw error;
    throw new AgentTokenError(failureOf(error));
  }
}
