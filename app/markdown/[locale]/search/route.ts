// The search page as markdown: proxy.ts rewrites /{locale}/search here for Accept: text/markdown.
import type { NextRequest } from 'next/server';
import { searchMarkdownResponse } from '@/app/_features/catalog/markdown';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  return searchMarkdownResponse(locale, request.nextUrl.searchParams);
}
