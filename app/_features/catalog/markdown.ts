import 'server-only';
// The markdown twins of the product, category and search pages (app/markdown/**, reached through
// proxy.ts when a request prefers text/markdown). Same reads, same queries and same URLs as the
// pages (lib/shop/catalog/catalog.ts, pageCatalogQuery, catalogHref); only the rendering differs
// (lib/agents/markdown/catalog.ts).
import { listingMarkdown, productMarkdown } from '@/lib/agents/markdown/catalog';
import { escapeInline } from '@/lib/agents/markdown/escape';
import { searchParamsRecord } from '@/lib/catalog/query-schema';
import { publicDocument } from '@/lib/http/documents';
import { isMarketLocale, MARKETS, marketFor, type Market, type MarketLocale } from '@/lib/markets';
import { requestSiteUrl } from '@/lib/seo/request-origin';
import { absoluteUrl, categoryPath, productAlternates, productPath } from '@/lib/seo/urls';
import { getCategoryBySlug, getProductBySlug, searchProducts, type CatalogResult } from '@/lib/shop/catalog/catalog';
import { catalogHref, withPage } from './catalog-url';
import type { ProductSearchResult } from '@/lib/types';
import { pageCatalogQuery } from './page-catalog-query';
import { selectionOf, selectionQuery, variantAxes } from './variants';

const MARKDOWN = 'text/markdown; charset=utf-8';
// Per representation, never in a shared cache: not every CDN keys on `Vary: Accept`.
const CACHE = 'private, max-age=60';
// A second URL for page content: keep it out of search indexes.
const HEADERS = { vary: 'Accept', 'x-robots-tag': 'noindex' };

function markdown(body: string, status = 200): Response {
  return publicDocument(body, MARKDOWN, status === 200 ? CACHE : 'no-store', HEADERS, status);
}

const notFound = () => markdown('# Not found\n\nNo such page in this shop.\n', 404);
const unavailable = () => markdown('# Temporarily unavailable\n\nThe catalog cannot be read right now. Try again shortly.\n', 503);

function marketOf(locale: string): Market | null {
  return isMarketLocale(locale) ? marketFor(locale) : null;
}

function otherMarkets(paths: Record<MarketLocale, string | undefined>, current: MarketLocale, origin: string) {
  return Object.entries(paths).flatMap(([locale, path]) =>
    locale !== current && path ? [{ text: MARKETS[locale as MarketLocale].label, url: absoluteUrl(path, origin) }] : [],
  );
}

export async function productMarkdownResponse(locale: string, slug: string): Promise<Response> {
  const market = marketOf(locale);
  if (!market) return notFound();
  const result = await getProductBySlug(slug, market);
  if (!result.ok) return unavailable();
  const product = result.value;
  if (!product) return notFound();
  const origin = await requestSiteUrl();
  const url = absoluteUrl(productPath(market.locale, product.slug), origin);
  const axes = variantAxes(product.variants);
  return markdown(
    productMarkdown({
      product,
      market,
      url,
      variantUrl: (variant) => `${url}${selectionQuery(selectionOf(variant, axes), axes)}`,
      alternates: otherMarkets(productAlternates(product.slugs), market.locale, origin),
    }),
  );
}

function listingResponse(result: CatalogResult<ProductSearchResult>, render: (value: ProductSearchResult) => string): Response {
  return result.ok ? markdown(render(result.value)) : unavailable();
}

export async function categoryMarkdownResponse(locale: string, slug: string, params: URLSearchParams): Promise<Response> {
  const market = marketOf(locale);
  if (!market) return notFound();
  const found = await getCategoryBySlug(slug, market);
  if (!found.ok) return unavailable();
  const category = found.value;
  if (!category) return notFound();
  const origin = await requestSiteUrl();
  const query = pageCatalogQuery(searchParamsRecord(params));
  const basePath = categoryPath(market.locale, category.slug);
  return listingResponse(await searchProducts(query, market, { categoryId: category.id }), (result) =>
    listingMarkdown({
      title: escapeInline(category.name),
      description: category.description,
      market,
      url: absoluteUrl(catalogHref(basePath, query), origin),
      result,
      productUrl: (product) => absoluteUrl(productPath(market.locale, product.slug), origin),
      pageUrl: (page) => absoluteUrl(catalogHref(basePath, withPage(query, page)), origin),
      subcategories: category.children.map((child) => ({ text: child.name, url: absoluteUrl(categoryPath(market.locale, child.slug), origin) })),
      emptyText: 'No products in this category.',
    }),
  );
}

export async function searchMarkdownResponse(locale: string, params: URLSearchParams): Promise<Response> {
  const market = marketOf(locale);
  if (!market) return notFound();
  const origin = await requestSiteUrl();
  const query = pageCatalogQuery(searchParamsRecord(params), { allowQuery: true });
  const q = query.q?.trim() ?? '';
  const basePath = `/${market.locale}/search`;
  if (!q) {
    return markdown(`# Search\n\nAsk for results with \`${absoluteUrl(basePath, origin)}?q=<words>\`.\n`);
  }
  return listingResponse(await searchProducts({ ...query, q }, market), (result) =>
    listingMarkdown({
      title: `Search results for “${escapeInline(q)}”`,
      market,
      url: absoluteUrl(catalogHref(basePath, { ...query, q }), origin),
      result,
      productUrl: (product) => absoluteUrl(productPath(market.locale, product.slug), origin),
      pageUrl: (page) => absoluteUrl(catalogHref(basePath, withPage({ ...query, q }, page)), origin),
      emptyText: 'No products match this search.',
    }),
  );
}
