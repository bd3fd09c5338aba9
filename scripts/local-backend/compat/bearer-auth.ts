// Authentication and authorization of every /{projectKey}/... call: a valid bearer token issued
// by this backend, holding a scope for that project that allows the call.
import { errors } from './errors';
import { headerValue, type CompatRequest } from './http';
import { type ProjectCall, scopesAllowing } from './scope-rules';
import type { IssuedToken, TokenStore } from './token-store';

export function authenticate(req: CompatRequest, tokens: TokenStore): IssuedToken {
  const header = headerValue(req.headers, 'authorization');
  if (!header) throw errors.missingToken();
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const token = match?.[1] ? tokens.lookup(match[1]) : undefined;
  if (!token) throw errors.invalidToken();
  return token;
}

/** Throws 403 insufficient_scope unless one of the token's scopes for `projectKey` allows the call. */
export function authorize(token: IssuedToken, projectKey: string, call: ProjectCall): void {
  const held = new Set(token.scopes.filter((s) => s.projectKey === projectKey).map((s) => s.name));
  const allowing = [...scopesAllowing(call), 'manage_project'];
  if (allowing.some((name) => held.has(name))) return;
  // A token for another project holds nothing here and fails the same way.
  throw errors.insufficientScope(allowing.map((name) => `${name}:${projectKey}`));
}
