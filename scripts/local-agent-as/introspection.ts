// Token introspection (RFC 7662), revocation (RFC 7009) and the customer's grants, for the
// storefront's resource-server client. Ours, not oidc-provider's: it refuses to introspect or revoke
// JWT access tokens. A token is active only while its signature, exp and nbf hold AND its stored
// record and grant still exist, so a revocation shows at once.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type JWK, compactVerify, importJWK, jwtVerify } from 'jose';
import type Provider from 'oidc-provider';
import { RESOURCE_SERVER_CLIENT } from './clients';
import { secretsMatch } from './customers';
import { SIGNING_ALG } from './provider';
import type { AgentStore } from './store';

type Authenticated = { clientId: string };
type Json = Record<string, unknown>;

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

const TOKEN_MODELS = ['AccessToken', 'ClientCredentials'];

export function tokenEndpoints(opts: { issuer: string; provider: Provider; store: AgentStore; publicKey: JWK; agentSecrets: Map<string, string> }) {
  const { issuer, provider, store } = opts;
  const key = importJWK(opts.publicKey, SIGNING_ALG);

  /** HTTP Basic (client_secret_basic) or form fields (client_secret_post); secrets compared in constant time. */
  function authenticate(req: IncomingMessage, form: URLSearchParams | undefined): Authenticated | undefined {
    const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(req.headers.authorization ?? '');
    let id: string | undefined;
    let secret: string | undefined;
    if (basic?.[1]) {
      const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) [id, secret] = [decodeURIComponent(decoded.slice(0, colon)), decodeURIComponent(decoded.slice(colon + 1))];
    } else if (form?.get('client_id') && form.get('client_secret')) {
      [id, secret] = [form.get('client_id') ?? '', form.get('client_secret') ?? ''];
    }
    if (!id || secret === undefined) return undefined;
    const expected = id === RESOURCE_SERVER_CLIENT.id ? RESOURCE_SERVER_CLIENT.secret : opts.agentSecrets.get(id);
    return expected !== undefined && secretsMatch(secret, expected) ? { clientId: id } : undefined;
  }

  function unauthorized(res: ServerResponse): void {
    json(res, 401, { error: 'invalid_client', error_description: 'client authentication failed' }, { 'www-authenticate': 'Basic realm="agent-as"' });
  }

  async function stored(jti: string) {
    for (const model of TOKEN_MODELS) {
      const payload = store.get(model, jti);
      if (payload) return payload;
    }
    return undefined;
  }

  async function activeClaims(token: string): Promise<Json | undefined> {
    try {
      const { payload } = await jwtVerify(token, await key, { issuer, algorithms: [SIGNING_ALG], typ: 'at+jwt' });
      if (typeof payload.jti !== 'string') return undefined;
      const record = await stored(payload.jti);
      if (!record || record.clientId !== payload.client_id) return undefined;
      if (record.grantId) {
        const grant = await provider.Grant.find(record.grantId);
        if (!grant || grant.clientId !== record.clientId || grant.accountId !== record.accountId) return undefined;
      }
      return payload as Json;
    } catch {
      return undefined; // bad signature, expired, not yet valid, not ours: all simply inactive
    }
  }

  return {
    async introspect(req: IncomingMessage, res: ServerResponse, form: URLSearchParams): Promise<void> {
      const client = authenticate(req, form);
      // Only the resource server may ask: an open endpoint would let anyone probe tokens.
      if (!client || client.clientId !== RESOURCE_SERVER_CLIENT.id) return unauthorized(res);
      const token = form.get('token');
      if (!token) return json(res, 400, { error: 'invalid_request', error_description: 'missing token' });
      const claims = await activeClaims(token);
      if (!claims) return json(res, 200, { active: false });
      const { iss, sub, aud, client_id, scope, jti, iat, nbf, exp, grant_id, authorization_details } = claims;
      json(res, 200, { active: true, token_type: 'Bearer', iss, sub, aud, client_id, scope, jti, iat, nbf, exp, grant_id, authorization_details });
    },

    async revoke(req: IncomingMessage, res: ServerResponse, form: URLSearchParams): Promise<void> {
      const client = authenticate(req, form);
      if (!client) return unauthorized(res);
      const token = form.get('token');
      if (!token) return json(res, 400, { error: 'invalid_request', error_description: 'missing token' });
      try {
        // Signature only: an expired token may still be revoked. Unknown tokens answer 200 (RFC 7009).
        const { payload } = await compactVerify(token, await key, { algorithms: [SIGNING_ALG] });
        const claims = JSON.parse(new TextDecoder().decode(payload)) as Json;
        const mayRevoke = client.clientId === RESOURCE_SERVER_CLIENT.id || client.clientId === claims.client_id;
        if (mayRevoke && typeof claims.jti === 'string') for (const model of TOKEN_MODELS) store.delete(model, claims.jti);
      } catch {
        // not one of ours: nothing to revoke
      }
      res.writeHead(200, { 'cache-control': 'no-store' }).end();
    },

    /** GET /grants?sub= : a customer's live grants, for the storefront's /account/agents page. */
    async listGrants(req: IncomingMessage, res: ServerResponse, sub: string | null): Promise<void> {
      const client = authenticate(req, undefined);
      if (!client || client.clientId !== RESOURCE_SERVER_CLIENT.id) return unauthorized(res);
      if (!sub) return json(res, 400, { error: 'invalid_request', error_description: 'missing sub' });
      const grants = await Promise.all(
        store
          .list('Grant')
          .filter(({ payload }) => payload.accountId === sub)
          .map(async ({ id, payload }) => {
            const agent = await provider.Client.find(String(payload.clientId));
            const resources = (payload.resources ?? {}) as Record<string, string>;
            return {
              grant_id: id,
              client_id: payload.clientId,
              client_name: agent?.clientName ?? payload.clientId,
              scopes: [...new Set(Object.values(resources).flatMap((s) => s.split(' ')))].filter(Boolean),
              resources: Object.keys(resources),
              authorization_details: payload.rar ?? [],
              issued_at: payload.iat,
              expires_at: payload.exp,
            };
          }),
      );
      json(res, 200, { grants: grants.sort((a, b) => Number(b.issued_at) - Number(a.issued_at)) });
    },

    /** POST /grants/revoke {grant_id, sub}: the grant and every token issued under it, at once. */
    async revokeGrant(req: IncomingMessage, res: ServerResponse, body: Json | undefined): Promise<void> {
      const client = authenticate(req, undefined);
      if (!client || client.clientId !== RESOURCE_SERVER_CLIENT.id) return unauthorized(res);
      const grantId = body?.grant_id;
      const sub = body?.sub;
      if (typeof grantId !== 'string' || typeof sub !== 'string') return json(res, 400, { error: 'invalid_request', error_description: 'grant_id and sub are required strings' });
      const grant = await provider.Grant.find(grantId);
      // Another customer's grant is answered like a missing one: never reveal which.
      if (!grant || grant.accountId !== sub) return json(res, 404, { error: 'not_found' });
      store.revokeByGrantId(grantId);
      await grant.destroy();
      json(res, 200, { revoked: true, grant_id: grantId });
    },
  };
}
