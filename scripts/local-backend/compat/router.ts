// Where each request goes: the token endpoint, the stats endpoint, or a project call, which is
// authenticated, authorized by scope, body-checked, version-checked (updates and deletes of one
// resource), and then handled by a compatibility route or forwarded to the mock.
import type { LocalApiClient } from '../clients';
import { authenticate, authorize } from './bearer-auth';
import { customerAccountRoutes } from './customer-accounts';
import { customerLoginRoute } from './customer-login';
import { errors } from './errors';
import { forwardToMock } from './forward';
import { type CompatRequest, type CompatResponse, jsonResponse } from './http';
import { cartMoneyRoutes, discountAdminRoutes, matchingCartRoute, orderFromCartMoneyRoute, withRecalculatedCart } from './money';
import { parseJsonBody } from './json-body';
import { handleClientScopes, isClientAdminPath } from './client-admin';
import { handleIdentity, IDENTITY_PATH } from './identity';
import { handleTokenRequest } from './oauth-token';
import { ReentrantKeyedLock, withVersionCheck } from './optimistic-concurrency';
import { closedCartGuardRoute } from './order-from-cart';
import { productSearchRoutes } from './product-search';
import type { BackendContext, ProjectRequest, ProjectRoute } from './project-route';
import { CHECKOUT_PREFIX, type CheckoutSimulation } from '../checkout/simulation';
import type { TokenRequestStats, TokenStore } from './token-store';
import type { Upstream } from './upstream';

export const STATS_PATH = '/__local/stats';

/** First match wins; anything unmatched is forwarded to the mock as it is. */
const PROJECT_ROUTES: readonly ProjectRoute[] = [
  withRecalculatedCart(customerLoginRoute),
  ...customerAccountRoutes.map(withRecalculatedCart),
  // Orders, carts, matching shipping methods and discounts with the API's money (compat/money).
  orderFromCartMoneyRoute,
  ...cartMoneyRoutes,
  matchingCartRoute,
  ...discountAdminRoutes,
  closedCartGuardRoute,
  ...productSearchRoutes,
];

const API_METHODS = new Set(['GET', 'HEAD', 'POST', 'DELETE']);

export type RouterDeps = {
  projectKey: string;
  clients: readonly LocalApiClient[];
  tokens: TokenStore;
  stats: TokenRequestStats;
  upstream: Upstream;
  /** This backend process's id, part of its identity proof (compat/identity.ts). */
  instance: string;
  /** commercetools Checkout, simulated (scripts/local-backend/checkout). */
  checkout: CheckoutSimulation;
};

function decodeSegments(path: string): string[] {
  try {
    return path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    throw errors.uriNotFound(path);
  }
}

export function createRouter(deps: RouterDeps): (req: CompatRequest) => Promise<CompatResponse> {
  const context: BackendContext = {
    upstream: deps.upstream,
    // Reentrant: the version check holds a resource's lock around the route that may lock it too.
    locks: new ReentrantKeyedLock(),
    forward: (req) => forwardToMock(req, deps.upstream),
  };

  async function projectCall(req: CompatRequest): Promise<CompatResponse> {
    const [projectKey = '', ...rest] = decodeSegments(req.path);
    const token = authenticate(req, deps.tokens);
    deps.stats.recordApiCall(token.clientId);

    let storeKey: string | undefined;
    let segments = rest;
    if (rest[0] === 'in-store' && rest[1]?.startsWith('key=')) {
      storeKey = rest[1].slice('key='.length);
      segments = rest.slice(2);
    }
    authorize(token, projectKey, { method: req.method, segments, query: req.query });
    // Only reachable with a token for another project this backend does not serve.
    if (projectKey !== deps.projectKey) throw errors.uriNotFound(req.path);
    if (!API_METHODS.has(req.method)) throw errors.methodNotAllowed(req.method, req.path);

    const projectReq: ProjectRequest = { ...req, projectKey, storeKey, segments, token, body: parseJsonBody(req) };
    const route = PROJECT_ROUTES.find((r) => r.matches(projectReq));
    try {
      return await withVersionCheck(projectReq, context, () => (route ? route.handle(projectReq, context) : context.forward(projectReq)));
    } finally {
      // Any write under /products (not the search, a read) may change what the projections show.
      if (req.method !== 'GET' && req.method !== 'HEAD' && segments[0] === 'products' && segments[1] !== 'search') deps.upstream.productsChanged();
    }
  }

  return async function route(req: CompatRequest): Promise<CompatResponse> {
    if (req.path === STATS_PATH && req.method === 'GET') return jsonResponse(200, deps.stats.snapshot());
    if (req.path === IDENTITY_PATH) return handleIdentity(req, deps);
    if (isClientAdminPath(req.path)) return handleClientScopes(req, deps);
    if (req.path.startsWith(CHECKOUT_PREFIX)) return deps.checkout.handle(req, deps.tokens);
    if (req.path === '/oauth/token') {
      if (req.method !== 'POST') throw errors.methodNotAllowed(req.method, req.path);
      return handleTokenRequest(req, deps);
    }
    // Customer (password) and anonymous token flows need manage_my_* scopes, which no storefront
    // client may hold; they are not served here.
    if (req.path.startsWith('/oauth/') || req.path === '/' || req.path === '') throw errors.uriNotFound(req.path);
    return projectCall(req);
  };
}
