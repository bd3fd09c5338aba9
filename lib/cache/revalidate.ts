import 'server-only';
// Expiring cache tags. Outside a Next server (tests call handlers directly) there is no cache to
// expire, so nothing is done there; the e2e suite proves the real expiry.
import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { CACHE_TAGS, TAGS_FOR_RESOURCE, type CacheTag } from './manifest';
import { forgetPages } from './page-memo';

/** POST /api/revalidate: resources that changed (as a Subscription message names them) or tags. */
export const revalidateBody = z
  .object({
    resources: z
      .array(z.object({ typeId: z.enum(Object.keys(TAGS_FOR_RESOURCE) as [string, ...string[]]), id: z.string().max(256).optional() }).strict())
      .max(100)
      .optional(),
    /** Tags to expire directly (operators). */
    tags: z.array(z.enum(Object.values(CACHE_TAGS) as [CacheTag, ...CacheTag[]])).max(10).optional(),
  })
  .strict()
  .refine((b) => (b.resources?.length ?? 0) + (b.tags?.length ?? 0) > 0, { message: 'name resources or tags', path: ['tags'] });

/** Expires what a revalidation request names; answers the tags. */
export function expireNamed(body: z.infer<typeof revalidateBody>): CacheTag[] {
  const tags = [...new Set([...(body.tags ?? []), ...tagsForResources(body.resources ?? [])])];
  expireTags(tags);
  return tags;
}

function tagsForResources(resources: Array<{ typeId: string }>): CacheTag[] {
  return [...new Set(resources.flatMap((r) => TAGS_FOR_RESOURCE[r.typeId] ?? []))];
}

function expireTags(tags: CacheTag[]): void {
  // Every catalog tag expires the pages (CACHE.catalogPage), so their copies in memory go too.
  if (tags.length) forgetPages();
  if (!process.env.NEXT_RUNTIME) return;
  // `expire: 0`: the next read goes to commercetools, not a stale-while-revalidate copy.
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}
