// The sitemap against the seeded local backend: every product and category of the demo catalog in
// every market with its language's slug, plus the homes; a failed catalog read is an error.
import { describe, expect, it } from 'vitest';
import { demoCatalog } from '../../../scripts/local-backend/seed/demo-catalog';
import { withEnv } from '../../harness/fresh-modules';
import { TEST_SITE_URL } from '../../harness/integration-env';

const catalog = demoCatalog();
const MARKETS = [
  { locale: 'en-us', language: 'en' },
  { locale: 'en-gb', language: 'en' },
  { locale: 'de-de', language: 'de' },
] as const;

function expectedUrls(): string[] {
  const urls = MARKETS.map((m) => `${TEST_SITE_URL}/${m.locale}`);
  for (const category of catalog.categories) {
    for (const m of MARKETS) urls.push(`${TEST_SITE_URL}/${m.locale}/c/${category.slug[m.language]}`);
  }
  for (const product of catalog.products.filter((p) => p.publish)) {
    for (const m of MARKETS) urls.push(`${TEST_SITE_URL}/${m.locale}/p/${product.slug[m.language]}`);
  }
  return urls;
}

async function loadSitemap(env: Record<string, string | undefined> = {}) {
  return withEnv(env, async () => ({
    ...(await import('@/app/sitemaps/sitemap')),
    index: await import('@/app/sitemap.xml/route'),
  }));
}

describe('sitemap', () => {
  it('lists every market home, every category and every published product in every market', async () => {
    const { default: sitemap, generateSitemaps } = await loadSitemap();
    const ids = await generateSitemaps();
    // Homes and categories, then the demo catalog's products in one part.
    expect(ids).toEqual([{ id: 0 }, { id: 1 }]);
    const entries = (await Promise.all(ids.map(({ id }) => sitemap({ id: Promise.resolve(String(id)) })))).flat();

    const urls = entries.map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect([...urls].sort()).toEqual(expectedUrls().sort());
    for (const entry of entries) {
      expect(entry.url.startsWith(`${TEST_SITE_URL}/`)).toBe(true);
      expect(Number.isFinite(Date.parse(String(entry.lastModified)))).toBe(true);
    }

    // Spot checks that the per-language slug is the one used (German slugs differ from English).
    const product = catalog.products.find((p) => p.publish && p.slug.de !== p.slug.en)!;
    expect(urls).toContain(`${TEST_SITE_URL}/de-de/p/${product.slug.de}`);
    expect(urls).not.toContain(`${TEST_SITE_URL}/de-de/p/${product.slug.en}`);
    expect(urls).toContain(`${TEST_SITE_URL}/en-gb/p/${product.slug.en}`);
  });

  it('serves the index at /sitemap.xml, listing the files', async () => {
    const { index } = await loadSitemap();
    const response = await index.GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await response.text();
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([0, 1].map((id) => `${TEST_SITE_URL}/sitemaps/sitemap/${id}.xml`));
  });

  it('refuses a file id that does not exist', async () => {
    const { default: sitemap } = await loadSitemap();
    await expect(sitemap({ id: Promise.resolve('2') })).rejects.toThrow(/no file/);
  });

  it('throws when the catalog cannot be read, rather than serve an empty sitemap', async () => {
    const { default: sitemap, generateSitemaps, index } = await loadSitemap({
      CTP_AUTH_URL: 'http://127.0.0.1:9',
      CTP_API_URL: 'http://127.0.0.1:9',
    });
    await expect(generateSitemaps()).rejects.toThrow(/catalog read failed \(unavailable/);
    await expect(sitemap({ id: Promise.resolve('0') })).rejects.toThrow(/catalog read failed/);
    await expect(index.GET()).rejects.toThrow(/catalog read failed/);
  });
});

describe('robots.txt', () => {
  it('points to the absolute sitemap URL', async () => {
    const { default: robots } = await withEnv({}, () => import('@/app/robots'));
    expect((await robots()).sitemap).toBe(`${TEST_SITE_URL}/sitemap.xml`);
  });
});
