// PUT /api/session/market with a cart: the cart follows the new currency, lines without a price in
// the new market are reported, and nothing else is lost.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalBackend } from '../../../../scripts/local-backend';
import { startStorefrontBackend, STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import { demoCatalog } from '../../../../scripts/local-backend/seed/demo-catalog';
import { adminApi, createPredicateCode } from '../../../harness/admin-api';
import { withEnv } from '../../../harness/fresh-modules';
import { apiRequest, routeContext, sessionCookie } from '../../../harness/requests';

const catalog = demoCatalog();
// This file adds a product, so it gets a backend of its own: the shared one must keep exactly the
// demo catalog that other tests count on.
let backend: LocalBackend;
let marketRoute: typeof import('@/app/api/session/market/route');
let sessionRoute: typeof import('@/app/api/session/route');
let ctApi: typeof import('@/lib/commercetools/client').ctApi;
let sessionSetCookie: typeof import('@/lib/session').sessionSetCookie;
const skus = catalog.products.slice(0, 2).map((p) => p.masterVariant!.sku!);
const USD_ONLY_SKU = `USD-ONLY-${randomUUID().slice(0, 8)}`;
const USD_ONLY_CODE = `DOLLARS-${randomUUID().slice(0, 8).toUpperCase()}`;

beforeAll(async () => {
  backend = await startStorefrontBackend({ port: 0 });
  const modules = await withEnv(
    {
      CTP_PROJECT_KEY: backend.projectKey,
      CTP_CLIENT_ID: STOREFRONT_CLIENT.id,
      CTP_CLIENT_SECRET: STOREFRONT_CLIENT.secret,
      CTP_AUTH_URL: backend.url,
      CTP_API_URL: backend.url,
    },
    async () => ({
      market: await import('@/app/api/session/market/route'),
      session: await import('@/app/api/session/route'),
      client: await import('@/lib/commercetools/client'),
      sessionLib: await import('@/lib/session'),
    }),
  );
  marketRoute = modules.market;
  sessionRoute = modules.session;
  ctApi = modules.client.ctApi;
  sessionSetCookie = modules.sessionLib.sessionSetCookie;

  // A product priced only in USD: it cannot move to the German market.
  const admin = adminApi(backend.url, backend.projectKey);
  const source = catalog.products[0]!;
  const created = await admin
    .products()
    .post({
      body: {
        productType: source.productType,
        taxCategory: source.taxCategory,
        name: { en: 'US-only mug', de: 'Nur-USA-Becher' },
        slug: { en: `us-only-${USD_ONLY_SKU.toLowerCase()}`, de: `nur-usa-${USD_ONLY_SKU.toLowerCase()}` },
        masterVariant: { sku: USD_ONLY_SKU, prices: [{ value: { currencyCode: 'USD', centAmount: 1500 }, country: 'US' }] },
        publish: true,
      },
    })
    .execute();
  expect(created.statusCode).toBe(201);

  // A code whose discount needs a cart total in dollars: it cannot move to a euro cart.
  await createPredicateCode(admin, USD_ONLY_CODE, 'totalPrice >= "0.01 USD"');
});
afterAll(() => backend?.close());

async function guestWithCart(lines: Array<{ sku: string; quantity: number }>) {
  const anonymousId = randomUUID();
  const cart = (
    await ctApi().carts().post({ body: { currency: 'USD', country: 'US', anonymousId, lineItems: lines } }).execute()
  ).body;
  const cookie = (await sessionSetCookie({ sid: randomUUID(), anonymousId, cartId: cart.id, cartVersion: cart.version, market: 'en-us' })).split(';')[0]!;
  return { cart, cookie, anonymousId };
}

describe('PUT /api/session/market with a cart', () => {
  it('re-creates the cart in the new currency with the same lines and owner, and reports what could not move', async () => {
    const { cart: oldCart, cookie, anonymousId } = await guestWithCart([
      { sku: skus[0]!, quantity: 2 },
      { sku: skus[1]!, quantity: 1 },
      { sku: USD_ONLY_SKU, quantity: 3 },
    ]);
    const response = await marketRoute.PUT(apiRequest('/api/session/market', { method: 'PUT', body: { locale: 'de-de' }, cookie }), routeContext());
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.market).toEqual({ locale: 'de-de', country: 'DE', currency: 'EUR' });
    expect(body.unmoved).toEqual([{ sku: USD_ONLY_SKU, name: 'Nur-USA-Becher' }]);
    expect(body.cart.itemCount).toBe(3);
    expect(body.cart.id).not.toBe(oldCart.id);

    const newCart = (await ctApi().carts().withId({ ID: body.cart.id }).get().execute()).body;
    expect(newCart).toMatchObject({ anonymousId, country: 'DE', cartState: 'Active' });
    expect(newCart.totalPrice.currencyCode).toBe('EUR');
    expect(newCart.lineItems.map((l) => [l.variant.sku, l.quantity, l.price.value.currencyCode]).sort()).toEqual(
      [[skus[0], 2, 'EUR'], [skus[1], 1, 'EUR']].sort(),
    );
    // The old cart is gone: the session owns exactly one active cart.
    await expect(ctApi().carts().withId({ ID: oldCart.id }).get().execute()).rejects.toMatchObject({ statusCode: 404 });

    // The session now points at the new cart.
    const next = sessionCookie(response)!;
    const view = await (await sessionRoute.GET(apiRequest('/api/session', { cookie: next }), routeContext())).json();
    expect(view).toMatchObject({ market: { locale: 'de-de' }, cart: { id: body.cart.id, itemCount: 3 } });
  });

  it("applies the cart's discount codes again in the new cart and names those that do not apply there", async () => {
    const { cart, anonymousId } = await guestWithCart([{ sku: skus[0]!, quantity: 2 }]);
    const withCodes = await ctApi()
      .carts()
      .withId({ ID: cart.id })
      .post({ body: { version: cart.version, actions: [{ action: 'addDiscountCode', code: 'WELCOME10' }, { action: 'addDiscountCode', code: USD_ONLY_CODE }] } })
      .execute();
    expect(withCodes.body.discountCodes.map((c) => c.state)).toEqual(['MatchesCart', 'MatchesCart']);
    const session = (await sessionSetCookie({ sid: randomUUID(), anonymousId, cartId: cart.id, cartVersion: withCodes.body.version, market: 'en-us' })).split(';')[0]!;
    const response = await marketRoute.PUT(apiRequest('/api/session/market', { method: 'PUT', body: { locale: 'de-de' }, cookie: session }), routeContext());
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ unmoved: [], unmovedCodes: [USD_ONLY_CODE] });
    const moved = (await ctApi().carts().withId({ ID: body.cart.id }).get({ queryArgs: { expand: ['discountCodes[*].discountCode'] } }).execute()).body;
    expect(moved.totalPrice.currencyCode).toBe('EUR');
    expect(moved.discountCodes.map((c) => [c.discountCode.obj?.code, c.state])).toEqual([['WELCOME10', 'MatchesCart']]);
  });

  it('limits how many carts a session re-creates: past 20 in 15 minutes a 429, and the cart stays where it was', async () => {
    const { cookie: first } = await guestWithCart([{ sku: skus[0]!, quantity: 1 }]);
    let cookie = first;
    const locales = ['de-de', 'en-us'] as const;
    for (let i = 0; i < 20; i++) {
      const response = await marketRoute.PUT(apiRequest('/api/session/market', { method: 'PUT', body: { locale: locales[i % 2] }, cookie }), routeContext());
      expect(response.status).toBe(200);
      cookie = sessionCookie(response) ?? cookie;
    }
    const before = await (await sessionRoute.GET(apiRequest('/api/session', { cookie }), routeContext())).json();
    const limited = await marketRoute.PUT(apiRequest('/api/session/market', { method: 'PUT', body: { locale: 'de-de' }, cookie }), routeContext());
    expect(limited.status).toBe(429);
    expect((await limited.json()).error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const after = await (await sessionRoute.GET(apiRequest('/api/session', { cookie: sessionCookie(limited) ?? cookie }), routeContext())).json();
    expect(after).toEqual(before);
    expect(after.market.locale).toBe('en-us');
  });

  it('keeps the cart when the market keeps the currency and country', async () => {
    const { cart, cookie } = await guestWithCart([{ sku: skus[0]!, quantity: 1 }]);
    const response = await marketRoute.PUT(apiRequest('/api/session/market', { method: 'PUT', body: { locale: 'en-us' }, cookie }), routeContext());
    const body = await response.json();
    expect(body).toMatchObject({ cart: { id: cart.id, itemCount: 1 }, unmoved: [] });
  });

  it("never touches a cart the session does not own", async () => {
    const { cart } = await guestWithCart([{ sku: skus[0]!, quantity: 1 }]);
    // Another shopper's session pointing at that cart id.
    const cookie = (await sessionSetCookie({ sid: randomUUID(), anonymousId: randomUUID(), cartId: cart.id })).split(';')[0]!;
    const response = await marketRoute.PUT(apiRequest('/api/session/market', { method: 'PUT', body: { locale: 'de-de' }, cookie }), routeContext());
    expect(await response.json()).toMatchObject({ cart: null, unmoved: [] });
    const untouched = (await ctApi().carts().withId({ ID: cart.id }).get().execute()).body;
    expect(untouched).toMatchObject({ version: cart.version, cartState: 'Active' });
    expect(untouched.totalPrice.currencyCode).toBe('USD');
  });
});
