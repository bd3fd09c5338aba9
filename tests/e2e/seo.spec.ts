// SEO over HTTP against the production build: the sitemap (index and files) lists every page of
// the demo catalog in every market, robots.txt points to it, and product pages carry JSON-LD and
// hreflang alternates.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { demoCatalog } from '../../scripts/local-backend/seed/demo-catalog';

const catalog = demoCatalog();
const products = catalog.products.filter((p) => p.publish);
const MARKETS = [
  { locale: 'en-us', language: 'en', hreflang: 'en-US', currency: 'USD', country: 'US' },
  { locale: 'en-gb', language: 'en', hreflang: 'en-GB', currency: 'GBP', country: 'GB' },
  { locale: 'de-de', language: 'de', hreflang: 'de-DE', currency: 'EUR', country: 'DE' },
] as const;

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;|&#38;/g, '&'));
}

/** Every page URL the sitemap lists, following the index to its files. */
async function sitemapPageUrls(request: APIRequestContext): Promise<string[]> {
  const index = await request.get('/sitemap.xml');
  expect(index.status()).toBe(200);
  expect(index.headers()['content-type']).toMatch(/^application\/xml/);
  const indexXml = await index.text();
  expect(indexXml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
  expect(indexXml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  const files = locs(indexXml);
  expect(files.length).toBeGreaterThan(0);
  const pages: string[] = [];
  for (const file of files) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/xml/);
    const xml = await response.text();
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    pages.push(...locs(xml));
  }
  return pages;
}

test('GET /sitemap.xml lists every product, category and home page in every market', async ({ request, baseURL }) => {
  const pages = await sitemapPageUrls(request);
  expect(new Set(pages).size).toBe(pages.length);
  const expected = [
    ...MARKETS.map((m) => `${baseURL}/${m.locale}`),
    ...catalog.categories.flatMap((c) => MARKETS.map((m) => `${baseURL}/${m.locale}/c/${c.slug[m.language]}`)),
    ...products.flatMap((p) => MARKETS.map((m) => `${baseURL}/${m.locale}/p/${p.slug[m.language]}`)),
  ];
  expect([...pages].sort()).toEqual(expected.sort());
});

test('a listed product page exists in every market', async ({ request, baseURL }) => {
  const pages = await sitemapPageUrls(request);
  const product = products.find((p) => p.slug.de !== p.slug.en)!;
  for (const m of MARKETS) {
    const url = `${baseURL}/${m.locale}/p/${product.slug[m.language]}`;
    expect(pages).toContain(url);
    expect((await request.get(url)).status(), url).toBe(200);
  }
});

test('GET /robots.txt allows crawling, keeps private pages out and points to the sitemap', async ({ request, baseURL }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await response.text();
  expect(text).toContain('User-Agent: *');
  expect(text).toContain('Allow: /');
  expect(text).toContain('Disallow: /api/');
  for (const m of MARKETS) {
    for (const section of ['cart', 'checkout', 'account']) expect(text).toContain(`Disallow: /${m.locale}/${section}\n`);
  }
  const sitemap = /^Sitemap: (.+)$/m.exec(text)?.[1];
  expect(sitemap).toBe(`${baseURL}/sitemap.xml`);
  expect((await request.get(sitemap!)).status()).toBe(200);
});

type JsonLd = Record<string, unknown> & { '@type'?: string };

test('a product page carries Product and BreadcrumbList JSON-LD with the market price', async ({ page, baseURL }) => {
  const product = products.find((p) => p.slug.de !== p.slug.en)!;
  const variants = [product.masterVariant!, ...(product.variants ?? [])];
  const market = MARKETS[2];
  await page.goto(`/${market.locale}/p/${product.slug[market.language]}`);

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.length).toBeGreaterThan(0);
  const items = blocks.flatMap((text) => [JSON.parse(text) as JsonLd | JsonLd[]].flat());
  const ld = items.find((item) => item['@type'] === 'Product')!;
  expect(ld).toBeDefined();
  expect(ld['@context']).toBe('https://schema.org');
  expect(ld.name).toBe(product.name[market.language]);
  const variant = variants.find((v) => v.sku === ld.sku);
  expect(variant, `sku ${String(ld.sku)} is one of the product's`).toBeDefined();
  const price = variant!.prices!.find((p) => p.value.currencyCode === market.currency && p.country === market.country)!.value;
  const offers = ld.offers as Record<string, unknown>;
  expect(offers).toMatchObject({
    '@type': 'Offer',
    price: (price.centAmount! / 100).toFixed(2),
    priceCurrency: market.currency,
    availability: expect.stringMatching(/^https:\/\/schema\.org\/(InStock|OutOfStock)$/),
  });
  expect(String(offers.url)).toMatch(new RegExp(`^${baseURL}/${market.locale}/p/${product.slug[market.language]}`));
  // The price in the JSON-LD is the price the shopper sees, in the market's own formatting.
  const shown = new Intl.NumberFormat('de-DE', { style: 'currency', currency: market.currency }).format(Number(offers.price));
  await expect(page.getByTestId('pdp-price')).toContainText(shown.replace(/\u00a0/g, ' '));
  for (const image of ld.image as string[]) expect(image).toMatch(/^https?:\/\//);

  const breadcrumbs = items.find((item) => item['@type'] === 'BreadcrumbList')!;
  const crumbs = breadcrumbs.itemListElement as Array<{ position: number; item: string }>;
  expect(crumbs[0]).toMatchObject({ position: 1, item: `${baseURL}/${market.locale}` });
  expect(crumbs.at(-1)).toMatchObject({ position: crumbs.length, item: `${baseURL}/${market.locale}/p/${product.slug[market.language]}` });
});

test('a product page declares its canonical URL and hreflang alternates with each language slug', async ({ page, baseURL }) => {
  const product = products.find((p) => p.slug.de !== p.slug.en)!;
  for (const current of MARKETS) {
    await page.goto(`/${current.locale}/p/${product.slug[current.language]}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/${current.locale}/p/${product.slug[current.language]}`);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    expect(Object.fromEntries(alternates)).toEqual({
      ...Object.fromEntries(MARKETS.map((m) => [m.hreflang, `${baseURL}/${m.locale}/p/${product.slug[m.language]}`])),
      'x-default': `${baseURL}/en-us/p/${product.slug.en}`,
    });
  }
});

test('search results are noindex, follow', async ({ page }) => {
  await page.goto('/en-us/search?q=shirt');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
});
