// Starting and stopping the local agent authorization server: keys, oidc-provider, and a node:http
// server on 127.0.0.1 (never another interface) routing our own endpoints before oidc-provider's.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AccessToken, ClientCredentials } from 'oidc-provider';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { AgentClientConfigError, agentClientsFromEnv, DEMO_AGENT_CLIENT, type LocalAgentClient } from './clients';
import { type CommercetoolsRef, CustomerDirectory } from './customers';
import { registerDevPrincipalGrant } from './dev-grant';
import { interactionHandler } from './interactions';
import { tokenEndpoints } from './introspection';
import { createProvider, SIGNING_ALG } from './provider';
import { AgentStore } from './store';

export const HOST = '127.0.0.1';
export const DEFAULT_AGENT_AS_PORT = 8990;

export type AgentAuthServerOptions = {
  /** 0 = any free port; default LOCAL_AGENT_AS_PORT or 8990. */
  port?: number;
  /** The resource (RFC 8707) tokens are for, their `aud`: the storefront's MCP URL (several: the first is the default). */
  resource: string | string[];
  /** Registered test agents; default LOCAL_AGENT_CLIENTS or the demo agent. */
  clients?: LocalAgentClient[];
  /** The local commercetools backend and the AS's own API client there (sign-in, customer lookup). */
  ctBackend: CommercetoolsRef;
  /** Default 600 (10 minutes). */
  accessTokenTtlSeconds?: number;
  /** How long a customer's consent lasts; default 86400 (24 hours). */
  grantTtlSeconds?: number;
};

export type AgentAuthServer = { issuer: string; port: number; resource: string; resources: string[]; clients: LocalAgentClient[]; close(): Promise<void> };

export function agentAsPortFrom(value: string | undefined): number {
  const port = Number(value ?? DEFAULT_AGENT_AS_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new AgentClientConfigError(`LOCAL_AGENT_AS_PORT must be a port number, got "${value}"`);
  return port;
}

const MAX_BODY = 64 * 1024;

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startAgentAuthServer(options: AgentAuthServerOptions): Promise<AgentAuthServer> {
  const resources = [options.resource].flat();
  if (!resources.length || resources.some((r) => !/^https?:\/\/[^\s]+$/.test(r))) throw new AgentClientConfigError(`resource must be one or more http(s) URLs, got ${JSON.stringify(options.resource)}`);
  const clients = options.clients ?? agentClientsFromEnv(process.env) ?? [DEMO_AGENT_CLIENT];
  const accessTokenTtlSeconds = options.accessTokenTtlSeconds ?? 600;
  const server = createServer();
  // The issuer names the port, so listen first (port 0 included), then build the provider.
  const port = await listen(server, options.port ?? agentAsPortFrom(process.env.LOCAL_AGENT_AS_PORT));
  const issuer = `http://${HOST}:${port}`;

  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const signingKey = { ...(await exportJWK(privateKey)), kid, alg: SIGNING_ALG, use: 'sig' };

  const store = new AgentStore();
  const customers = new CustomerDirectory(options.ctBackend);
  const provider = createProvider({ issuer, resources, clients, store, signingKey, accessTokenTtlSeconds, grantTtlSeconds: options.grantTtlSeconds ?? 86_400 });
  registerDevPrincipalGrant(provider, { resource: resources[0]!, customers, defaultTtlSeconds: accessTokenTtlSeconds });
  // oidc-provider keeps no record of JWT access tokens ("issued", not "saved"): we do, so that
  // introspection can tell a revoked token from a live one.
  const remember = (model: string) => (token: AccessToken | ClientCredentials) => {
    const { jti, clientId, expiration } = token as unknown as { jti: string; clientId: string; expiration: number };
    const { accountId, grantId } = token as { accountId?: string; grantId?: string };
    store.set(model, jti, { clientId, accountId, grantId, exp: Math.floor(Date.now() / 1000) + expiration + 60 });
  };
  provider.on('access_token.issued', remember('AccessToken'));
  provider.on('client_credentials.issued', remember('ClientCredentials'));
  const interaction = interactionHandler(provider, { resources, customers });
  const tokens = tokenEndpoints({ issuer, provider, store, publicKey: { ...publicJwk, kid }, agentSecrets: new Map(clients.map((c) => [c.id, c.secret])) });
  const oidc = provider.callback();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', issuer);
    const form = async () => new URLSearchParams(await readBody(req));
    if (url.pathname === '/.well-known/oauth-authorization-server') {
      req.url = `/.well-known/openid-configuration${url.search}`; // RFC 8414: the same metadata
      return oidc(req, res);
    }
    if (req.method === 'POST' && url.pathname === '/token/introspection') return tokens.introspect(req, res, await form());
    if (req.method === 'POST' && url.pathname === '/token/revocation') return tokens.revoke(req, res, await form());
    if (req.method === 'GET' && url.pathname === '/grants') return tokens.listGrants(req, res, url.searchParams.get('sub'));
    if (req.method === 'POST' && url.pathname === '/grants/revoke') {
      let body: Record<string, unknown> | undefined;
      try {
        body = JSON.parse(await readBody(req)) as Record<string, unknown>;
      } catch {
        body = undefined;
      }
      return tokens.revokeGrant(req, res, body);
    }
    const match = /^\/interaction\/([\w-]+)(?:\/(login|confirm|abort))?$/.exec(url.pathname);
    if (match?.[1]) return interaction(req, res, match[1], match[2], req.method === 'POST' ? await form() : undefined);
    return oidc(req, res);
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      if ((error as { statusCode?: number }).statusCode === undefined) console.error(`local agent AS: ${req.method} ${req.url?.split('?')[0]} failed: ${error instanceof Error ? error.message : String(error)}`);
      // oidc-provider's errors carry their status (e.g. 400 SessionNotFound for a lost interaction cookie).
      const status = (error as { statusCode?: number }).statusCode ?? 500;
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(status === 500 ? 'internal error\n' : 'this sign-in cannot continue: start again from the agent\n');
    });
  });

  let closed: Promise<void> | undefined;
  return {
    issuer,
    port,
    resource: resources[0]!,
    resources,
    clients,
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
