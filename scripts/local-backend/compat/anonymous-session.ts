// What happens to a shopper's anonymous session when they sign in or sign up, with the real API's
// semantics (CustomerSignin / CustomerDraft `anonymousCart`, `anonymousCartSignInMode`,
// `anonymousId`):
// - MergeWithExistingCustomerCart (default): the anonymous cart's line items are copied into the
//   customer's most recently modified active cart (a line of the same product variant ends up with
//   the larger of both quantities) and the anonymous cart becomes Merged. Without an active
//   customer cart, the anonymous cart becomes the customer's cart.
// - UseAsNewActiveCustomerCart: the anonymous cart becomes the customer's active cart as it is.
// - anonymousId: carts, orders, payments and shopping lists of that anonymous session are assigned
//   to the customer.
import type { Cart, CartUpdateAction, Customer } from '@commercetools/platform-sdk';
import { errors } from './errors';
import type { BackendContext } from './project-route';

export type AnonymousCartSignInMode = 'MergeWithExistingCustomerCart' | 'UseAsNewActiveCustomerCart';

export type AnonymousSession = {
  /** The anonymous cart by id or key. */
  cart?: { id?: string; key?: string };
  mode: AnonymousCartSignInMode;
  anonymousId?: string;
};

async function findCart(ctx: BackendContext, ref: { id?: string; key?: string }): Promise<Cart> {
  const cart = ref.id ? await ctx.upstream.get('cart', ref.id) : ref.key ? await ctx.upstream.getByKey('cart', ref.key) : null;
  if (!cart) {
    throw errors.referencedResourceNotFound('cart', ref.id ? `identifier '${ref.id}'` : `key '${ref.key ?? ''}'`);
  }
  return cart;
}

/** The customer's active carts, most recently modified first. */
export async function activeCartsOf(ctx: BackendContext, customerId: string): Promise<Cart[]> {
  const carts = await ctx.upstream.all('cart');
  return carts
    .filter((c) => c.customerId === customerId && c.cartState === 'Active')
    .sort((a, b) => b.lastModifiedAt.localeCompare(a.lastModifiedAt) || b.version - a.version);
}

function assertUsableAnonymousCart(cart: Cart, customer: Customer, anonymousId: string | undefined): void {
  if (anonymousId !== undefined && cart.anonymousId !== anonymousId) {
    throw errors.invalidOperation(`The anonymous cart '${cart.id}' does not belong to the anonymous session '${anonymousId}'.`);
  }
  if (cart.customerId !== undefined && cart.customerId !== customer.id) {
    throw errors.invalidOperation(`The cart '${cart.id}' belongs to another customer.`);
  }
  if (cart.cartState !== 'Active') {
    throw errors.invalidOperation(`The cart '${cart.id}' is in state '${cart.cartState}' and cannot be assigned.`);
  }
}

async function assignCartToCustomer(ctx: BackendContext, cart: Cart, customer: Customer): Promise<void> {
  if (cart.customerId === customer.id) return;
  await ctx.upstream.writeNewVersion('cart', cart.id, (c) => {
    c.customerId = customer.id;
  });
}

/**
 * Copies the anonymous cart's line items into `target`, one update at a time: a line the target
 * cannot take (product gone, no price in the target's currency) is dropped, as the real API drops
 * invalid line items while recalculating, instead of failing the sign-in.
 */
async function mergeLineItems(ctx: BackendContext, anonymous: Cart, target: Cart): Promise<void> {
  let current = target;
  for (const item of anonymous.lineItems) {
    const existing = current.lineItems.find((l) => l.productId === item.productId && l.variant.id === item.variant.id);
    let action: CartUpdateAction | undefined;
    if (!existing) {
      action = { action: 'addLineItem', productId: item.productId, variantId: item.variant.id, quantity: item.quantity };
    } else if (item.quantity > existing.quantity) {
      action = { action: 'changeLineItemQuantity', lineItemId: existing.id, quantity: item.quantity };
    }
    if (!action) continue;
    try {
      current = await ctx.upstream.call<Cart>('POST', `carts/${current.id}`, { version: current.version, actions: [action] });
    } catch {
      // dropped, see above
    }
  }
  await ctx.upstream.writeNewVersion('cart', anonymous.id, (c) => {
    c.cartState = 'Merged';
  });
}

const ANONYMOUS_RESOURCES = [
  { typeId: 'cart', assign: (r: Record<string, unknown>, id: string) => (r.customerId = id), owned: (r: Record<string, unknown>) => r.customerId !== undefined },
  { typeId: 'order', assign: (r: Record<string, unknown>, id: string) => (r.customerId = id), owned: (r: Record<string, unknown>) => r.customerId !== undefined },
  {
    typeId: 'payment',
    assign: (r: Record<string, unknown>, id: string) => (r.customer = { typeId: 'customer', id }),
    owned: (r: Record<string, unknown>) => r.customer !== undefined,
  },
  {
    typeId: 'shopping-list',
    assign: (r: Record<string, unknown>, id: string) => (r.customer = { typeId: 'customer', id }),
    owned: (r: Record<string, unknown>) => r.customer !== undefined,
  },
] as const;

async function assignAnonymousResources(ctx: BackendContext, anonymousId: string, customer: Customer): Promise<void> {
  for (const kind of ANONYMOUS_RESOURCES) {
    const resources = (await ctx.upstream.all(kind.typeId)) as unknown as Array<Record<string, unknown> & { id: string }>;
    for (const resource of resources) {
      if (resource.anonymousId !== anonymousId || kind.owned(resource)) continue;
      if (kind.typeId === 'cart' && resource.cartState === 'Merged') continue;
      await ctx.upstream.writeNewVersion(kind.typeId, resource.id, (r) => kind.assign(r, customer.id));
    }
  }
}

/** Applies the anonymous session to the signed-in customer; returns the customer's active cart. */
export async function adoptAnonymousSession(
  ctx: BackendContext,
  customer: Customer,
  session: AnonymousSession,
): Promise<Cart | undefined> {
  return ctx.locks.run(`customer:${customer.id}`, async () => {
    if (session.cart) {
      const anonymous = await findCart(ctx, session.cart);
      assertUsableAnonymousCart(anonymous, customer, session.anonymousId);
      await ctx.locks.run(`cart:${anonymous.id}`, async () => {
        const [target] = (await activeCartsOf(ctx, customer.id)).filter((c) => c.id !== anonymous.id);
        if (session.mode === 'MergeWithExistingCustomerCart' && target) {
          await mergeLineItems(ctx, anonymous, target);
        } else {
          await assignCartToCustomer(ctx, anonymous, customer);
        }
      });
    }
    if (session.anonymousId !== undefined) await assignAnonymousResources(ctx, session.anonymousId, customer);
    const [active] = await activeCartsOf(ctx, customer.id);
    return active;
  });
}
