// POST /api/revalidate: signed, replay-protected cache expiry (the real expiry is proven in e2e).
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { closeRedisClients } from '@/lib/redis';
import { resetProcessSingletons } from '@/lib/process-singleton';
import { signPayload } from '@/lib/security/webhook-signature';
import { withEnv } from '../../harness/fresh-modules';
import { apiRequest, routeContext } from '../../harness/requests';
import { freePort } from '../../harness/test-env';

const SECRET = 'integration-revalidate-secret-0123456789';

const redisUrl = inject('redisUrl');

async function loadRoute(secret: string | undefined, redis?: string) {
  return withEnv({ REVALIDATE_SECRET: secret, REDIS_URL: redis }, () => import('@/app/api/revalidate/route'));
}

afterAll(async () => {
  await closeRedisClients();
  await withEnv({ REDIS_URL: undefined }, async () => undefined);
});

function signed(body: unknown, options: { secret?: string; timestamp?: number } = {}) {
  const raw = JSON.stringify(body);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return apiRequest('/api/revalidate', {
    method: 'POST',
    rawBody: raw,
    // Server-to-server: no browser Origin at all.
    headers: {
      'content-type': 'application/json',
      'sec-fetch-site': 'none',
      'x-timestamp': String(timestamp),
      'x-signature': signPayload(options.secret ?? SECRET, timestamp, raw),
    },
  });
}

describe('POST /api/revalidate', () => {
  it('does not exist without a configured secret', async () => {
    const { POST } = await loadRoute(undefined);
    expect((await POST(signed({ tags: ['catalog'] }), routeContext())).status).toBe(404);
  });

  it('expires the tags of changed resources for a correctly signed request, once', async () => {
    const { POST } = await loadRoute(SECRET);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const request = signed({ resources: [{ typeId: 'product', id: 'p-1' }, { typeId: 'category', id: 'c-1' }] });
    const replayCopy = request.clone();
    const response = await POST(request, routeContext());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ revalidated: ['catalog:products', 'catalog:categories'] });

    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const replayed = await POST(replayCopy as typeof request, routeContext());
    expect(replayed.status).toBe(401);
  });

  it('refuses a wrong signature or a stale timestamp before looking at the body', async () => {
    const { POST } = await loadRoute(SECRET);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const wrong = await POST(signed({ tags: ['catalog'] }, { secret: 'not-the-secret-0000000000000000000000' }), routeContext());
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error).toMatchObject({ code: 'unauthenticated', message: 'Invalid or missing signature.' });
    const stale = await POST(signed({ tags: ['catalog'] }, { timestamp: Math.floor(Date.now() / 1000) - 3600 }), routeContext());
    expect(stale.status).toBe(401);
    // An unsigned request with a bad body learns nothing about the schema.
    const unsigned = await POST(apiRequest('/api/revalidate', { method: 'POST', body: { nope: true }, headers: { 'sec-fetch-site': 'none' } }), routeContext());
    expect(unsigned.status).toBe(401);
  });

  it('validates a signed body strictly', async () => {
    const { POST } = await loadRoute(SECRET);
    expect((await POST(signed({ tags: ['everything'] }), routeContext())).status).toBe(400);
    expect((await POST(signed({ tags: ['catalog'], extra: 1 }), routeContext())).status).toBe(400);
    expect((await POST(signed({}), routeContext())).status).toBe(400);
  });

  it('shares the replay guard through Redis: another instance refuses a signature one accepted', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const request = signed({ tags: ['catalog'] });
    const copy = request.clone();
    const first = await loadRoute(SECRET, redisUrl);
    expect((await first.POST(request, routeContext())).status).toBe(200);
    // A second instance: fresh modules and an empty process memory, the same Redis.
    resetProcessSingletons('security.onceClaims');
    const second = await loadRoute(SECRET, redisUrl);
    const replayed = await second.POST(copy as typeof request, routeContext());
    expect(replayed.status).toBe(401);
  });

  it('refuses (503) rather than risk a replay when Redis cannot answer', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { POST } = await loadRoute(SECRET, `redis://127.0.0.1:${await freePort()}`);
    const response = await POST(signed({ tags: ['catalog'] }), routeContext());
    expect(response.status).toBe(503);
    expect((await response.json()).error.code).toBe('upstream_unavailable');
  });
});
