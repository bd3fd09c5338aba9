import { expireNamed, revalidateBody } from '@/lib/cache/revalidate';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { log } from '@/lib/log';
import { RedisUnavailableError } from '@/lib/redis';
import { replayGuard } from '@/lib/security/replay-guard';
import { verifySignature } from '@/lib/security/webhook-signature';

// Signed cache expiry for operators and commercetools Subscription adapters (docs/caching.md).
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    body: revalidateBody,
    sameOrigin: false,
    authenticate: async (request, rawBody) => {
      const secret = serverEnv().REVALIDATE_SECRET;
      // Without a configured secret the endpoint does not exist.
      if (!secret) throw new AppError('not_found');
      const headers = { timestampHeader: request.headers.get('x-timestamp'), signatureHeader: request.headers.get('x-signature') };
      const verdict = await verifySignature({ secret, ...headers, rawBody }, replayGuard()).catch((error: unknown) => {
        // A guard that cannot answer cannot rule out a replay: refuse; the sender retries later.
        if (error instanceof RedisUnavailableError) throw new AppError('upstream_unavailable');
        throw error;
      });
      if (verdict.ok) return;
      log.warn('revalidate.refused', { reason: verdict.reason });
      throw new AppError('unauthenticated', { message: 'Invalid or missing signature.' });
    },
    handle: async ({ body }) => {
      const tags = expireNamed(body);
      log.info('revalidate.expired', { tags: tags.join(',') });
      return json({ revalidated: tags });
    },
  }),
});
