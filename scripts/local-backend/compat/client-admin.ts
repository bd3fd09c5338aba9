// POST /__local/clients/{id}/scopes {"scopes": [...]}: changes what an API client is granted, for
// tests that prove the storefront notices a grant changing under it. Real commercetools API clients
// cannot be edited (they are deleted and created anew); what this keeps real is what a storefront
// sees: tokens issued before the change keep their scopes, and every token response states the
// scopes granted now. Admin only: a bearer token of this backend holding manage_project or
// manage_api_clients for its project.
import type { LocalApiClient } from '../clients';
import { authenticate } from './bearer-auth';
import { errors } from './errors';
import { type CompatRequest, type CompatResponse, jsonResponse } from './http';
import type { TokenStore } from './token-store';

const PATH = /^\/__local\/clients\/([^/]+)\/scopes$/;
const SCOPE = /^[a-z_]+(:[A-Za-z0-9_-]+){0,2}$/;
const ADMIN_SCOPES = new Set(['manage_project', 'manage_api_clients']);

export function isClientAdminPath(path: string): boolean {
  return PATH.test(path);
}

export type ClientAdminDeps = { projectKey: string; clients: readonly LocalApiClient[]; tokens: TokenStore };

export function handleClientScopes(req: CompatRequest, deps: ClientAdminDeps): CompatResponse {
  const token = authenticate(req, deps.tokens);
  if (!token.scopes.some((s) => s.projectKey === deps.projectKey && ADMIN_SCOPES.has(s.name))) {
    throw errors.insufficientScope([...ADMIN_SCOPES].map((name) => `${name}:${deps.projectKey}`));
  }
  if (req.method !== 'POST') throw errors.methodNotAllowed(req.method, req.path);
  const id = decodeURIComponent(PATH.exec(req.path)?.[1] ?? '');
  const client = deps.clients.find((c) => c.id === id);
  if (!client) throw errors.uriNotFound(req.path);
  let scopes: unknown;
  try {
    scopes = (JSON.parse(req.rawBody) as { scopes?: unknown }).scopes;
  } catch {
    scopes = undefined;
  }
  if (!Array.isArray(scopes) || scopes.length === 0 || !scopes.every((s) => typeof s === 'string' && SCOPE.test(s))) {
    throw errors.invalidRequest('The body must be {"scopes": ["manage_orders", ...]} with at least one scope.');
  }
  client.scopes = [...(scopes as string[])];
  return jsonResponse(200, { id: client.id, scopes: client.scopes });
}
