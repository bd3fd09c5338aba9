// POST /oauth/token, the client credentials flow of the commercetools auth server:
// HTTP Basic client authentication, an optional `scope` parameter (space-separated
// `name:projectKey`), and a response that states the scopes actually granted.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { LocalApiClient } from '../clients';
import { errors } from './errors';
import { type CompatRequest, type CompatResponse, headerValue, jsonResponse } from './http';
import { type GrantedScope, type TokenRequestStats, type TokenStore, formatScope } from './token-store';

const FULL_SCOPE = /^([a-z_]+):([A-Za-z0-9_-]+)$/;

/** A client's configured scope in granted form; a bare name belongs to this backend's project. */
export function clientScope(scope: string, projectKey: string): GrantedScope {
  const [name = scope, scopeProject] = scope.split(':');
  return { name, projectKey: scopeProject ?? projectKey };
}

type BasicCredentials = { id: string; secret: string };

function basicCredentials(header: string | undefined): BasicCredentials | undefined {
  const match = header?.match(/^Basic\s+([A-Za-z0-9+/=]+)\s*$/i);
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/** Constant-time secret comparison (hashing first so lengths never leak either). */
function secretsMatch(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function sameScope(a: GrantedScope, b: GrantedScope): boolean {
  return a.name === b.name && a.projectKey === b.projectKey;
}

/**
 * Which of the client's scopes a token gets. No `scope` parameter: all of them. Otherwise every
 * requested scope must be one the client holds (or be covered by the client's manage_project for
 * that project); anything else is refused as a whole with invalid_scope, like the real server.
 */
function grantScopes(client: GrantedScope[], requested: string | undefined): GrantedScope[] {
  if (requested === undefined || requested.trim() === '') return client;
  const granted: GrantedScope[] = [];
  for (const raw of requested.trim().split(/\s+/)) {
    const match = FULL_SCOPE.exec(raw);
    if (!match?.[1] || !match[2]) throw errors.invalidScope(raw);
    const scope = { name: match[1], projectKey: match[2] };
    const held =
      client.some((c) => sameScope(c, scope)) ||
      client.some((c) => c.name === 'manage_project' && c.projectKey === scope.projectKey);
    if (!held) throw errors.invalidScope(raw);
    if (!granted.some((g) => sameScope(g, scope))) granted.push(scope);
  }
  return granted;
}

export type TokenEndpointDeps = {
  projectKey: string;
  clients: readonly LocalApiClient[];
  tokens: TokenStore;
  stats: TokenRequestStats;
};

export function handleTokenRequest(req: CompatRequest, deps: TokenEndpointDeps): CompatResponse {
  const credentials = basicCredentials(headerValue(req.headers, 'authorization'));
  deps.stats.record(credentials?.id);
  if (!credentials) throw errors.invalidClient();

  const client = deps.clients.find((c) => c.id === credentials.id);
  // Unknown client and wrong secret answer identically: the response must not reveal which ids exist.
  const secretOk = secretsMatch(credentials.secret, client?.secret ?? '\0no-such-client');
  if (!client || !secretOk) throw errors.invalidClient();

  const form = new URLSearchParams(req.rawBody);
  const param = (name: string) => form.get(name) ?? req.query.get(name) ?? undefined;

  const grantType = param('grant_type');
  if (!grantType) throw errors.invalidRequest('Missing required parameter: grant_type.');
  if (grantType !== 'client_credentials') throw errors.unsupportedGrantType(grantType);

  const clientScopes = client.scopes.map((s) => clientScope(s, deps.projectKey));
  const scopes = grantScopes(clientScopes, param('scope'));
  const token = deps.tokens.issue(client.id, scopes);
  return jsonResponse(
    200,
    {
      access_token: token.value,
      token_type: 'Bearer',
      expires_in: deps.tokens.ttlSeconds,
      scope: scopes.map(formatScope).join(' '),
    },
    { 'cache-control': 'no-store' },
  );
}
