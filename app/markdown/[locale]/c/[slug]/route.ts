// The category listing as markdown: proxy.ts rewrites /{locale}/c/{slug} here for Accept: text/markdown.
import type { NextRequest } from 'next/server';
import { categoryMarkdownResponse } from '@/app/_features/catalog/markdown';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Response> {
  const { locale, slug } = await params;
  return categoryMarkdownResponse(locale, slug, request.nextUrl.searchParams);
}
