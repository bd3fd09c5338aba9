// The product page as markdown: proxy.ts rewrites /{locale}/p/{slug} here for Accept: text/markdown.
import type { NextRequest } from 'next/server';
import { productMarkdownResponse } from '@/app/_features/catalog/markdown';

export const dynamic = 'force-dynamic';

export async function GET(_request: NextRequest, { params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Response> {
  const { locale, slug } = await params;
  return productMarkdownResponse(locale, slug);
}
