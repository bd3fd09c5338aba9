import 'server-only';
// Idempotency-Key for the UCP REST operations (create, complete, cancel): the first request with a
// key runs and its answer is kept for 24 hours (shared store); a retry with the same key and the same
// body gets that answer again, a different body with the same key is refused (422), and a retry
// while the first is still running is told to wait (409). Keys are per agent and customer.
import { createHash } from 'node:crypto';
import { configuredRedisUrl, redisKeyPrefix, withRedis } from '@/lib/redis';

const TTL_SECONDS = 24 * 3600;

type Kept = { fingerprint: string; status?: number; body?: unknown };
export type Recall = { kind: 'new' } | { kind: 'replay'; status: number; body: unknown } | { kind: 'in_progress' } | { kind: 'mismatch' };

const memory = new Map<string, { kept: Kept; expires: number }>();

function storeKey(scope: string, key: string): string {
  return `idem:${createHash('sha256').update(`${scope}\n${key}`).digest('hex')}`;
}

async function putIfAbsent(key: string, kept: Kept): Promise<Kept | null> {
  const url = configuredRedisUrl();
  if (!url) {
    const now = Date.now();
    const existing = memory.get(key);
    if (existing && existing.expires > now) return existing.kept;
    memory.set(key, { kept, expires: now + TTL_SECONDS * 1000 });
    return null;
  }
  const full = `${redisKeyPrefix()}${key}`;
  return withRedis(url, async (redis) => {
    const set = await redis.set(full, JSON.stringify(kept), { condition: 'NX', expiration: { type: 'EX', value: TTL_SECONDS } });
    if (set === 'OK') return null;
    const raw = await redis.get(full);
    return raw ? (JSON.parse(raw) as Kept) : null;
  });
}

async function put(key: string, kept: Kept): Promise<void> {
  const url = configuredRedisUrl();
  if (!url) {
    memory.set(key, { kept, expires: Date.now() + TTL_SECONDS * 1000 });
    return;
  }
  await withRedis(url, (redis) => redis.set(`${redisKeyPrefix()}${key}`, JSON.stringify(kept), { expiration: { type: 'EX', value: TTL_SECONDS } }));
}

async function drop(key: string): Promise<void> {
  const url = configuredRedisUrl();
  if (!url) {
    memory.delete(key);
    return;
  }
  await withRedis(url, (redis) => redis.del(`${redisKeyPrefix()}${key}`));
}

/** Runs `work` once per (scope, key, body); see the top of this file. */
export async function once(scope: string, key: string, body: string, work: () => Promise<{ status: number; body: unknown }>): Promise<Recall | { kind: 'done'; status: number; body: unknown }> {
  const id = storeKey(scope, key);
  const fingerprint = createHash('sha256').update(body).digest('hex');
  const existing = await putIfAbsent(id, { fingerprint });
  if (existing) {
    if (existing.fingerprint !== fingerprint) return { kind: 'mismatch' };
    if (existing.status === undefined) return { kind: 'in_progress' };
    return { kind: 'replay', status: existing.status, body: existing.body };
  }
  try {
    const done = await work();
    // Refusals (4xx) are answers too, so a retry gets the same one; failures upstream (5xx) are not kept.
    if (done.status < 500) await put(id, { fingerprint, status: done.status, body: done.body });
    else await drop(id);
    return { kind: 'done', ...done };
  } catch (error) {
    await drop(id);
    throw error;
  }
}
