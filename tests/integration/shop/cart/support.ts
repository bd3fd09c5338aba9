// Shared by the cart, checkout and orders integration tests: a shopper that calls the real Route
// Handlers with its session cookie (like a browser), demo-catalog SKUs by stock and market, and
// direct commercetools reads to compare what the API says with what is stored.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Cart as CtCart } from '@commercetools/platform-sdk';
import type { NextRequest } from 'next/server';
import { expect } from 'vitest';
import { ctApi } from '@/lib/commercetools/client';
import { sessionSetCookie, type SessionData } from '@/lib/session';
import { type LocalBackend } from '../../../../scripts/local-backend';
import { startStorefrontBackend, STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import { adminApi } from '../../../harness/admin-api';
import { catalog, priceIn, variantsOf } from '../../../harness/demo-expectations';
import { withEnv } from '../../../harness/fresh-modules';
import { apiRequest, routeContext, sessionCookie } from '../../../harness/requests';

export type Handler = (request: NextRequest, context: ReturnType<typeof routeContext>) => Promise<Response>;
type Options = { method?: string; body?: unknown; rawBody?: string; headers?: Record<string, string>; params?: Record<string, string> };

/** A browser session: sends its cookie, keeps whatever cookie the answer sets. */
export class Shopper {
  constructor(public cookie?: string) {}

  static async withSession(data: Omit<SessionData, 'sid'>): Promise<Shopper> {
    // A signed-in session is dated from its sign-in, as lib/session/sign-in.ts seals it.
    const signedIn = data.customerId && data.authAt === undefined ? { authAt: Date.now() } : {};
    const cookie = (await sessionSetCookie({ sid: randomUUID(), ...signedIn, ...data })).split(';')[0]!;
    return new Shopper(cookie);
  }

  async call(handler: Handler, path: string, options: Options = {}): Promise<Response> {
    const response = await handler(
      apiRequest(path, { method: options.method, body: options.body, rawBody: options.rawBody, headers: options.headers, cookie: this.cookie }),
      routeContext(options.params ?? {}),
    );
    const next = sessionCookie(response);
    if (next !== undefined) this.cookie = next.endsWith('=') ? undefined : next;
    return response;
  }
}

/** The JSON answer (untyped, like `response.json()`), after checking the status. */
export async function expectStatus(response: Response, status: number) {
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(status);
  return body;
}

export type Answer = Awaited<ReturnType<typeof expectStatus>>;

const inventory = new Map(catalog.inventory.map((entry) => [entry.sku, entry.quantityOnStock]));

/** Published demo SKUs with a price in the market and stock, in catalog order. */
export function inStockSkus(currency = 'USD', country = 'US'): string[] {
  return catalog.products.flatMap((product) =>
    variantsOf(product)
      .filter((v) => v.sku && priceIn(v, currency, country) !== undefined && (inventory.get(v.sku) ?? 0) > 0)
      .map((v) => v.sku!),
  );
}

export function outOfStockSku(): string {
  const sku = catalog.inventory.find((entry) => entry.quantityOnStock === 0)?.sku;
  if (!sku) throw new Error('the demo catalog has no out-of-stock SKU');
  return sku;
}

/** The demo price of a SKU in a market, in cents. */
export function demoPrice(sku: string, currency = 'USD', country = 'US'): number {
  for (const product of catalog.products) {
    const variant = variantsOf(product).find((v) => v.sku === sku);
    if (variant) return priceIn(variant, currency, country)!;
  }
  throw new Error(`no demo SKU ${sku}`);
}

export async function storedCart(id: string): Promise<CtCart> {
  return (await ctApi().carts().withId({ ID: id }).get().execute()).body;
}

/** What "the cart is unchanged" compares: version, state and every line's SKU and quantity. */
export function cartState(cart: CtCart) {
  return {
    version: cart.version,
    cartState: cart.cartState,
    lines: cart.lineItems.map((l) => [l.variant.sku, l.quantity]),
    codes: cart.discountCodes.map((c) => c.discountCode.id),
    total: cart.totalPrice.centAmount,
  };
}

export async function ordersOfCart(cartId: string): Promise<number> {
  const result = await ctApi()
    .orders()
    .get({ queryArgs: { where: 'cart(id = :cartId)', 'var.cartId': cartId, limit: 100 } })
    .execute();
  return result.body.results.length;
}

export const US_ADDRESS = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  streetName: 'Market Street',
  streetNumber: '1',
  postalCode: '94103',
  city: 'San Francisco',
  country: 'US',
  state: 'CA',
};

/** The Buy Route Handlers and the commercetools client, loaded for the current env. */
export async function loadBuyModules() {
  return {
    cart: await import('@/app/api/cart/route'),
    lineItems: await import('@/app/api/cart/line-items/route'),
    lineItem: await import('@/app/api/cart/line-items/[id]/route'),
    codes: await import('@/app/api/cart/discount-codes/route'),
    code: await import('@/app/api/cart/discount-codes/[id]/route'),
    details: await import('@/app/api/checkout/details/route'),
    methods: await import('@/app/api/checkout/shipping-methods/route'),
    method: await import('@/app/api/checkout/shipping-method/route'),
    order: await import('@/app/api/checkout/order/route'),
    paymentSession: await import('@/app/api/checkout/payment-session/route'),
    confirmHosted: await import('@/app/api/checkout/payment-session/confirm/route'),
    orders: await import('@/app/api/orders/route'),
    orderById: await import('@/app/api/orders/[id]/route'),
    client: await import('@/lib/commercetools/client'),
  };
}

export type BuyModules = Awaited<ReturnType<typeof loadBuyModules>>;

/**
 * A local backend of the test's own, with the Buy modules wired to it: for tests that change the
 * catalog (prices, stock, shipping methods) or count requests, which must not disturb the shared
 * backend other test files compare against the demo catalog.
 */
export async function startOwnBackend(env: Record<string, string> = {}): Promise<{ backend: LocalBackend; admin: ReturnType<typeof adminApi>; modules: BuyModules }> {
  const backend = await startStorefrontBackend({ port: 0 });
  const modules = await withEnv(
    {
      CTP_PROJECT_KEY: backend.projectKey,
      CTP_CLIENT_ID: STOREFRONT_CLIENT.id,
      CTP_CLIENT_SECRET: STOREFRONT_CLIENT.secret,
      CTP_AUTH_URL: backend.url,
      CTP_API_URL: backend.url,
      ...env,
    },
    loadBuyModules,
  );
  return { backend, admin: adminApi(backend.url, backend.projectKey), modules };
}

/**
 * An HTTP proxy in front of a backend that can run a hook right after forwarding a matching request
 * (before answering it): to change a cart "between" two of the server's requests.
 */
export async function startInterceptingProxy(target: string) {
  type Hook = { method: string; path: RegExp; run: (match: RegExpExecArray) => Promise<void>; times: number };
  let hook: Hook | null = null;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)),
    ) as Record<string, string>;
    const upstream = await fetch(`${target}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
    const text = await upstream.text();
    const match = hook && req.method === hook.method ? hook.path.exec(req.url ?? '') : null;
    if (hook && match) {
      const { run } = hook;
      hook.times -= 1;
      if (hook.times <= 0) hook = null;
      await run(match);
    }
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Runs `run` after the next `times` `method` requests whose URL matches `path` were answered upstream. */
    after(method: string, path: RegExp, run: Hook['run'], times = 1) {
      hook = { method, path, run, times };
    },
    get armed() {
      return hook !== null;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The Buy modules wired to another API URL (e.g. a proxy) for a backend's project and client. */
export function loadBuyModulesVia(apiUrl: string, backend: { url: string; projectKey: string }, env: Record<string, string> = {}) {
  return withEnv(
    {
      CTP_PROJECT_KEY: backend.projectKey,
      CTP_CLIENT_ID: STOREFRONT_CLIENT.id,
      CTP_CLIENT_SECRET: STOREFRONT_CLIENT.secret,
      CTP_AUTH_URL: backend.url,
      CTP_API_URL: apiUrl,
      ...env,
    },
    loadBuyModules,
  );
}
