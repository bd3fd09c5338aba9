// Starting and stopping one local backend: the front HTTP server on 127.0.0.1 (never any other
// interface), the compatibility layer behind it, the mock behind that, and the catalog seeding.
import type { AddressInfo } from 'node:net';
import { AGENT_AS_CLIENT, CHECKOUT_SIMULATION_CLIENT, ClientConfigError, type LocalApiClient, SEED_ADMIN_CLIENT, clientsFromEnv, defaultClients, storefrontScopesFromEnv } from './clients';
import { CheckoutSimulation } from './checkout/simulation';
import { newInstanceId } from './compat/identity';
import { createRouter } from './compat/router';
import { type BackendStats, TokenRequestStats, TokenStore } from './compat/token-store';
import { Upstream } from './compat/upstream';
import type { SeedCatalog } from './seed/catalog-types';
import { addGeneratedProducts } from './seed/generated-products';
import { type SeedReport, seedCatalog } from './seed/seeder';
import { createHttpServer } from './server';

export type LocalBackendOptions = {
  /** 0 = any free port; default Number(process.env.LOCAL_CT_PORT ?? 8989). */
  port?: number;
  /** Default process.env.LOCAL_CT_PROJECT_KEY ?? 'demo-store'. */
  projectKey?: string;
  /** Default clientsFromEnv(process.env) ?? defaultClients(storefrontScopes). */
  clients?: LocalApiClient[];
  /** The storefront client's scopes when `clients` is not given; default LOCAL_CT_STOREFRONT_SCOPES. */
  storefrontScopes?: readonly string[];
  /** Default 172800 (48 h, like the real API). */
  tokenTtlSeconds?: number;
  /** Default true: load the demo catalog. */
  seed?: boolean;
  /**
   * Published products added to the seeded catalog (benchmarks of large catalogs, e.g. 100,000):
   * copies of a demo product with their own ids, keys, slugs and SKUs. Default LOCAL_CT_GENERATED_PRODUCTS or 0.
   */
  generatedProducts?: number;
};

export type LocalBackend = {
  /** Both the auth URL and the API URL, e.g. http://127.0.0.1:8989 */
  url: string;
  projectKey: string;
  clients: LocalApiClient[];
  stats(): BackendStats;
  close(): Promise<void>;
};

export const HOST = '127.0.0.1';
export const DEFAULT_TOKEN_TTL_SECONDS = 172_800;

export type StartOptions = LocalBackendOptions & {
  /** The catalog to seed when `seed` is not false. */
  catalog?: () => SeedCatalog;
  /** Receives the seeding figures (for the CLI and the startup-time measurement). */
  onSeeded?: (report: SeedReport & { generated?: { products: number; millis: number } }) => void;
};

function generatedCount(options: StartOptions): number {
  const value = options.generatedProducts ?? Number(process.env.LOCAL_CT_GENERATED_PRODUCTS ?? 0);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`generatedProducts must be a whole number >= 0, got ${value}`);
  return value;
}

function portFrom(value: string | undefined): number {
  const port = Number(value ?? 8989);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`LOCAL_CT_PORT must be a port number, got "${value}"`);
  return port;
}

function storefrontScopes(options: StartOptions): readonly string[] {
  const scopes = options.storefrontScopes ?? storefrontScopesFromEnv(process.env);
  if (!scopes) throw new ClientConfigError('Name the storefront client\'s scopes: the storefrontScopes option, LOCAL_CT_STOREFRONT_SCOPES or LOCAL_CT_CLIENTS.');
  return scopes;
}

export async function startBackend(options: StartOptions = {}): Promise<LocalBackend> {
  const port = options.port ?? portFrom(process.env.LOCAL_CT_PORT);
  const projectKey = options.projectKey ?? process.env.LOCAL_CT_PROJECT_KEY ?? 'demo-store';
  const seed = options.seed ?? true;
  const generated = generatedCount(options);
  if (generated > 0 && !seed) throw new Error('generatedProducts copies a demo product: it needs the seeded catalog');
  const configured = options.clients ?? clientsFromEnv(process.env) ?? defaultClients(storefrontScopes(options));
  // Seeding goes through the API as the seed admin client, the Checkout simulation and the agent
  // authorization server as their own clients, so these exist whatever else is configured.
  // Copies: a test may change a client's grant at run time (compat/client-admin.ts), never the caller's object.
  const required = [...(seed ? [SEED_ADMIN_CLIENT] : []), CHECKOUT_SIMULATION_CLIENT, AGENT_AS_CLIENT];
  const clients = [...configured, ...required.filter((r) => !configured.some((c) => c.id === r.id))].map((c) => ({ ...c, scopes: [...c.scopes] }));

  const stats = new TokenRequestStats();
  const tokens = new TokenStore(options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS);
  const upstream = new Upstream(projectKey);
  const checkout = new CheckoutSimulation(projectKey, CHECKOUT_SIMULATION_CLIENT);
  const server = createHttpServer(createRouter({ projectKey, clients, tokens, stats, upstream, instance: newInstanceId(), checkout }));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const url = `http://${HOST}:${(server.address() as AddressInfo).port}`;
  checkout.listeningAt(url);

  let closed: Promise<void> | undefined;
  const backend: LocalBackend = {
    url,
    projectKey,
    clients,
    stats: () => stats.snapshot(),
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => upstream.close());
      return closed;
    },
  };

  if (seed) {
    if (!options.catalog) throw new Error('startBackend: seeding needs a catalog');
    try {
      const report = await seedCatalog({ url, projectKey, client: SEED_ADMIN_CLIENT }, options.catalog());
      const generatedMillis = generated > 0 ? await addGeneratedProducts(upstream, generated) : undefined;
      options.onSeeded?.({ ...report, ...(generatedMillis === undefined ? {} : { generated: { products: generated, millis: generatedMillis } }) });
    } catch (error) {
      await backend.close();
      throw error;
    }
  }
  return backend;
}
