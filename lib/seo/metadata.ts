// Metadata for the pages' `generateMetadata`: localized title and description, canonical URL and
// hreflang alternates, Open Graph, and robots rules (search results and missing pages: noindex).
// Titles are bare: the market layout's template appends the store name.
import type { Metadata } from 'next';
import { createTranslator } from 'next-intl';
import { languageTag, messageLanguage } from '@/lib/i18n/locale';
import { loadMessages, type Messages } from '@/lib/i18n/messages';
import { MARKET_LOCALES, MARKETS, type MarketLocale } from '@/lib/markets';
import type { CategoryView, Money, ProductDetail, ProductImage, ProductVariantView } from '@/lib/types';
import { decimalAmount } from './json-ld';
import {
  absoluteUrl,
  alternates,
  categoryAlternates,
  homeAlternates,
  productAlternates,
  searchAlternates,
  withPageParam,
  type MarketPaths,
} from './urls';

/** Search engines show about this many characters of a description. */
const DESCRIPTION_MAX = 160;

const FROM_PRICE: Record<string, string> = { en: 'from {price}', de: 'ab {price}' };

type OpenGraph = NonNullable<Metadata['openGraph']>;

/** Whitespace collapsed, cut at a word boundary to at most `max` characters (with an ellipsis). */
export function truncateDescription(text: string, max: number = DESCRIPTION_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** A price for people, in the market's locale with the currency's own fraction digits. */
export function formatPrice(money: Money, locale: MarketLocale): string {
  return new Intl.NumberFormat(languageTag(MARKETS[locale]), {
    style: 'currency',
    currency: money.currencyCode,
    minimumFractionDigits: money.fractionDigits,
    maximumFractionDigits: money.fractionDigits,
  }).format(decimalAmount(money) as `${number}`);
}

/** Open Graph locales use an underscore: `en-us` -> `en_US`. */
function ogLocale(locale: MarketLocale): string {
  return languageTag(MARKETS[locale]).replace('-', '_');
}

function interpolate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

async function messagesFor(locale: MarketLocale): Promise<Messages> {
  return loadMessages(messageLanguage(MARKETS[locale]));
}

function openGraph(
  locale: MarketLocale,
  messages: Messages,
  fields: { title: string; description: string; url: string | undefined; images?: ProductImage[] },
): OpenGraph {
  return {
    type: 'website',
    siteName: messages.Metadata.storeName,
    locale: ogLocale(locale),
    alternateLocale: MARKET_LOCALES.filter((other) => other !== locale).map(ogLocale),
    title: fields.title,
    description: fields.description,
    ...(fields.url ? { url: fields.url } : {}),
    ...(fields.images?.length
      ? { images: fields.images.map((image) => ({ url: absoluteUrl(image.url), width: image.width, height: image.height, alt: image.alt })) }
      : {}),
  };
}

function pageMetadata(
  locale: MarketLocale,
  messages: Messages,
  paths: MarketPaths,
  page: { title: Metadata['title']; ogTitle: string; description: string; images?: ProductImage[] },
): Metadata {
  const links = alternates(paths, locale);
  const canonical = typeof links.canonical === 'string' ? links.canonical : undefined;
  return {
    title: page.title,
    description: page.description,
    alternates: links,
    openGraph: openGraph(locale, messages, { title: page.ogTitle, description: page.description, url: canonical, images: page.images }),
    twitter: { card: page.images?.length ? 'summary_large_image' : 'summary' },
  };
}

/** The market's home: the store name as the whole title, the store description. */
export async function homeMetadata(locale: MarketLocale): Promise<Metadata> {
  const messages = await messagesFor(locale);
  const { storeName, description } = messages.Metadata;
  return pageMetadata(locale, messages, homeAlternates(), {
    title: { absolute: storeName },
    ogTitle: storeName,
    description: truncateDescription(description),
  });
}

/**
 * A category listing: its name, and its description (the store's when it has none). Filtered and
 * sorted views share the unfiltered page's canonical URL; later pages are their own (`?page=n`).
 * Its Open Graph image is a catalog image (the category's first product's), served from our origin.
 */
export async function categoryMetadata(
  category: CategoryView,
  locale: MarketLocale,
  options: { page?: number; image?: ProductImage | null } = {},
): Promise<Metadata> {
  const messages = await messagesFor(locale);
  const description = truncateDescription(category.description || messages.Metadata.description);
  return pageMetadata(locale, messages, withPageParam(categoryAlternates(category.slugs), options.page), {
    title: category.name,
    ogTitle: category.name,
    description,
    images: options.image ? [options.image] : [],
  });
}

/** The price a product page's title shows: the shown variant's, else the lowest ("from" if they differ). */
function titlePrice(product: ProductDetail, variant: ProductVariantView | undefined, locale: MarketLocale): string | undefined {
  if (variant) return variant.price ? formatPrice(variant.price, locale) : undefined;
  if (!product.price) return undefined;
  const price = formatPrice(product.price, locale);
  const amounts = new Set(product.variants.flatMap((v) => (v.price ? [v.price.centAmount] : [])));
  const template = FROM_PRICE[MARKETS[locale].language] ?? FROM_PRICE.en!;
  return amounts.size > 1 ? interpolate(template, { price }) : price;
}

/**
 * A product page: "name – price" (no price when the market has none), its description (or that
 * title when it has none), and its images for Open Graph. The canonical URL is the product page
 * without variant parameters, so every variant's URL consolidates on it.
 */
export async function productMetadata(product: ProductDetail, locale: MarketLocale, variant?: ProductVariantView): Promise<Metadata> {
  const messages = await messagesFor(locale);
  const price = titlePrice(product, variant, locale);
  const title = price ? `${product.name} – ${price}` : product.name;
  const images = variant?.images.length ? variant.images : product.image ? [product.image] : [];
  return pageMetadata(locale, messages, productAlternates(product.slugs), {
    title,
    ogTitle: title,
    description: truncateDescription(product.description || title),
    images,
  });
}

/** Search results: "Search: {query}", noindex (thin, endless pages) but follow (links to products). */
export async function searchMetadata(locale: MarketLocale, query?: string): Promise<Metadata> {
  const messages = await messagesFor(locale);
  const q = query?.trim();
  // Through the translator: in the build, messages with arguments are precompiled (next.config.ts).
  const title = q ? createTranslator({ locale: languageTag(MARKETS[locale]), messages, namespace: 'Metadata' })('searchTitleWithQuery', { query: q }) : messages.Metadata.searchTitle;
  return {
    ...pageMetadata(locale, messages, searchAlternates(q), {
      title,
      ogTitle: title,
      description: truncateDescription(messages.Metadata.description),
    }),
    robots: { index: false, follow: true },
  };
}

/** A page that does not exist (unknown product or category): noindex, no canonical, no alternates. */
export async function notFoundMetadata(locale: MarketLocale): Promise<Metadata> {
  const messages = await messagesFor(locale);
  return {
    title: messages.NotFound.title,
    robots: { index: false, follow: true },
  };
}
