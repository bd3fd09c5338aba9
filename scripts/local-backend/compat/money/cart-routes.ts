// Cart calls with the API's money: creation, updates (the mock applies the actions, then the Cart
// is recalculated; a result the API would refuse is rolled back and answered with its error), reads
// of Carts changed elsewhere, and the Discount Code checks of Add DiscountCode.
//
// - Add DiscountCode: an unknown code is 400 DiscountCodeNonApplicable `DoesNotExist`; a code (or
//   all its Cart Discounts) inactive: `NotActive`; outside its validity period (or all its active
//   Cart Discounts outside theirs): `TimeRangeNonApplicable`. Any other code is added, with its
//   DiscountCodeState (MatchesCart, DoesNotMatchCart, ...).
// - Create Cart with `discountCodes`: every code must end up MatchesCart.
// - Set ShippingMethod (and `shippingMethod` of a CartDraft): InvalidOperation when the method is
//   inactive, has no rate for the Zone of the shipping address in the Cart's currency, is for
//   another Store, or its predicate does not match.
// - Changing the shipping address re-selects the rate of the method for the new Zone; a method
//   without a rate there makes the update fail (InvalidOperation): remove or change it in the same
//   request.
import type { Cart, CartDiscount, DiscountCode } from '@commercetools/platform-sdk';
import { CtError } from '../errors';
import { closedCartGuardRoute } from '../order-from-cart';
import type { BackendContext, ProjectRequest, ProjectRoute } from '../project-route';
import { isValidAt } from './discounts';
import { discountCodeNonApplicable, duplicateField } from './money-errors';
import {
  forgetCart,
  readBack,
  recalculateStoredCart,
  restoreCart,
  settleAllCarts,
  settleCart,
} from './store';

type Action = { action?: unknown; code?: unknown; shippingMethod?: unknown };

function actionsOf(req: ProjectRequest): Action[] {
  const actions = req.body?.actions;
  return Array.isArray(actions) ? actions.filter((a): a is Action => typeof a === 'object' && a !== null) : [];
}

/** The checks Add DiscountCode makes before a code is added (see the file comment). */
export async function checkDiscountCodesToAdd(ctx: BackendContext, codes: readonly string[], now = new Date()): Promise<void> {
  if (codes.length === 0) return;
  const all = await ctx.upstream.all('discount-code');
  const cartDiscounts = new Map((await ctx.upstream.all('cart-discount')).map((d) => [d.id, d]));
  for (const text of codes) {
    const code: DiscountCode | undefined = all.find((c) => c.code === text);
    if (!code) throw discountCodeNonApplicable(text, 'DoesNotExist');
    const active = code.cartDiscounts
      .map((ref) => cartDiscounts.get(ref.id))
      .filter((d): d is CartDiscount => d !== undefined && d.isActive);
    if (!code.isActive || active.length === 0) throw discountCodeNonApplicable(text, 'NotActive', code, now);
    if (!isValidAt(code, now) || !active.some((d) => isValidAt(d, now))) {
      throw discountCodeNonApplicable(text, 'TimeRangeNonApplicable', code, now);
    }
  }
}

/** The mock's own answer to a shipping method it does not accept, in the words the API uses. */
function asInvalidOperation(error: unknown, settingShippingMethod: boolean): unknown {
  if (settingShippingMethod && error instanceof CtError && error.errors[0].code === 'ShippingMethodDoesNotMatchCart') {
    return new CtError(400, [{ code: 'InvalidOperation', message: error.errors[0].message }]);
  }
  return error;
}

const isCartPath = (req: ProjectRequest) => req.segments[0] === 'carts';

/** POST /carts (and in a Store): the mock creates the Cart, then its money is calculated. */
const createCart: ProjectRoute = {
  name: 'create cart (money)',
  matches: (req) => req.method === 'POST' && isCartPath(req) && req.segments.length === 1,
  async handle(req, ctx) {
    const draft = req.body ?? {};
    const codes = Array.isArray(draft.discountCodes) ? draft.discountCodes.filter((c): c is string => typeof c === 'string') : [];
    await checkDiscountCodesToAdd(ctx, codes);
    // The mock drops a CartDraft's `key`; it is kept (and unique) as on the API.
    const key = typeof draft.key === 'string' ? draft.key : undefined;
    if (key !== undefined && (await ctx.upstream.getByKey('cart', key))) throw duplicateField('key', key);
    const settingShippingMethod = draft.shippingMethod !== undefined && draft.shippingMethod !== null;
    let created;
    try {
      created = await ctx.forward(req);
    } catch (error) {
      throw asInvalidOperation(error, settingShippingMethod);
    }
    const { id } = JSON.parse(created.rawJson ?? '{}') as { id: string };
    if (key !== undefined) {
      await ctx.upstream.patchStored('cart', id, (stored) => {
        stored.key = key;
      });
    }
    const cart = await ctx.upstream.get('cart', id);
    if (!cart) return created;
    try {
      const next = await recalculateStoredCart(ctx, cart, { validateShippingMethod: settingShippingMethod });
      const failing = next.discountCodes.find((info) => info.state !== 'MatchesCart');
      if (failing) {
        const code = await ctx.upstream.get('discount-code', failing.discountCode.id);
        throw discountCodeNonApplicable(code?.code ?? failing.discountCode.id, failing.state, code ?? undefined);
      }
    } catch (error) {
      await forgetCart(ctx, id);
      throw error;
    }
    return readBack(ctx, req, 'carts', id, created.status);
  },
};

/** POST /carts/{id} and /carts/key={key}: the actions, then the recalculation, all or nothing. */
const updateCart: ProjectRoute = {
  name: 'update cart (money)',
  matches: (req) => req.method === 'POST' && isCartPath(req) && req.segments.length === 2 && req.segments[1] !== 'replicate',
  async handle(req, ctx) {
    const idOrKey = req.segments[1] ?? '';
    const find = () => (idOrKey.startsWith('key=') ? ctx.upstream.getByKey('cart', idOrKey.slice(4)) : ctx.upstream.get('cart', idOrKey));
    const located = await find();
    if (!located) return closedCartGuardRoute.handle(req, ctx);
    return ctx.locks.run(`cart:${located.id}`, async () => {
      await settleCart(ctx, located.id);
      const before = await ctx.upstream.get('cart', located.id);
      // Closed carts and anything unexpected: the guard answers as before.
      if (!before || before.cartState !== 'Active') return closedCartGuardRoute.handle(req, ctx);

      const actions = actionsOf(req);
      const codes = actions
        .filter((a) => a.action === 'addDiscountCode' && typeof a.code === 'string')
        .map((a) => a.code as string);
      await checkDiscountCodesToAdd(ctx, codes);
      const settingShippingMethod = actions.some(
        (a) => a.action === 'setShippingMethod' && a.shippingMethod !== undefined && a.shippingMethod !== null,
      );

      let response;
      try {
        response = await closedCartGuardRoute.handle(req, ctx);
      } catch (error) {
        throw asInvalidOperation(error, settingShippingMethod);
      }
      const after = await ctx.upstream.get('cart', located.id);
      if (!after) return response;
      const changed = after.version !== before.version;
      try {
        // Actions the mock saw as no change (`recalculate`) still recalculate the money.
        await recalculateStoredCart(ctx, after, { validateShippingMethod: settingShippingMethod, asNewVersion: !changed });
      } catch (error) {
        if (changed) await restoreCart(ctx, before);
        throw error;
      }
      return readBack(ctx, req, 'carts', located.id, response.status);
    });
  },
};

/** POST /carts/replicate: the new Cart's money is calculated like any other. */
const replicateCart: ProjectRoute = {
  name: 'replicate cart (money)',
  matches: (req) => req.method === 'POST' && isCartPath(req) && req.segments.length === 2 && req.segments[1] === 'replicate',
  async handle(req, ctx) {
    const created = await ctx.forward(req);
    const { id } = JSON.parse(created.rawJson ?? '{}') as { id?: string };
    if (!id) return created;
    await settleCart(ctx, id);
    return readBack(ctx, req, 'carts', id, created.status);
  },
};

/** GET /carts/...: Carts changed outside these routes are recalculated before they are read. */
const readCarts: ProjectRoute = {
  name: 'read carts (money)',
  matches: (req) => (req.method === 'GET' || req.method === 'HEAD') && isCartPath(req),
  async handle(req, ctx) {
    const idOrKey = req.segments[1];
    if (req.segments.length === 2 && idOrKey && !idOrKey.includes('=')) {
      await settleCart(ctx, idOrKey);
    } else if (req.segments.length === 2 && idOrKey?.startsWith('key=')) {
      const cart = await ctx.upstream.getByKey('cart', idOrKey.slice(4));
      if (cart) await settleCart(ctx, cart.id);
    } else {
      await settleAllCarts(ctx);
    }
    return ctx.forward(req);
  },
};

export const cartMoneyRoutes: readonly ProjectRoute[] = [createCart, replicateCart, updateCart, readCarts];

/**
 * A route answering `{..., cart}` (sign-in, sign-up) whose Cart may have been changed without a
 * recalculation (merged line items): the Cart in the answer is recalculated first.
 */
export function withRecalculatedCart(route: ProjectRoute): ProjectRoute {
  return {
    name: route.name,
    matches: route.matches,
    async handle(req, ctx) {
      const response = await route.handle(req, ctx);
      const body = (response.body ?? (response.rawJson ? JSON.parse(response.rawJson) : undefined)) as
        | { cart?: Cart }
        | undefined;
      const id = body?.cart?.id;
      if (!body || typeof id !== 'string') return response;
      await settleCart(ctx, id);
      const cart = await ctx.upstream.get('cart', id);
      return { status: response.status, headers: response.headers, body: { ...body, cart: cart ?? body.cart } };
    },
  };
}
