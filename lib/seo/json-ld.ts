// schema.org structured data (JSON-LD) for product pages and breadcrumbs, and its safe serialization
// into an HTML <script> element. Pure: the page passes the product, the shown variant and its URL.
import type { Money, ProductDetail, ProductVariantView } from '@/lib/types';
import { absoluteUrl } from './urls';

type JsonLdValue = string | number | boolean | null | JsonLdValue[] | { [key: string]: JsonLdValue | undefined };
export type JsonLdObject = { [key: string]: JsonLdValue | undefined };

const SCHEMA_IN_STOCK = 'https://schema.org/InStock';
const SCHEMA_OUT_OF_STOCK = 'https://schema.org/OutOfStock';

/**
 * A Money amount as an exact decimal string: 4999 with 2 fraction digits -> "49.99", 5 -> "0.05",
 * 100 with 0 digits -> "100", 1234 with 3 digits -> "1.234". String arithmetic, no floating point.
 */
export function decimalAmount(money: Pick<Money, 'centAmount' | 'fractionDigits'>): string {
  const { centAmount, fractionDigits } = money;
  if (!Number.isSafeInteger(centAmount)) throw new RangeError(`centAmount must be a safe integer, got ${centAmount}`);
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 20) {
    throw new RangeError(`fractionDigits must be an integer from 0 to 20, got ${fractionDigits}`);
  }
  const sign = centAmount < 0 ? '-' : '';
  const digits = String(Math.abs(centAmount));
  if (fractionDigits === 0) return `${sign}${digits}`;
  const padded = digits.padStart(fractionDigits + 1, '0');
  return `${sign}${padded.slice(0, -fractionDigits)}.${padded.slice(-fractionDigits)}`;
}

/** Variant images first, then the product's lead image; absolute URLs, no duplicates. */
function productImages(product: ProductDetail, variant: ProductVariantView): string[] {
  const urls = [...variant.images.map((image) => image.url), ...(product.image ? [product.image.url] : [])];
  return [...new Set(urls.map((url) => absoluteUrl(url)))];
}

/**
 * schema.org Product for a product page, describing the variant shown (its SKU, images and the
 * market's price). Without a price in the market there is no Offer (never a made-up one).
 * @param url the absolute URL of the page (the one the Offer is bought on).
 */
export function productJsonLd(
  product: ProductDetail,
  variant: ProductVariantView,
  market: { currency: string },
  url: string,
): JsonLdObject {
  const images = productImages(product, variant);
  const description = product.description.trim();
  // The price is selected for the market upstream; a price in another currency is not this market's.
  const price = variant.price && variant.price.currencyCode === market.currency ? variant.price : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    ...(description ? { description } : {}),
    ...(images.length ? { image: images } : {}),
    sku: variant.sku,
    url,
    ...(price
      ? {
          offers: {
            '@type': 'Offer',
            price: decimalAmount(price),
            priceCurrency: price.currencyCode,
            availability: variant.available ? SCHEMA_IN_STOCK : SCHEMA_OUT_OF_STOCK,
            itemCondition: 'https://schema.org/NewCondition',
            url,
          },
        }
      : {}),
  };
}

export type BreadcrumbItem = { name: string; url: string };

/** schema.org BreadcrumbList: root first, the current page last; `url`s absolute. */
export function breadcrumbJsonLd(items: BreadcrumbItem[]): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for the body of a `<script type="application/ld+json">`. `<` (and `>`, `&`, the JS line
 * separators) become \u escapes, which JSON parsers read back as the same characters, so no value
 * (a product name containing `</script>` or `<!--`) can end the element or change how it parses.
 */
export function serializeJsonLd(data: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char] ?? char);
}
