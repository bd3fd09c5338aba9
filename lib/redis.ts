import 'server-only';
// The optional shared store (REDIS_URL) behind rate limits and session revocation, so several
// instances of the storefront agree on both. One connection per URL per process, shared across
// Next's bundles (a process singleton, lib/process-singleton.ts), never a connection per
// request. Commands fail fast instead of queueing while the connection is down: callers decide
// what an unavailable store means for them (see rate-limit.ts and session/revocation.ts).
import { processSingleton } from './process-singleton';
import { createClient } from 'redis';
import { serverEnv } from '@/lib/env';
import { log } from '@/lib/log';


/** How long a caller waits for the very first connection before treating the store as down. */
const FIRST_CONNECT_WAIT_MS = 1_000;
/** Per command: a stuck Redis must not hold a sign-in (or any request reading a session) hostage. */
const COMMAND_TIMEOUT_MS = 1_000;

/** Raised when the store cannot answer (down, unreachable, too slow). */
export class RedisUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('The shared store (REDIS_URL) is unavailable.', { cause });
    this.name = 'RedisUnavailableError';
  }
}

function createStoreClient(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
  });
}

export type RedisClient = ReturnType<typeof createStoreClient>;

type Entry = { client: RedisClient; firstConnect: Promise<boolean> };

function registry(): Map<string, Entry> {
  return processSingleton('redis.clients', () => new Map<string, Entry>());
}

function open(url: string): Entry {
  const client = createStoreClient(url);
  let lastLogged = '';
  client.on('error', (error: unknown) => {
    // Never the URL (it may carry a password); one line per kind of failure, not per retry.
    const name = error instanceof Error ? `${error.name}:${(error as { code?: string }).code ?? ''}` : 'unknown';
    if (name === lastLogged) return;
    lastLogged = name;
    log.warn('redis.error', { error: name });
  });
  client.on('ready', () => {
    lastLogged = '';
  });
  const firstConnect = client.connect().then(
    () => true,
    () => false,
  );
  return { client, firstConnect };
}

/** The shared client for `url`, connected; throws RedisUnavailableError when it cannot be reached. */
async function redisClient(url: string): Promise<RedisClient> {
  let entry = registry().get(url);
  if (!entry) {
    entry = open(url);
    registry().set(url, entry);
  }
  if (entry.client.isReady) return entry.client;
  let timer: NodeJS.Timeout | undefined;
  const connected = await Promise.race([
    entry.firstConnect,
    new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), FIRST_CONNECT_WAIT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
  if (!connected && !entry.client.isReady) {
    // A client that gave up (refused credentials, bad URL) is replaced on the next call; one that
    // is still retrying is kept. While reconnecting after a drop, commands are refused at once.
    if (!entry.client.isOpen && registry().get(url) === entry) registry().delete(url);
    throw new RedisUnavailableError();
  }
  return entry.client;
}

/** Runs commands against the store, turning every client failure into RedisUnavailableError. */
export async function withRedis<T>(url: string, run: (client: RedisClient) => Promise<T>): Promise<T> {
  const client = await redisClient(url);
  try {
    return await run(client);
  } catch (error) {
    throw error instanceof RedisUnavailableError ? error : new RedisUnavailableError(error);
  }
}

/** The configured store's URL, or undefined when the app runs with in-memory stores. */
export function configuredRedisUrl(): string | undefined {
  return serverEnv().REDIS_URL;
}

/**
 * Every key this app writes starts with this prefix, so one Redis can serve several storefronts
 * (or projects) without their rate limits and revocations mixing.
 */
export function redisKeyPrefix(): string {
  return `storefront:${serverEnv().CTP_PROJECT_KEY}:`;
}

/** Closes every shared connection (tests, graceful shutdown). */
export async function closeRedisClients(): Promise<void> {
  const entries = [...registry().values()];
  registry().clear();
  await Promise.all(entries.map(({ client }) => (client.isOpen ? client.close().catch(() => client.destroy()) : client.destroy())));
}
