// Generated products for load tests and benchmarks (the `generatedProducts` option): copies of a
// seeded demo product (a real Product the API created and published) with their own id, key,
// slugs, SKU, price ids and dates. They are written straight into the mock's storage: a create
// request each would take minutes for 100,000 (the mock scans every product per key check).
import { randomUUID } from 'node:crypto';
import type { Product, ProductData } from '@commercetools/platform-sdk';
import type { Upstream } from '../compat/upstream';

/** Dates one second apart from here, so "newest" and lastModifiedAt sorts have distinct values. */
const FIRST_DATE = Date.UTC(2026, 0, 1);

function renamed(data: ProductData, index: number): ProductData {
  const master = data.masterVariant;
  return {
    ...data,
    name: Object.fromEntries(Object.entries(data.name).map(([lang, text]) => [lang, `${text} ${index}`])),
    slug: Object.fromEntries(Object.entries(data.slug).map(([lang, slug]) => [lang, `${slug}-g${index}`])),
    masterVariant: {
      ...master,
      sku: `GEN-${index}`,
      key: `gen-${index}`,
      prices: (master.prices ?? []).map((price) => ({ ...price, id: randomUUID() })),
    },
    variants: [],
  };
}

/** Adds `count` published products to the project; returns how long it took (ms). */
export async function addGeneratedProducts(upstream: Upstream, count: number): Promise<number> {
  const started = performance.now();
  const template = ((await upstream.all('product')) as Product[]).find((p) => p.masterData.published);
  if (!template) throw new Error('generated products need a published product to copy (seed the demo catalog)');
  for (let index = 0; index < count; index++) {
    const date = new Date(FIRST_DATE + index * 1000).toISOString();
    const data = renamed(template.masterData.current, index);
    const product: Product = {
      ...template,
      id: randomUUID(),
      key: `generated-${index}`,
      version: 1,
      createdAt: date,
      lastModifiedAt: date,
      masterData: { ...template.masterData, current: data, staged: data, published: true, hasStagedChanges: false },
    };
    await upstream.storage.add(upstream.projectKey, 'product', product);
  }
  upstream.productsChanged();
  // Read them once now, so the first query after start does not pay for it.
  await upstream.publishedProducts();
  return Math.round(performance.now() - started);
}
