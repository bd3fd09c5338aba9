// Catalog pages from the shared HTML cache. proxy.ts rewrites `GET /{locale}`, `/{locale}/c/{slug}`
// and `/{locale}/p/{slug}` (no query string) here; nothing links to this path.
// docs/adr/0012-cacheable-catalog-html-with-hashed-scripts.md
import type { NextRequest } from 'next/server';
import { isCatalogPagePath } from '@/lib/cache/catalog-pages';
import { catalogPage } from '@/lib/cache/page-cache';
import { rememberPage } from '@/lib/cache/page-memo';
import { catalogPageResponse } from '@/lib/http/catalog-page';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  // The segments, not request.nextUrl: after a middleware rewrite that still names the visitor's URL.
  const path = `/${(await params).path.map(encodeURIComponent).join('/')}`;
  if (!isCatalogPagePath(path)) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const render = await catalogPage(path);
  if (render.ok) rememberPage(path, render);
  return catalogPageResponse(render, { production: process.env.NODE_ENV === 'production', https });
}
