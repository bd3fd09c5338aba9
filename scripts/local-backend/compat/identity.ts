// POST /__local/identity: proves "I am the local backend that holds your client's secret". The
// storefront sends its client id and a random challenge; the answer is an HMAC of the challenge
// (with this backend's instance id and project key) keyed with that client's secret. Only a backend
// started with the same secret can answer; a real commercetools project has no such route, so a
// loopback port tunnelled to a real project cannot pass. The storefront allows test payments only
// after this proof (lib/security/local-backend-proof.ts re-computes it; the format is the contract).
import { createHmac, randomUUID } from 'node:crypto';
import type { LocalApiClient } from '../clients';
import { errors } from './errors';
import { type CompatRequest, type CompatResponse, jsonResponse } from './http';

export const IDENTITY_PATH = '/__local/identity';
/** Domain separation: this HMAC is never valid for anything else keyed with the same secret. */
const PROOF_LABEL = 'commercetools-local-backend identity v1';
const CHALLENGE = /^[A-Za-z0-9_-]{32,128}$/;

export type IdentityDeps = { projectKey: string; clients: readonly LocalApiClient[]; instance: string };

export function newInstanceId(): string {
  return randomUUID();
}

export function handleIdentity(req: CompatRequest, deps: IdentityDeps): CompatResponse {
  if (req.method !== 'POST') throw errors.methodNotAllowed(req.method, req.path);
  let body: { clientId?: unknown; challenge?: unknown };
  try {
    body = JSON.parse(req.rawBody) as typeof body;
  } catch {
    throw errors.invalidRequest('The body must be JSON: {"clientId", "challenge"}.');
  }
  if (typeof body.challenge !== 'string' || !CHALLENGE.test(body.challenge)) {
    throw errors.invalidRequest('challenge must be 32 to 128 characters of [A-Za-z0-9_-].');
  }
  const client = deps.clients.find((c) => c.id === body.clientId);
  if (!client) throw errors.invalidClient();
  const proof = createHmac('sha256', client.secret)
    .update([PROOF_LABEL, deps.projectKey, deps.instance, body.challenge].join('\n'))
    .digest('hex');
  return jsonResponse(200, { backend: 'commercetools-local', projectKey: deps.projectKey, instance: deps.instance, proof }, { 'cache-control': 'no-store' });
}
