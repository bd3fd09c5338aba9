import 'server-only';
// Expiring cache tags. Outside a Next server (tests call handlers directly) there is no cache to
// expire, so nothing is done there; the e2e suite proves the real expiry.
import { revalidateTag } from 'next/cache';
import { TAGS_FOR_RESOURCE, type CacheTag } from './manifest';

export function tagsForResources(resources: Array<{ typeId: string }>): CacheTag[] {
  return [...new Set(resources.flatMap((r) => TAGS_FOR_RESOURCE[r.typeId] ?? []))];
}

export function expireTags(tags: CacheTag[]): void {
  if (!process.env.NEXT_RUNTIME) return;
  // `expire: 0`: the next read goes to commercetools, not a stale-while-revalidate copy.
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}
