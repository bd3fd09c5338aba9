// A signing-key server for the agent token tests: real HTTP on loopback serving RFC 8414 metadata,
// a JWKS (an RS256 and an ES256 key) and RFC 7662 introspection, plus `sign` to make tokens,
// including the malformed and hostile ones no real authorization server would issue (alg none,
// HS256 "signed" with the public key, unknown kid, wrong audience). The flows of a real
// authorization server are tested against oidc-provider (scripts/local-agent-as).
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload, type CryptoKey } from 'jose';

export type KeyServer = {
  issuer: string;
  resource: string;
  introspectionClient: { id: string; secret: string };
  /** Tokens whose jti introspection reports inactive (revoked). */
  revoked: Set<string>;
  /** When true, introspection answers 503. */
  introspectionDown: boolean;
  jwksFetches: () => number;
  sign(claims?: JWTPayload, options?: { alg?: 'RS256' | 'ES256'; kid?: string; typ?: string; omit?: string[] }): Promise<string>;
  close(): Promise<void>;
};

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

export async function startKeyServer(resource = 'http://localhost:3000/api/mcp'): Promise<KeyServer> {
  const rsa = await generateKeyPair('RS256', { extractable: true });
  const ec = await generateKeyPair('ES256', { extractable: true });
  const jwks: JWK[] = [
    { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
  ];
  const introspectionClient = { id: 'storefront-rs-test', secret: `rs-${randomUUID()}` };
  const issued = new Map<string, JWTPayload>();
  let fetches = 0;
  const state = { revoked: new Set<string>(), introspectionDown: false };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.url === '/.well-known/oauth-authorization-server') {
        return send(200, { issuer, jwks_uri: `${issuer}/jwks`, introspection_endpoint: `${issuer}/introspect`, token_endpoint: `${issuer}/token` });
      }
      if (req.url === '/jwks') {
        fetches += 1;
        return send(200, { keys: jwks });
      }
      if (req.url === '/introspect' && req.method === 'POST') {
        if (state.introspectionDown) return send(503, { error: 'temporarily_unavailable' });
        const expected = `Basic ${Buffer.from(`${introspectionClient.id}:${introspectionClient.secret}`).toString('base64')}`;
        if (req.headers.authorization !== expected) return send(401, { error: 'invalid_client' });
        const token = new URLSearchParams(Buffer.concat(chunks).toString()).get('token') ?? '';
        const claims = issued.get(token);
        if (!claims || state.revoked.has(String(claims.jti))) return send(200, { active: false });
        return send(200, { active: true, ...claims });
      }
      send(404, { error: 'not_found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function sign(claims: JWTPayload = {}, options: { alg?: 'RS256' | 'ES256'; kid?: string; typ?: string; omit?: string[] } = {}) {
    const alg = options.alg ?? 'RS256';
    const now = Math.floor(Date.now() / 1000);
    const payload: JWTPayload = {
      iss: issuer,
      aud: resource,
      sub: 'customer-1',
      client_id: 'agent-1',
      scope: 'catalog:read checkout:write',
      jti: randomUUID(),
      iat: now,
      exp: now + 600,
      ...claims,
    };
    for (const name of options.omit ?? []) delete payload[name];
    const key: CryptoKey = alg === 'RS256' ? rsa.privateKey : ec.privateKey;
    const token = await new SignJWT(payload)
      .setProtectedHeader({ alg, kid: options.kid ?? (alg === 'RS256' ? 'rsa-1' : 'ec-1'), typ: options.typ ?? 'at+jwt' })
      .sign(key);
    issued.set(token, payload);
    return token;
  }

  return {
    issuer,
    resource,
    introspectionClient,
    get revoked() {
      return state.revoked;
    },
    get introspectionDown() {
      return state.introspectionDown;
    },
    set introspectionDown(value: boolean) {
      state.introspectionDown = value;
    },
    jwksFetches: () => fetches,
    sign,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An unsigned token (`alg: none`). */
export function unsignedToken(payload: JWTPayload): string {
  return `${b64({ alg: 'none', typ: 'at+jwt' })}.${b64(payload)}.`;
}

/** The classic key-confusion attack: HS256 with the RSA public key (as published in the JWKS) as the HMAC secret. */
export async function hmacWithPublicKey(server: KeyServer, payload: JWTPayload): Promise<string> {
  const jwks = (await (await fetch(`${server.issuer}/jwks`)).json()) as { keys: JWK[] };
  const secret = new TextEncoder().encode(JSON.stringify(jwks.keys[0]));
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', kid: 'rsa-1', typ: 'at+jwt' }).sign(secret);
}

/** The token with one payload claim changed and the original signature kept. */
export function tampered(token: string, change: JWTPayload): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as JWTPayload;
  return `${header}.${b64({ ...claims, ...change })}.${signature}`;
}
