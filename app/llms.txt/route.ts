// GET /llms.txt: the index for language models (lib/agents/llms-txt.ts); 404 while the agent API is off.
// Top-level categories come from the same cached category tree as the header menu; when it cannot
// be read the index still answers, without them.
import type { NextRequest } from 'next/server';
import { currentAgentApi, STORE_NAME } from '@/lib/agents/current';
import { DISCOVERY_CACHE_CONTROL } from '@/lib/agents/discovery';
import { llmsTxt } from '@/lib/agents/llms-txt';
import { notFoundResponse, publicDocument } from '@/lib/http/documents';
import { MARKET_LOCALES, marketFor } from '@/lib/markets';
import { absoluteUrl, categoryPath, homePath } from '@/lib/seo/urls';
import { getCategoryTree } from '@/lib/shop/catalog/catalog';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest): Promise<Response> {
  const config = await currentAgentApi();
  if (!config) return notFoundResponse(request);
  const markets = await Promise.all(
    MARKET_LOCALES.map(async (locale) => {
      const market = marketFor(locale);
      const tree = await getCategoryTree(market);
      return {
        label: market.label,
        home: absoluteUrl(homePath(locale), config.origin),
        search: absoluteUrl(`/${locale}/search`, config.origin),
        categories: tree.ok ? tree.value.map((c) => ({ name: c.name, url: absoluteUrl(categoryPath(locale, c.slug), config.origin) })) : [],
      };
    }),
  );
  return publicDocument(llmsTxt(config, STORE_NAME, markets), 'text/markdown; charset=utf-8', DISCOVERY_CACHE_CONTROL);
}
