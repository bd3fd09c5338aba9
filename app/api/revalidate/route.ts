import { z } from 'zod';
import { CACHE_TAGS, TAGS_FOR_RESOURCE, type CacheTag } from '@/lib/cache/manifest';
import { expireTags, tagsForResources } from '@/lib/cache/revalidate';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { log } from '@/lib/log';
import { ReplayGuard, verifySignature } from '@/lib/security/webhook-signature';

const replay = new ReplayGuard();

const body = z
  .object({
    /** commercetools resources that changed, as a Subscription message names them. */
    resources: z
      .array(z.object({ typeId: z.enum(Object.keys(TAGS_FOR_RESOURCE) as [string, ...string[]]), id: z.string().max(256).optional() }).strict())
      .max(100)
      .optional(),
    /** Tags to expire directly (operators). */
    tags: z.array(z.enum(Object.values(CACHE_TAGS) as [CacheTag, ...CacheTag[]])).max(10).optional(),
  })
  .strict()
  .refine((b) => (b.resources?.length ?? 0) + (b.tags?.length ?? 0) > 0, { message: 'name resources or tags', path: ['tags'] });

// Signed cache expiry for operators and commercetools Subscription adapters (docs/caching.md).
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    body,
    sameOrigin: false,
    authenticate: (request, rawBody) => {
      const secret = serverEnv().REVALIDATE_SECRET;
      // Without a configured secret the endpoint does not exist.
      if (!secret) throw new AppError('not_found');
      const verdict = verifySignature(
        { secret, timestampHeader: request.headers.get('x-timestamp'), signatureHeader: request.headers.get('x-signature'), rawBody },
        replay,
      );
      if (!verdict.ok) {
        log.warn('revalidate.refused', { reason: verdict.reason });
        throw new AppError('unauthenticated', { message: 'Invalid or missing signature.' });
      }
    },
    handle: async ({ body }) => {
      const tags = [...new Set([...(body.tags ?? []), ...tagsForResources(body.resources ?? [])])];
      expireTags(tags);
      log.info('revalidate.expired', { tags: tags.join(',') });
      return json({ revalidated: tags });
    },
  }),
});
