import 'server-only';
// What we need to know about the agents' authorization server: its metadata (RFC 8414, falling back
// to OpenID discovery) and its signing keys (JWKS). Both are cached; the JWKS is fetched again when a
// token names a key id we do not know, at most once per cooldown (jose's remote key set), so a flood
// of made-up `kid`s cannot turn into a flood of requests to the authorization server.
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';

const TIMEOUT_MS = 5_000;
const METADATA_TTL_MS = 10 * 60_000;

const metadataSchema = z.object({
  issuer: z.string(),
  jwks_uri: z.url(),
  introspection_endpoint: z.url().optional(),
  revocation_endpoint: z.url().optional(),
});

export type AuthorizationServer = z.infer<typeof metadataSchema> & { keys: JWTVerifyGetKey };

export class AuthorizationServerUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthorizationServerUnavailable';
  }
}

/** HTTP Basic for our client at the authorization server (RFC 6749 section 2.3.1: form-encoded parts). */
export function clientBasicAuth(client: { id: string; secret: string }): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(client.id)}:${encodeURIComponent(client.secret)}`).toString('base64')}`;
}

/** RFC 8414 section 3: the well-known suffix goes between the host and the issuer's path. */
function metadataUrls(issuer: string): string[] {
  const url = new URL(issuer);
  const path = url.pathname === '/' ? '' : url.pathname;
  return [`${url.origin}/.well-known/oauth-authorization-server${path}`, `${issuer}/.well-known/openid-configuration`];
}

async function fetchMetadata(issuer: string): Promise<z.infer<typeof metadataSchema>> {
  for (const url of metadataUrls(issuer)) {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), cache: 'no-store' }).catch(() => null);
    if (!response?.ok) continue;
    const parsed = metadataSchema.safeParse(await response.json().catch(() => null));
    // RFC 8414 section 3.3: the metadata must name the issuer it was fetched for (no mix-up).
    if (parsed.success && parsed.data.issuer.replace(/\/+$/, '') === issuer) return parsed.data;
  }
  throw new AuthorizationServerUnavailable(`no usable metadata for ${issuer}`);
}

const cache = new Map<string, { server: Promise<AuthorizationServer>; expires: number }>();

/** The issuer's metadata and keys, cached for ten minutes; a failed fetch is not cached. */
export function authorizationServer(issuer: string): Promise<AuthorizationServer> {
  const cached = cache.get(issuer);
  if (cached && cached.expires > Date.now()) return cached.server;
  const server = fetchMetadata(issuer).then((metadata) => ({
    ...metadata,
    keys: createRemoteJWKSet(new URL(metadata.jwks_uri), { timeoutDuration: TIMEOUT_MS, cooldownDuration: 30_000, cacheMaxAge: METADATA_TTL_MS }),
  }));
  cache.set(issuer, { server, expires: Date.now() + METADATA_TTL_MS });
  server.catch(() => cache.delete(issuer));
  return server;
}
