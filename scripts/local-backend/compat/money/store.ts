// Keeping the stored Carts' money right: after the mock applied a change, the Cart is recalculated
// (recalculate.ts) and written back as the same version (the change already counted as one), so
// every later read, query and Order sees the API's numbers. Carts changed by other paths (a sign-in
// merging an anonymous cart, /carts/replicate) are recalculated before they are read: the version a
// Cart was last calculated at is remembered, and a Cart stored at another version is stale.
import type { Cart } from '@commercetools/platform-sdk';
import type { CompatResponse } from '../http';
import type { BackendContext, ProjectRequest } from '../project-route';
import type { Upstream } from '../upstream';
import { upstreamError } from '../upstream';
import { loadMoneyData } from './data';
import { type RecalculateOptions, recalculateCart } from './recalculate';

const calculatedVersions = new WeakMap<Upstream, Map<string, number>>();

function versionsOf(upstream: Upstream): Map<string, number> {
  let versions = calculatedVersions.get(upstream);
  if (!versions) {
    versions = new Map();
    calculatedVersions.set(upstream, versions);
  }
  return versions;
}

/** JSON with object keys sorted: equal for equal data whatever order fields were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Replaces the stored Cart's fields with `next` without a new version. */
async function writeSameVersion(upstream: Upstream, next: Cart): Promise<void> {
  await upstream.patchStored('cart', next.id, (stored) => {
    for (const key of Object.keys(stored)) delete stored[key];
    Object.assign(stored, structuredClone(next));
  });
}

/**
 * Recalculates the Cart and stores the result; errors (MissingTaxRateForCountry, ...) propagate.
 * With `asNewVersion`, a result that differs is stored as a new version (an update whose actions
 * the mock saw as no change, such as `recalculate`, but whose money changed).
 */
export async function recalculateStoredCart(
  ctx: BackendContext,
  cart: Cart,
  options: RecalculateOptions & { asNewVersion?: boolean } = {},
): Promise<Cart> {
  const next = recalculateCart(cart, await loadMoneyData(ctx.upstream, cart), options);
  if (canonical(next) === canonical(cart)) {
    versionsOf(ctx.upstream).set(cart.id, cart.version);
    return next;
  }
  if (options.asNewVersion) {
    await ctx.upstream.writeNewVersion('cart', cart.id, (stored) => {
      const money = structuredClone(next) as unknown as Record<string, unknown>;
      delete money.version;
      delete money.lastModifiedAt;
      Object.assign(stored, money);
      for (const key of Object.keys(stored)) if (!(key in next)) delete stored[key];
    });
    const stored = (await ctx.upstream.get('cart', cart.id)) as Cart;
    versionsOf(ctx.upstream).set(cart.id, stored.version);
    return stored;
  }
  await writeSameVersion(ctx.upstream, next);
  versionsOf(ctx.upstream).set(cart.id, cart.version);
  return next;
}

/** Puts a Cart back as it was before a request whose result the API would have refused. */
export async function restoreCart(ctx: BackendContext, cart: Cart): Promise<void> {
  await ctx.upstream.storage.add(ctx.upstream.projectKey, 'cart', structuredClone(cart));
  versionsOf(ctx.upstream).set(cart.id, cart.version);
}

export async function forgetCart(ctx: BackendContext, id: string): Promise<void> {
  await ctx.upstream.storage.delete(ctx.upstream.projectKey, 'cart', id);
  versionsOf(ctx.upstream).delete(id);
}

/** Recalculates an Active Cart stored at a version not calculated yet; a Cart that fails stays as it is. */
export async function settleCart(ctx: BackendContext, id: string): Promise<void> {
  const cart = await ctx.upstream.get('cart', id);
  if (!cart || cart.cartState !== 'Active' || versionsOf(ctx.upstream).get(id) === cart.version) return;
  await ctx.locks.run(`cart:${id}`, async () => {
    const current = await ctx.upstream.get('cart', id);
    if (!current || current.cartState !== 'Active' || versionsOf(ctx.upstream).get(id) === current.version) return;
    try {
      await recalculateStoredCart(ctx, current);
    } catch {
      // Left as the mock has it; the next update reports the problem.
      versionsOf(ctx.upstream).set(id, current.version);
    }
  });
}

export async function settleAllCarts(ctx: BackendContext): Promise<void> {
  const versions = versionsOf(ctx.upstream);
  for (const cart of await ctx.upstream.all('cart')) {
    if (cart.cartState === 'Active' && versions.get(cart.id) !== cart.version) await settleCart(ctx, cart.id);
  }
}

/**
 * The stored resource as the mock renders it for a GET with the request's query string (so
 * `expand` works as on any read), with the given status.
 */
export async function readBack(ctx: BackendContext, req: ProjectRequest, resource: 'carts' | 'orders', id: string, status: number): Promise<CompatResponse> {
  const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
  const path = `/${ctx.upstream.projectKey}/${resource}/${encodeURIComponent(id)}${query}`;
  const result = await ctx.upstream.send('GET', path);
  if (result.status >= 400) throw upstreamError(result.status, result.rawJson, path);
  return { status, rawJson: result.rawJson };
}
