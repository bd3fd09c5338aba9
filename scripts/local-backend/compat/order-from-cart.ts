// POST /{projectKey}/orders, "Create Order from Cart", with the checks the mock skips: the cart
// version must be current (409 ConcurrentModification), the cart must still be orderable (a cart
// that was Ordered or Merged cannot be ordered again) and have a shipping address, and afterwards
// the cart is Ordered. Also accepts the older draft shape `{id, version}`.
//
// Carts that are Ordered or Merged accept no further updates either.
import type { Cart } from '@commercetools/platform-sdk';
import { z } from 'zod';
import { omit, parseBody } from './customer-accounts';
import { errors } from './errors';
import type { BackendContext, ProjectRoute } from './project-route';

const orderDraftFields = z.union([
  z.object({
    cart: z.object({ typeId: z.literal('cart').optional(), id: z.string().optional(), key: z.string().optional() }),
    version: z.number().int(),
  }),
  z.object({ id: z.string(), version: z.number().int() }),
]);

async function findCart(ctx: BackendContext, ref: { id?: string; key?: string }): Promise<Cart> {
  const cart = ref.id ? await ctx.upstream.get('cart', ref.id) : ref.key ? await ctx.upstream.getByKey('cart', ref.key) : null;
  if (!cart) throw errors.referencedResourceNotFound('cart', ref.id ? `identifier '${ref.id}'` : `key '${ref.key ?? ''}'`);
  return cart;
}

const CLOSED_STATES = new Set(['Ordered', 'Merged']);

export const orderFromCartRoute: ProjectRoute = {
  name: 'create order from cart',
  matches: (req) => req.method === 'POST' && req.segments.length === 1 && req.segments[0] === 'orders',
  async handle(req, ctx) {
    const fields = parseBody(orderDraftFields, req.body);
    const ref = 'cart' in fields ? fields.cart : { id: fields.id };
    const rest = omit(req.body ?? {}, ['id']);

    const located = await findCart(ctx, ref);
    // One order per cart even when two requests race: the second waits, then sees Ordered.
    return ctx.locks.run(`cart:${located.id}`, async () => {
      const cart = await findCart(ctx, { id: located.id });
      if (cart.version !== fields.version) throw errors.concurrentModification(cart.id, fields.version, cart.version);
      if (CLOSED_STATES.has(cart.cartState)) {
        throw errors.invalidOperation(`The cart '${cart.id}' is in state '${cart.cartState}' and cannot be ordered.`);
      }
      if (!cart.shippingAddress) {
        throw errors.invalidOperation(`The cart '${cart.id}' has no shipping address; set one before creating an order.`);
      }
      const draft = { ...rest, cart: { typeId: 'cart', id: cart.id }, version: fields.version };
      const created = await ctx.forward({ ...req, rawBody: JSON.stringify(draft) });
      await ctx.upstream.writeNewVersion('cart', cart.id, (c) => {
        c.cartState = 'Ordered';
      });
      return created;
    });
  },
};

/** POST /carts/{id} and /carts/key={key}: updates to a cart that is Ordered or Merged are refused. */
export const closedCartGuardRoute: ProjectRoute = {
  name: 'closed cart guard',
  matches: (req) => req.method === 'POST' && req.segments.length === 2 && req.segments[0] === 'carts',
  async handle(req, ctx) {
    const idOrKey = req.segments[1] ?? '';
    const byKey = idOrKey.startsWith('key=');
    const find = () => (byKey ? ctx.upstream.getByKey('cart', idOrKey.slice(4)) : ctx.upstream.get('cart', idOrKey));
    const located = await find();
    return ctx.locks.run(`cart:${located?.id ?? idOrKey}`, async () => {
      const cart = await find();
      if (cart && CLOSED_STATES.has(cart.cartState)) {
        throw errors.invalidOperation(`The cart '${cart.id}' is in state '${cart.cartState}' and cannot be modified.`);
      }
      return ctx.forward(req);
    });
  },
};
