// Process-wide singletons: one instance per server process, whatever module graph asks. Next
// bundles each Route Handler (and next.config.ts, instrumentation.ts) separately, so a module-level
// `const` would exist once per bundle; these live on globalThis instead, under one registry.
// Tests start from a clean slate with resetProcessSingletons().

/** Every singleton of this process, by name. */
export type SingletonName =
  | 'redis.clients'
  | 'session.revocations'
  | 'cart.snapshots'
  | 'security.bootChecks'
  | 'security.rateLimits'
  | 'security.onceClaims'
  | 'security.localBackendProof'
  | 'security.scopeAlarm'
  | 'commercetools.tokenProviders'
  | 'mail.transports'
  | 'cache.admission'
  | 'cache.catalogPages';

const REGISTRY = Symbol.for('storefront.processSingletons');

function registry(): Map<SingletonName, unknown> {
  const holder = globalThis as unknown as Record<symbol, Map<SingletonName, unknown> | undefined>;
  holder[REGISTRY] ??= new Map();
  return holder[REGISTRY];
}

/** The process's instance of `name`, created on first use. */
export function processSingleton<T>(name: SingletonName, create: () => T): T {
  const entries = registry();
  if (!entries.has(name)) entries.set(name, create());
  return entries.get(name) as T;
}

/** The instance of `name` if one was created, without creating it. For tests. */
export function existingProcessSingleton<T>(name: SingletonName): T | undefined {
  return registry().get(name) as T | undefined;
}

/** Forgets one singleton (or all): the next use creates it anew. For tests. */
export function resetProcessSingletons(name?: SingletonName): void {
  if (name) registry().delete(name);
  else registry().clear();
}
