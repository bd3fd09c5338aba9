import { expireNamed, revalidateBody } from '@/lib/cache/revalidate';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { log } from '@/lib/log';
import { ReplayGuard, verifySignature } from '@/lib/security/webhook-signature';

const replay = new ReplayGuard();

// Signed cache expiry for operators and commercetools Subscription adapters (docs/caching.md).
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    body: revalidateBody,
    sameOrigin: false,
    authenticate: (request, rawBody) => {
      const secret = serverEnv().REVALIDATE_SECRET;
      // Without a configured secret the endpoint does not exist.
      if (!secret) throw new AppError('not_found');
      const headers = { timestampHeader: request.headers.get('x-timestamp'), signatureHeader: request.headers.get('x-signature') };
      const verdict = verifySignature({ secret, ...headers, rawBody }, replay);
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
