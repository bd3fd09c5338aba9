// Optimistic concurrency: every cart change is one update with the version the session last saw; a
// 409 re-plans the change on the current cart (a bounded number of times, with jittered pauses), only
// a conflict that outlasts the bound reaches the client, and nothing is lost or applied twice.
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import * as lineItemsRoute from '@/app/api/cart/line-items/route';
import * as lineItemRoute from '@/app/api/cart/line-items/[id]/route';
import { ctApi } from '@/lib/commercetools/client';
import { readSession } from '@/lib/session';
import { MAX_CHANGE_ATTEMPTS } from '@/lib/shop/cart/owned-cart';
import type { CartLineItem } from '@/lib/types';
import { Shopper, expectStatus, inStockSkus, loadBuyModulesVia, startInterceptingProxy, storedCart } from './support';

const backend = inject('localBackend');
const skus = inStockSkus();

const add = (shopper: Shopper, sku: string, quantity: number, route = lineItemsRoute) =>
  shopper.call(route.POST, '/api/cart/line-items', { method: 'POST', body: { sku, quantity } });
const patch = (shopper: Shopper, id: string, quantity: number, route = lineItemRoute) =>
  shopper.call(route.PATCH, `/api/cart/line-items/${id}`, { method: 'PATCH', body: { quantity }, params: { id } });

const lines = async (cartId: string) => (await storedCart(cartId)).lineItems.map((l) => [l.variant.sku, l.quantity]);

/** A second browser tab: the same session (same owner, same cart, same version) in another cookie. */
async function secondTab(shopper: Shopper): Promise<Shopper> {
  const data = (await readSession(shopper.cookie!)).data!;
  const rest: Omit<typeof data, 'sid'> = { ...data };
  delete (rest as Partial<typeof data>).sid;
  return Shopper.withSession(rest);
}

describe('conflicting cart changes', () => {
  it('two tabs with the same cart version: the second change is re-applied on the new version, both survive', async () => {
    const tabA = new Shopper();
    const cart = await expectStatus(await add(tabA, skus[0]!, 1), 200);
    const tabB = await secondTab(tabA);

    await expectStatus(await patch(tabA, cart.lineItems[0].id, 3), 200);
    // Tab B still holds the old version: commercetools answers 409, the server re-reads and re-applies.
    const fromB = await expectStatus(await add(tabB, skus[1]!, 2), 200);
    expect(fromB.lineItems.map((l: CartLineItem) => [l.sku, l.quantity])).toEqual([[skus[0], 3], [skus[1], 2]]);
    expect(await lines(cart.id)).toEqual([[skus[0], 3], [skus[1], 2]]);

    // And the other way round: tab A is now behind.
    const fromA = await expectStatus(await patch(tabA, cart.lineItems[0].id, 5), 200);
    expect(fromA.lineItems.map((l: CartLineItem) => [l.sku, l.quantity])).toEqual([[skus[0], 5], [skus[1], 2]]);
    const stored = await storedCart(cart.id);
    expect((await readSession(tabA.cookie!)).data?.cartVersion).toBe(stored.version);
  });

  it('a cart changed behind the session\'s back: the change applies to the current cart and re-checks the limits', async () => {
    const shopper = new Shopper();
    const cart = await expectStatus(await add(shopper, skus[0]!, 10), 200);
    const stored = await storedCart(cart.id);
    await ctApi()
      .carts()
      .withId({ ID: cart.id })
      .post({ body: { version: stored.version, actions: [{ action: 'changeLineItemQuantity', lineItemId: stored.lineItems[0]!.id, quantity: 95 }] } })
      .execute();
    // The session saw 10 (room for 89 more), the cart now holds 95: the re-check refuses 10 more.
    await expectStatus(await add(shopper, skus[0]!, 10), 422);
    expect(await lines(cart.id)).toEqual([[skus[0], 95]]);
    const ok = await expectStatus(await add(shopper, skus[0]!, 4), 200);
    expect(ok.lineItems[0].quantity).toBe(99);
  });

  it("a line removed in another tab is a 404 for this tab's change of it", async () => {
    const tabA = new Shopper();
    const cart = await expectStatus(await add(tabA, skus[0]!, 1), 200);
    await expectStatus(await add(tabA, skus[1]!, 1), 200);
    const tabB = await secondTab(tabA);
    await expectStatus(await tabA.call(lineItemRoute.DELETE, '/x', { method: 'DELETE', params: { id: cart.lineItems[0].id } }), 200);
    await expectStatus(await patch(tabB, cart.lineItems[0].id, 4), 404);
    expect(await lines(cart.id)).toEqual([[skus[1], 1]]);
  });
});

describe('a conflict that outlasts the bound goes to the client', () => {
  it(`answers 409 when every one of ${MAX_CHANGE_ATTEMPTS} attempts conflicts, and applies nothing of it`, async () => {
    // The cart changes behind the server's back (so this instance has no snapshot of the new
    // version), and a proxy changes it again right after every read the server makes: every
    // re-planned update conflicts too.
    const proxy = await startInterceptingProxy(backend.url);
    try {
      const routes = await loadBuyModulesVia(proxy.url, backend);
      const shopper = new Shopper();
      const cart = await expectStatus(await add(shopper, skus[0]!, 1, routes.lineItems), 200);
      const bump = async (cartId: string) => {
        const current = await storedCart(cartId);
        const line = current.lineItems[0]!;
        await ctApi()
          .carts()
          .withId({ ID: cartId })
          .post({ body: { version: current.version, actions: [{ action: 'changeLineItemQuantity', lineItemId: line.id, quantity: line.quantity + 1 }] } })
          .execute();
      };
      await bump(cart.id);
      let reads = 0;
      proxy.after(
        'GET',
        /\/carts\/([0-9a-f-]{36})(\?|$)/,
        async ([, cartId]) => {
          reads += 1;
          await bump(cartId!);
        },
        1_000,
      );
      const error = (await expectStatus(await add(shopper, skus[1]!, 1, routes.lineItems), 409)).error;
      expect(error.code).toBe('conflict');
      // Bounded: a read before each re-planned attempt, MAX_CHANGE_ATTEMPTS attempts in all.
      expect(reads).toBe(MAX_CHANGE_ATTEMPTS - 1);
      expect(await lines(cart.id)).toEqual([[skus[0], 2 + reads]]);
    } finally {
      await proxy.close();
    }
  });
});

describe('contention', () => {
  it('ten adds fired at once from one session all succeed: no 409, no lost update, no duplicate line', async () => {
    const shopper = new Shopper();
    const cart = await expectStatus(await add(shopper, skus[0]!, 1), 200);
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 10 }, () => add(new Shopper(shopper.cookie), skus[0]!, 1)));
    const statuses = answers.map((a) => a.status);
    console.info(`[contention] 10 concurrent adds: statuses ${JSON.stringify(statuses)} in ${Date.now() - started} ms`);
    expect(statuses).toEqual(Array(10).fill(200));
    expect(await lines(cart.id)).toEqual([[skus[0], 11]]);
  });
});
