// robots.txt rules: crawl everything but the API and shopper-private pages; point at the sitemap.
import type { MetadataRoute } from 'next';
import { MARKET_LOCALES } from '@/lib/markets';
import { absoluteUrl } from './urls';

/** Per-shopper pages under each market: never worth crawling. */
const PRIVATE_SECTIONS = ['cart', 'checkout', 'account', 'wishlist'] as const;

/**
 * The private sections are listed per market (`/en-us/cart`) rather than as `/*\/cart`: in
 * robots.txt `*` matches across slashes, so `/*\/cart` would also block `/en-us/c/cartridges`.
 */
export function robotsRules(origin: string): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/api/', ...MARKET_LOCALES.flatMap((locale) => PRIVATE_SECTIONS.map((section) => `/${locale}/${section}`))],
      },
    ],
    sitemap: absoluteUrl('/sitemap.xml', origin),
  };
}
