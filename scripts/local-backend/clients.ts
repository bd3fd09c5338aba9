// The API clients the local backend knows: who may ask for tokens, with which secret and scopes.
// Like a real project, clients are configuration, not data: they are fixed when the backend starts.
// The storefront client's scopes are configuration too (the backend imports no product code): the
// caller passes them (scripts/storefront-backend.ts passes lib/security/scopes.ts's list), or
// LOCAL_CT_STOREFRONT_SCOPES names them, space-separated.
import { z } from 'zod';

/** Scopes bare (`manage_orders`, meaning this backend's project) or full (`manage_orders:demo-store`). */
export type LocalApiClient = { id: string; secret: string; scopes: string[] };

/** The storefront's Frontend API client. The secret is a local-only value, never valid anywhere else. */
export const STOREFRONT_CLIENT_ID = 'storefront-local';

export function storefrontClient(scopes: readonly string[]): LocalApiClient {
  return { id: STOREFRONT_CLIENT_ID, secret: 'local-only-storefront-secret-0000000000', scopes: [...scopes] };
}

/**
 * The storefront's client for commercetools Checkout (PAYMENT_PROVIDER=commercetools-checkout): the
 * storefront scopes plus manage_sessions, which creating a Checkout session needs. A client of its
 * own, so the default one proves that the provider is refused without that scope.
 */
export const STOREFRONT_CHECKOUT_CLIENT_ID = 'storefront-checkout-local';

export function storefrontCheckoutClient(scopes: readonly string[]): LocalApiClient {
  return { id: STOREFRONT_CHECKOUT_CLIENT_ID, secret: 'local-only-storefront-checkout-secret-00', scopes: [...scopes, 'manage_sessions'] };
}

/**
 * The Checkout simulation's own client (scripts/local-backend/checkout): like commercetools Checkout,
 * it creates payments and orders with credentials of its own, never the storefront's.
 */
export const CHECKOUT_SIMULATION_CLIENT: LocalApiClient = {
  id: 'checkout-simulation-local',
  secret: 'local-only-checkout-simulation-secret-0',
  scopes: ['manage_orders', 'manage_payments'],
};

/**
 * The local agent authorization server's own client (scripts/local-agent-as): it signs customers in
 * (POST /login) and, for the dev-only agent:token command, finds one by email. Nothing else.
 */
export const AGENT_AS_CLIENT: LocalApiClient = {
  id: 'agent-as-local',
  secret: 'local-only-agent-as-secret-00000000000',
  scopes: ['manage_customers'],
};

/** Admin client used only by the seeder; the storefront never receives it. */
export const SEED_ADMIN_CLIENT: LocalApiClient = {
  id: 'seed-admin-local',
  secret: 'local-only-seed-admin-secret-000000000',
  scopes: ['manage_project'],
};

export function defaultClients(storefrontScopes: readonly string[]): LocalApiClient[] {
  return [storefrontClient(storefrontScopes), storefrontCheckoutClient(storefrontScopes), SEED_ADMIN_CLIENT];
}

/** The storefront scopes from LOCAL_CT_STOREFRONT_SCOPES (space-separated), or undefined when unset. */
export function storefrontScopesFromEnv(env: Record<string, string | undefined>): string[] | undefined {
  const scopes = (env.LOCAL_CT_STOREFRONT_SCOPES ?? '').split(/\s+/).filter(Boolean);
  return scopes.length ? scopes : undefined;
}

const scopeSchema = z
  .string()
  .regex(/^[a-z_]+(:[A-Za-z0-9_-]+){0,2}$/, 'must look like "manage_orders" or "manage_orders:project-key"');

const clientSchema = z.strictObject({
  id: z.string().min(1, 'must not be empty'),
  secret: z.string().min(1, 'must not be empty'),
  scopes: z.array(scopeSchema).min(1, 'must list at least one scope'),
});

const clientListSchema = z
  .array(clientSchema)
  .min(1, 'must list at least one client')
  .refine((clients) => new Set(clients.map((c) => c.id)).size === clients.length, 'client ids must be unique');

export class ClientConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClientConfigError';
  }
}

/**
 * Clients from `LOCAL_CT_CLIENTS` (JSON `[{id, secret, scopes}]`), or undefined when it is unset.
 * A malformed value throws a ClientConfigError that names the problem instead of silently
 * falling back to the defaults.
 */
export function clientsFromEnv(env: Record<string, string | undefined>): LocalApiClient[] | undefined {
  const raw = env.LOCAL_CT_CLIENTS;
  if (raw === undefined || raw.trim() === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ClientConfigError(`LOCAL_CT_CLIENTS is not valid JSON: ${(error as Error).message}`);
  }
  const result = clientListSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'} ${i.message}`);
    throw new ClientConfigError(
      `LOCAL_CT_CLIENTS must be a JSON array of {id, secret, scopes}: ${problems.join('; ')}`,
    );
  }
  return result.data;
}
