// The shop domain behind a front door that is not the cookie session: an in-memory Shopper, the
// way an agent adapter (token -> context, its own store) would build one. Every rule is the same
// one the Route Handlers use, against the local commercetools backend over real HTTP, with no
// request, cookie or Next.js in the way. What a second front door adds is only this adapter.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
process.env.PAYMENT_PROVIDER = 'test';
import { marketFor } from '@/lib/markets';
import { addLineItem } from '@/lib/shop/cart/line-items';
import { MAX_LINE_QUANTITY } from '@/lib/shop/cart/limits';
import { readCart } from '@/lib/shop/cart/view';
import { setCheckoutDetails, setShippingMethod, shippingMethodsForCart } from '@/lib/shop/checkout/details';
import { placeOrder } from '@/lib/shop/checkout/place-order';
import type { ContextChange, Shopper, ShopperContext } from '@/lib/shop/context';
import { ShopError } from '@/lib/shop/errors';
import { findOrder } from '@/lib/shop/orders/orders';
import { inStockSkus, US_ADDRESS } from './cart/support';

/** A front door's adapter in a dozen lines: a context held in memory, changes applied to it. */
function memoryShopper(initial: Partial<ShopperContext> = {}): Shopper & { saved: ContextChange[] } {
  let context: ShopperContext = { market: marketFor('en-us'), ...initial };
  const saved: ContextChange[] = [];
  return {
    saved,
    context: async () => context,
    save: async (change) => {
      saved.push(change);
      context = { ...context, ...change, market: change.market ? marketFor(change.market) : context.market };
      return context;
    },
    forgetCustomer: async () => {
      context = { market: context.market };
    },
    // This front door has no budget of its own; the cookie adapter's throttles are tested in tests/integration/http.
    attempt: async () => ({ release: async () => undefined }),
  };
}

async function refusal(promise: Promise<unknown>): Promise<ShopError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ShopError);
  return error as ShopError;
}

const [sku] = inStockSkus();

describe('a second front door (in-memory shopper context)', () => {
  it('buys through the same domain calls: cart, details, shipping, order, order visible to its owner only', async () => {
    const agent = memoryShopper();
    const cart = await addLineItem(agent, { sku: sku!, quantity: 2 });
    expect(cart.itemCount).toBe(2);
    expect((await agent.context()).anonymousId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await agent.context()).cartVersion).toBeGreaterThan(0);

    await setCheckoutDetails(agent, { email: 'agent-buyer@example.com', shippingAddress: { ...US_ADDRESS } });
    const methods = await shippingMethodsForCart(agent);
    expect(methods.length).toBeGreaterThan(0);
    const priced = await setShippingMethod(agent, methods[0]!.id);
    expect(priced.total.centAmount).toBeGreaterThanOrEqual(cart.subtotal.centAmount);

    const placed = await placeOrder(agent, { idempotencyKey: randomUUID() });
    expect(placed.status).toBe(201);
    expect(placed.order.total).toEqual(priced.total);
    // The order is remembered and the cart forgotten, in the adapter's own store.
    expect((await agent.context()).cartId).toBeUndefined();
    expect((await findOrder(agent, placed.order.id)).id).toBe(placed.order.id);
    expect((await refusal(findOrder(memoryShopper(), placed.order.id))).reason).toBe('not_found');
  });

  it('applies the same limits and ownership rules, leaving the cart as it was', async () => {
    const agent = memoryShopper();
    const before = await addLineItem(agent, { sku: sku!, quantity: MAX_LINE_QUANTITY });
    const tooMany = await refusal(addLineItem(agent, { sku: sku!, quantity: 1 }));
    expect(tooMany.reason).toBe('line_quantity_limit');
    expect(tooMany.params).toEqual({ max: MAX_LINE_QUANTITY, current: MAX_LINE_QUANTITY, adding: 1 });
    expect(await readCart(agent)).toEqual(before);

    // Another shopper pointing at this cart (a forged or stale context) is refused and forgets it.
    const intruder = memoryShopper({ anonymousId: randomUUID(), cartId: before.id! });
    expect((await refusal(readCart(intruder))).reason).toBe('not_found');
    expect((await intruder.context()).cartId).toBeUndefined();
  });
});
