import 'server-only';
// The public origin for request-time code (sitemap, robots): SITE_URL when configured (always in
// production), otherwise the origin of the request being served, so development URLs carry the dev
// server's real host and port.
import { headers } from 'next/headers';
import { serverEnv } from '@/lib/env';
import { DEV_SITE_URL } from './urls';

export async function requestSiteUrl(): Promise<string> {
  const configured = serverEnv().SITE_URL;
  if (configured) return configured;
  try {
    const incoming = await headers();
    const host = incoming.get('host');
    const proto = incoming.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http';
    if (host && (proto === 'http' || proto === 'https')) return new URL(`${proto}://${host}`).origin;
  } catch {
    // Outside a request, or a Host header that is not a host: fall through.
  }
  return DEV_SITE_URL;
}
