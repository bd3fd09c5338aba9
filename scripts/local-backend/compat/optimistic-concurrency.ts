// Optimistic concurrency control as the real API applies it to every versioned resource: an update
// (POST /{resource}/{id} or /{resource}/key={key} with `{version, actions}`) and a delete
// (DELETE ...?version=N) must name the resource's current version, or the call fails with
// 409 ConcurrentModification carrying `currentVersion`. The mock only compares versions when an
// update action actually changes something, and never on delete.
//
// Generic over resources: the current version is read through the mock with a GET of the same
// path, so anything the mock can read is covered (carts, orders, customers, payments, products, ...,
// in-store paths, order edits, the project itself). A path whose GET answers no versioned resource
// is forwarded unchanged and the mock answers as it would (404, its own routes such as
// `/carts/replicate`, resources without versions such as API clients).
//
// The check and the forwarded call run under the resource's lock (the same `cart:{id}`,
// `customer:{id}`, ... keys the other compat modules use), so of two updates with the same version
// exactly one succeeds and the other sees the new version.
import { AsyncLocalStorage } from 'node:async_hooks';
import { errors } from './errors';
import type { CompatResponse } from './http';
import { KeyedLock } from './keyed-lock';
import type { BackendContext, ProjectRequest } from './project-route';

/**
 * A KeyedLock that a holder can enter again for the same key (from the same async call chain),
 * so a compat route that locks its resource still works when the version check already holds
 * that lock around it.
 */
export class ReentrantKeyedLock extends KeyedLock {
  private readonly held = new AsyncLocalStorage<ReadonlySet<string>>();

  override run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const holding = this.held.getStore();
    if (holding?.has(key)) return work();
    return super.run(key, () => this.held.run(new Set([...(holding ?? []), key]), work));
  }
}

/** Lock names of the resources other compat modules lock (`cart:{id}`, ...); others use the path segment. */
const LOCK_NAMES: Record<string, string> = {
  carts: 'cart',
  orders: 'order',
  customers: 'customer',
  payments: 'payment',
  'shopping-lists': 'shopping-list',
  products: 'product',
  categories: 'category',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Target = {
  /** Lock name of the resource type. */
  lockName: string;
  /** The resource id when the path names it; undefined for key paths (looked up first). */
  id?: string;
};

/** The single versioned resource an update or delete is aimed at, by the shape of its path. */
function targetOf(req: ProjectRequest): Target | undefined {
  const { method, segments } = req;
  if (method !== 'POST' && method !== 'DELETE') return undefined;
  // POST /{projectKey}: update of the project settings.
  if (segments.length === 0) return method === 'POST' ? { lockName: 'project', id: req.projectKey } : undefined;

  let resource: string;
  let idOrKey: string;
  if (segments.length === 2) {
    [resource, idOrKey] = segments as [string, string];
  } else if (segments.length === 3 && segments[0] === 'orders' && segments[1] === 'edits') {
    resource = 'orders/edits';
    idOrKey = segments[2] as string;
  } else {
    return undefined;
  }
  // /me/... acts for a customer session this backend does not issue tokens for.
  if (resource === 'me') return undefined;
  const lockName = resource === 'orders/edits' ? 'order-edit' : (LOCK_NAMES[resource] ?? resource);
  if (UUID.test(idOrKey)) return { lockName, id: idOrKey.toLowerCase() };
  if (idOrKey.startsWith('key=') || idOrKey.startsWith('order-number=')) return { lockName };
  // Anything else (`/carts/replicate`, `/customers/token`, `/products/search`, ...) is no single resource.
  return undefined;
}

type Versioned = { id: string; version: number };

/** The resource at the request's path as the mock has it now, or undefined if it has no version. */
async function readCurrent(req: ProjectRequest, ctx: BackendContext): Promise<Versioned | undefined> {
  const result = await ctx.upstream.send('GET', req.path);
  if (result.status !== 200) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(result.rawJson);
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null) return undefined;
  const { id, key, version } = body as { id?: unknown; key?: unknown; version?: unknown };
  if (typeof version !== 'number') return undefined;
  // The project has a key but no id.
  const identifier = typeof id === 'string' ? id : typeof key === 'string' ? key : undefined;
  return identifier === undefined ? undefined : { id: identifier, version };
}

/** The version the request expects: the update body's `version`, or the delete's `?version=`. */
function expectedVersion(req: ProjectRequest): number {
  if (req.method === 'POST') {
    const body = req.body ?? {};
    if (body.version === undefined || body.version === null) throw errors.invalidJson('version: Missing required value');
    if (typeof body.version !== 'number') throw errors.invalidJson('version: JSON Number expected.');
    if (body.actions === undefined || body.actions === null) throw errors.invalidJson('actions: Missing required value');
    if (!Array.isArray(body.actions)) throw errors.invalidJson('actions: JSON Array expected.');
    return body.version;
  }
  const raw = req.query.get('version');
  if (raw === null || raw.trim() === '') throw errors.invalidInput("Missing required query parameter 'version'.");
  if (!/^-?\d+$/.test(raw.trim())) throw errors.invalidInput(`Invalid value '${raw}' for query parameter 'version': a number is expected.`);
  return Number(raw);
}

/**
 * Runs `next` (the compat route or the forward to the mock) for an update or delete of one
 * versioned resource only if the request names its current version, atomically with respect to
 * other calls on the same resource. Every other request goes to `next` directly.
 */
export async function withVersionCheck(
  req: ProjectRequest,
  ctx: BackendContext,
  next: () => Promise<CompatResponse>,
): Promise<CompatResponse> {
  const target = targetOf(req);
  if (!target) return next();

  const id = target.id ?? (await readCurrent(req, ctx))?.id;
  if (id === undefined) return next();

  return ctx.locks.run(`${target.lockName}:${id}`, async () => {
    const current = await readCurrent(req, ctx);
    if (!current) return next();
    const expected = expectedVersion(req);
    if (current.version !== expected) throw errors.concurrentModification(current.id, expected, current.version);
    return next();
  });
}
