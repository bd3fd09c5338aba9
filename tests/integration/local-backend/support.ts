// Shared helpers for the local backend tests: a backend on a free port, tokens, and plain HTTP
// calls that return status and JSON.
import { type LocalBackend, type StartOptions, startBackend } from '@/scripts/local-backend/backend';
import { type LocalApiClient, SEED_ADMIN_CLIENT } from '@/scripts/local-backend/clients';
import { STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import { tinyCatalog } from './fixtures/tiny-catalog';

export const PROJECT = 'test-store';

/** A client holding only the given scopes (bare names), for scope tests. */
export function clientWith(id: string, scopes: string[]): LocalApiClient {
  return { id, secret: `${id}-secret`, scopes };
}

export function startTestBackend(options: StartOptions = {}): Promise<LocalBackend> {
  return startBackend({
    port: 0,
    projectKey: PROJECT,
    clients: [STOREFRONT_CLIENT, SEED_ADMIN_CLIENT],
    catalog: tinyCatalog,
    ...options,
  });
}

/** Response JSON as tests read it: freely, field by field, with assertions doing the checking. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export type JsonResponse<T = Json> = { status: number; body: T; headers: Headers };

export async function requestToken(
  backend: LocalBackend,
  client: Pick<LocalApiClient, 'id' | 'secret'>,
  params: Record<string, string> = {},
): Promise<JsonResponse> {
  const response = await fetch(`${backend.url}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...params }),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

export async function tokenFor(backend: LocalBackend, client: LocalApiClient, scope?: string): Promise<string> {
  const { status, body } = await requestToken(backend, client, scope ? { scope } : {});
  if (status !== 200) throw new Error(`token request failed: ${JSON.stringify(body)}`);
  return body.access_token as string;
}

/** An API caller for one token: `api('POST', '/carts', draft)` -> {status, body}. */
export function apiAs(backend: LocalBackend, token: string | undefined) {
  return async function api<T = Json>(
    method: string,
    path: string,
    body?: unknown,
    init: { rawBody?: string; projectKey?: string } = {},
  ): Promise<JsonResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${backend.url}/${init.projectKey ?? backend.projectKey}${path}`, {
      method,
      headers,
      body: init.rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
}

export type Api = ReturnType<typeof apiAs>;

/** A cart with one line item per SKU (quantities as given). */
export async function createCart(
  api: Api,
  opts: { items?: Array<[sku: string, quantity: number]>; anonymousId?: string; customerId?: string; shippingAddress?: boolean } = {},
) {
  const { status, body } = await api('POST', '/carts', {
    currency: 'USD',
    country: 'US',
    anonymousId: opts.anonymousId,
    customerId: opts.customerId,
    lineItems: (opts.items ?? []).map(([sku, quantity]) => ({ sku, quantity })),
    shippingAddress: opts.shippingAddress === false ? undefined : { country: 'US', city: 'Springfield' },
  });
  if (status !== 201) throw new Error(`cart creation failed: ${JSON.stringify(body)}`);
  return body as { id: string; version: number; cartState: string; lineItems: Array<{ id: string; variant: { sku: string }; quantity: number }> };
}
