// Markdown renderings of the product and listing pages, for agents that ask for `text/markdown`
// (proxy.ts negotiates, app/markdown/** serves). Pure: the caller reads the catalog through the
// same domain functions as the pages and passes URLs in; every catalog string goes through
// ./escape.ts. No images: an image URL is a third-party fetch an agent would make on our behalf.
import { formatMoney } from '@/lib/format';
import { languageTag } from '@/lib/i18n/locale';
import type { Market } from '@/lib/markets';
import type { Money, ProductDetail, ProductSearchResult, ProductSummary, ProductVariantView } from '@/lib/types';
import { escapeInline, escapeParagraphs, link, linkUrl } from './escape';

type MarkdownLink = { text: string; url: string };

function money(price: Money | null, market: Market): string {
  return price ? formatMoney(price, languageTag(market)) : 'no price in this market';
}

/** The product's price: its lowest variant price, "from" only when the variants' prices differ. */
function productPrice(product: ProductSummary, market: Market): string {
  const amounts = new Set(product.variants.flatMap((v) => (v.price ? [v.price.centAmount] : [])));
  return `${amounts.size > 1 && product.price ? 'from ' : ''}${money(product.price, market)}`;
}

function availability(available: boolean): string {
  return available ? 'in stock' : 'sold out';
}

function block(lines: Array<string | false | undefined>): string {
  return lines.filter((line): line is string => typeof line === 'string').join('\n');
}

function variantLine(variant: ProductVariantView, market: Market, url: string): string {
  const attributes = Object.entries(variant.attributes).map(([name, value]) => `${escapeInline(name)}: ${escapeInline(value.label)}`);
  return [
    `- ${link(`SKU ${variant.sku}`, url)}`,
    ...attributes,
    money(variant.price, market),
    // Not for sale without a price, whatever the stock says (the page's rule).
    availability(variant.available && variant.price !== null),
  ].join(' · ');
}

export type ProductMarkdownInput = {
  product: ProductDetail;
  market: Market;
  /** The canonical URL of the product page in this market. */
  url: string;
  variantUrl: (variant: ProductVariantView) => string;
  /** The same product in the other markets. */
  alternates: MarkdownLink[];
};

export function productMarkdown({ product, market, url, variantUrl, alternates }: ProductMarkdownInput): string {
  const forSale = product.variants.some((v) => v.available && v.price !== null);
  const description = escapeParagraphs(product.description);
  return block([
    `# ${escapeInline(product.name)}`,
    '',
    `- Canonical URL: ${linkUrl(url)}`,
    `- Market: ${market.label} (prices in ${market.currency}, shipping to ${market.country})`,
    `- Price: ${productPrice(product, market)}`,
    `- Availability: ${availability(forSale)}`,
    '',
    '## Variants',
    '',
    ...product.variants.map((variant) => variantLine(variant, market, variantUrl(variant))),
    ...(description ? ['', '## Description', '', description] : []),
    ...(alternates.length ? ['', '## Other markets', '', ...alternates.map((a) => `- ${link(a.text, a.url)}`)] : []),
    '',
  ]);
}

export type ListingMarkdownInput = {
  /** Our own words ("Search results for …"), already escaped where they quote input. */
  title: string;
  description?: string;
  market: Market;
  url: string;
  result: ProductSearchResult;
  productUrl: (product: ProductSummary) => string;
  pageUrl: (page: number) => string;
  subcategories?: MarkdownLink[];
  emptyText: string;
};

function productLine(product: ProductSummary, index: number, market: Market, url: string): string {
  const forSale = product.variants.some((v) => v.available && v.price !== null);
  return `${index}. ${link(product.name, url)} · ${productPrice(product, market)} · ${availability(forSale)}`;
}

export function listingMarkdown(input: ListingMarkdownInput): string {
  const { result, market } = input;
  const pages = Math.max(1, Math.ceil(result.total / result.limit));
  const first = (result.page - 1) * result.limit + 1;
  const paging: MarkdownLink[] = [
    ...(result.page > 1 ? [{ text: 'First page', url: input.pageUrl(1) }, { text: `Previous page (${result.page - 1})`, url: input.pageUrl(result.page - 1) }] : []),
    ...(result.page < pages ? [{ text: `Next page (${result.page + 1})`, url: input.pageUrl(result.page + 1) }, { text: `Last page (${pages})`, url: input.pageUrl(pages) }] : []),
  ];
  const description = input.description ? escapeParagraphs(input.description) : '';
  return block([
    `# ${input.title}`,
    ...(description ? ['', description] : []),
    '',
    `- URL: ${linkUrl(input.url)}`,
    `- Market: ${market.label} (prices in ${market.currency})`,
    `- Page ${result.page} of ${pages}, ${result.total} ${result.total === 1 ? 'product' : 'products'}`,
    ...(input.subcategories?.length ? ['', '## Subcategories', '', ...input.subcategories.map((c) => `- ${link(c.text, c.url)}`)] : []),
    '',
    '## Products',
    '',
    ...(result.results.length
      ? result.results.map((product, i) => productLine(product, first + i, market, input.productUrl(product)))
      : [input.emptyText]),
    ...(paging.length ? ['', '## Pages', '', ...paging.map((p) => `- [${p.text}](${linkUrl(p.url)})`)] : []),
    '',
  ]);
}
