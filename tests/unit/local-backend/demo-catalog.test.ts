import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, inflateSync } from 'node:zlib';
import type { AttributeDefinitionDraft, LocalizedString, ProductDraft, ProductVariantDraft } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER, demoCatalog } from '@/scripts/local-backend/seed/demo-catalog';

const PUBLIC_DIR = fileURLToPath(new URL('../../../public/', import.meta.url));
const IMAGE_DIR = join(PUBLIC_DIR, 'demo-catalog');
const MARKETS = [
  { currency: 'USD', country: 'US', zone: 'us' },
  { currency: 'GBP', country: 'GB', zone: 'gb' },
  { currency: 'EUR', country: 'DE', zone: 'de' },
] as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEY = /^[A-Za-z0-9_-]{2,256}$/;

const catalog = demoCatalog();

function variantsOf(p: ProductDraft): ProductVariantDraft[] {
  return [p.masterVariant, ...(p.variants ?? [])].filter((v): v is ProductVariantDraft => v !== undefined);
}

function attr(v: ProductVariantDraft, name: string): unknown {
  return v.attributes?.find((a) => a.name === name)?.value;
}

function expectBilingual(text: LocalizedString | undefined, what: string): void {
  expect(Object.keys(text ?? {}).sort(), what).toEqual(['de', 'en']);
  for (const locale of ['en', 'de']) {
    const value = text?.[locale] ?? '';
    expect(value.trim().length, `${what} [${locale}]`).toBeGreaterThan(1);
    expect(value.toLowerCase(), `${what} [${locale}]`).not.toMatch(/lorem|ipsum|todo|xxx/);
  }
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Bytes per pixel by PNG colour type at 8 bits (0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Reads a PNG whole: signature, every chunk's CRC, IHDR first, IEND last, and image data that
 * inflates to exactly the rows the header promises (8-bit images, as the demo catalog ships).
 */
function readPng(file: Buffer): { width: number; height: number } {
  expect(file.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  const chunks: Array<{ type: string; body: Buffer }> = [];
  for (let offset = 8; offset < file.length; ) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('ascii', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    expect(crc32(file.subarray(offset + 4, offset + 8 + length)) >>> 0, `${type} CRC`).toBe(file.readUInt32BE(offset + 8 + length));
    chunks.push({ type, body });
    offset += 12 + length;
  }
  expect(chunks[0]?.type).toBe('IHDR');
  expect(chunks.at(-1)?.type).toBe('IEND');
  const ihdr = chunks[0]!.body;
  const [width, height, bitDepth, colorType] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8]!, ihdr[9]!];
  expect(bitDepth).toBe(8);
  const data = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.body)));
  expect(data.length).toBe(height * (1 + width * CHANNELS[colorType]!));
  return { width, height };
}

describe('demo catalog: project, zones, taxes', () => {
  it('configures the three markets', () => {
    expect(catalog.project).toEqual({ currencies: ['USD', 'GBP', 'EUR'], countries: ['US', 'GB', 'DE'], languages: ['en', 'de'] });
    expect(catalog.zones.map((z) => [z.key, z.locations])).toEqual([
      ['us', [{ country: 'US' }]],
      ['gb', [{ country: 'GB' }]],
      ['de', [{ country: 'DE' }]],
    ]);
  });

  it('has standard and reduced tax categories with a rate per country', () => {
    expect(catalog.taxCategories.map((t) => t.key)).toEqual(['standard', 'reduced']);
    for (const tax of catalog.taxCategories) {
      const rates = tax.rates ?? [];
      expect(rates.map((r) => r.country).sort()).toEqual(['DE', 'GB', 'US']);
      expect(duplicates(rates.map((r) => r.key ?? ''))).toEqual([]);
      for (const rate of rates) {
        expect(rate.name.length).toBeGreaterThan(0);
        expect(rate.amount).toBeGreaterThanOrEqual(0);
        expect(rate.amount).toBeLessThan(1);
        // US sales tax is added on top of net prices; UK and German VAT are included in gross prices.
        expect(rate.includedInPrice).toBe(rate.country !== 'US');
      }
    }
    const standard = catalog.taxCategories.find((t) => t.key === 'standard')?.rates ?? [];
    expect(Object.fromEntries(standard.map((r) => [r.country, r.amount]))).toEqual({ US: 0.0725, GB: 0.2, DE: 0.19 });
    const reduced = catalog.taxCategories.find((t) => t.key === 'reduced')?.rates ?? [];
    expect(reduced.find((r) => r.country === 'DE')?.amount).toBe(0.07);
  });
});

describe('demo catalog: product types and categories', () => {
  it('defines color (lenum), size (enum) and material (ltext) identically on every product type', () => {
    expect(catalog.productTypes.length).toBeGreaterThanOrEqual(1);
    expect(catalog.productTypes.map((t) => t.key)).toContain('apparel');
    for (const type of catalog.productTypes) {
      const byName = new Map((type.attributes ?? []).map((a) => [a.name, a] as const));
      const color = byName.get('color') as AttributeDefinitionDraft;
      const size = byName.get('size') as AttributeDefinitionDraft;
      const material = byName.get('material') as AttributeDefinitionDraft;
      expect(color.type.name).toBe('lenum');
      expect(size.type.name).toBe('enum');
      expect(material.type.name).toBe('ltext');
      expect(color.attributeConstraint).toBe('CombinationUnique');
      expect(size.attributeConstraint).toBe('CombinationUnique');
      expect(['None', 'SameForAll']).toContain(material.attributeConstraint);
      expectBilingual(color.label, `${type.key}.color label`);
      if (color.type.name === 'lenum') for (const v of color.type.values) expectBilingual(v.label, `color ${v.key}`);
      if (size.type.name === 'enum') expect(duplicates(size.type.values.map((v) => v.key))).toEqual([]);
    }
  });

  it('has at least three top-level categories with two to four subcategories each, parents first', () => {
    const { categories } = catalog;
    const keys = categories.map((c) => c.key ?? '');
    expect(duplicates(keys)).toEqual([]);
    keys.forEach((k) => expect(k).toMatch(KEY));
    const top = categories.filter((c) => !c.parent);
    expect(top.length).toBeGreaterThanOrEqual(3);
    for (const t of top) {
      const children = categories.filter((c) => c.parent?.key === t.key);
      expect(children.length, t.key).toBeGreaterThanOrEqual(2);
      expect(children.length, t.key).toBeLessThanOrEqual(4);
    }
    categories.forEach((c, i) => {
      if (c.parent) {
        expect(c.parent.typeId).toBe('category');
        const parentIndex = keys.indexOf(c.parent.key ?? '');
        expect(parentIndex, `parent of ${c.key}`).toBeGreaterThanOrEqual(0);
        expect(parentIndex, `parent of ${c.key} comes first`).toBeLessThan(i);
        expect(categories[parentIndex]?.parent, 'two levels only').toBeUndefined();
      }
      expectBilingual(c.name, `category ${c.key} name`);
      expectBilingual(c.slug, `category ${c.key} slug`);
      expectBilingual(c.description, `category ${c.key} description`);
      expect(Number(c.orderHint)).toBeGreaterThan(0);
      expect(Number(c.orderHint)).toBeLessThan(1);
    });
    for (const locale of ['en', 'de']) {
      const slugs = categories.map((c) => c.slug[locale] ?? '');
      expect(duplicates(slugs), locale).toEqual([]);
      slugs.forEach((s) => expect(s).toMatch(SLUG));
    }
  });
});

describe('demo catalog: products', () => {
  const { products, categories, productTypes, taxCategories } = catalog;
  const variants = products.flatMap(variantsOf);

  it('has at least 48 products, each in a subcategory, spread over all of them', () => {
    expect(products.length).toBeGreaterThanOrEqual(48);
    const subcategories = categories.filter((c) => c.parent).map((c) => c.key);
    for (const p of products) {
      expect(p.categories?.length, p.key).toBeGreaterThanOrEqual(1);
      for (const ref of p.categories ?? []) {
        expect(ref.typeId).toBe('category');
        expect(subcategories, p.key).toContain(ref.key);
      }
    }
    for (const sub of subcategories) {
      expect(products.some((p) => p.categories?.some((c) => c.key === sub)), sub).toBe(true);
    }
  });

  it('has unique keys and unique, URL-safe slugs in en and de', () => {
    const keys = products.map((p) => p.key ?? '');
    expect(duplicates(keys)).toEqual([]);
    keys.forEach((k) => expect(k).toMatch(KEY));
    for (const locale of ['en', 'de']) {
      const slugs = products.map((p) => p.slug[locale] ?? '');
      expect(duplicates(slugs), locale).toEqual([]);
      slugs.forEach((s) => expect(s).toMatch(SLUG));
    }
  });

  it('gives every product an en and de name, slug and description, and publishes it', () => {
    for (const p of products) {
      expectBilingual(p.name, `${p.key} name`);
      expectBilingual(p.slug, `${p.key} slug`);
      expectBilingual(p.description, `${p.key} description`);
      expect(p.name.en).not.toBe(p.name.de);
      expect(p.publish, p.key).toBe(true);
    }
  });

  it('references product types, tax categories and categories by existing keys', () => {
    const typeKeys = productTypes.map((t) => t.key);
    const taxKeys = taxCategories.map((t) => t.key);
    const categoryKeys = categories.map((c) => c.key);
    for (const p of products) {
      expect(p.productType).toEqual({ typeId: 'product-type', key: expect.any(String) });
      expect(typeKeys).toContain(p.productType.key);
      expect(p.taxCategory?.typeId).toBe('tax-category');
      expect(taxKeys).toContain(p.taxCategory?.key);
      for (const c of p.categories ?? []) expect(categoryKeys).toContain(c.key);
    }
    expect(products.some((p) => p.taxCategory?.key === 'reduced')).toBe(true);
  });

  it('has two to six variants per product with unique SKUs, keys and colour/size combinations', () => {
    for (const p of products) {
      const vs = variantsOf(p);
      expect(vs.length, p.key).toBeGreaterThanOrEqual(2);
      expect(vs.length, p.key).toBeLessThanOrEqual(6);
      const combos = vs.map((v) => `${(attr(v, 'color') as { key: string }).key}/${(attr(v, 'size') as { key: string }).key}`);
      expect(duplicates(combos), p.key).toEqual([]);
      // material is SameForAll
      expect(new Set(vs.map((v) => JSON.stringify(attr(v, 'material')))).size, p.key).toBe(1);
    }
    const skus = variants.map((v) => v.sku ?? '');
    expect(duplicates(skus)).toEqual([]);
    skus.forEach((s) => expect(s).toMatch(/^[A-Z]{3}-\d{3}-[A-Z]{3}-[A-Z0-9]+$/));
    expect(duplicates(variants.map((v) => v.key ?? ''))).toEqual([]);
  });

  it('uses attribute values defined on the product type', () => {
    for (const p of products) {
      const type = productTypes.find((t) => t.key === p.productType.key);
      const def = (name: string) => type?.attributes?.find((a) => a.name === name)?.type;
      const colorType = def('color');
      const sizeType = def('size');
      const colorKeys = colorType?.name === 'lenum' ? colorType.values.map((v) => v.key) : [];
      const sizeKeys = sizeType?.name === 'enum' ? sizeType.values.map((v) => v.key) : [];
      for (const v of variantsOf(p)) {
        const color = attr(v, 'color') as { key: string; label: LocalizedString };
        const size = attr(v, 'size') as { key: string; label: string };
        expect(colorKeys, `${v.sku} color`).toContain(color.key);
        expectBilingual(color.label, `${v.sku} color label`);
        expect(sizeKeys, `${v.sku} size`).toContain(size.key);
        expectBilingual(attr(v, 'material') as LocalizedString, `${v.sku} material`);
      }
    }
  });

  it('prices every variant once in USD/US, GBP/GB and EUR/DE with integer cent amounts', () => {
    for (const v of variants) {
      const prices = v.prices ?? [];
      expect(prices.length, v.sku).toBe(3);
      for (const m of MARKETS) {
        const matching = prices.filter((p) => p.value.currencyCode === m.currency && p.country === m.country);
        expect(matching.length, `${v.sku} ${m.currency}`).toBe(1);
        const cents = matching[0]?.value.centAmount ?? 0;
        expect(Number.isInteger(cents), `${v.sku} ${m.currency}`).toBe(true);
        expect(cents).toBeGreaterThan(500);
        expect(cents).toBeLessThan(50_000);
      }
    }
    const usd = new Set(variants.map((v) => v.prices?.find((p) => p.value.currencyCode === 'USD')?.value.centAmount));
    expect(usd.size, 'prices are varied').toBeGreaterThanOrEqual(20);
    const withVariantPrices = products.filter(
      (p) => new Set(variantsOf(p).map((v) => v.prices?.[0]?.value.centAmount)).size > 1,
    );
    expect(withVariantPrices.length, 'some products price variants differently').toBeGreaterThanOrEqual(1);
  });

  it('shows one to three images per product and at least one per variant, all existing PNGs of the stated size', () => {
    for (const p of products) {
      const urls = new Set(variantsOf(p).flatMap((v) => (v.images ?? []).map((i) => i.url)));
      expect(urls.size, p.key).toBeGreaterThanOrEqual(1);
      expect(urls.size, p.key).toBeLessThanOrEqual(3);
    }
    const checked = new Map<string, { w: number; h: number }>();
    for (const v of variants) {
      expect(v.images?.length, v.sku).toBeGreaterThanOrEqual(1);
      for (const image of v.images ?? []) {
        expect(image.url).toMatch(/^\/demo-catalog\/[a-z0-9-]+\.png$/);
        expect(image.label?.length).toBeGreaterThan(0);
        const known = checked.get(image.url);
        if (known) {
          expect(image.dimensions).toEqual(known);
          continue;
        }
        const png = readPng(readFileSync(join(PUBLIC_DIR, image.url)));
        expect({ w: png.width, h: png.height }, image.url).toEqual(image.dimensions);
        checked.set(image.url, image.dimensions);
      }
    }
    const colorImages = products.filter((p) => new Set(variantsOf(p).map((v) => v.images?.[0]?.url)).size > 1);
    expect(colorImages.length, 'colour variants show differently coloured images').toBeGreaterThan(products.length / 2);
  });

  it('ships no unreferenced images and keeps them small', () => {
    const referenced = new Set(variants.flatMap((v) => (v.images ?? []).map((i) => i.url.replace('/demo-catalog/', ''))));
    const files = readdirSync(IMAGE_DIR).filter((f) => f.endsWith('.png'));
    expect(files.sort()).toEqual([...referenced].sort());
    const sizes = files.map((f) => statSync(join(IMAGE_DIR, f)).size);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(3 * 1024 * 1024);
    expect(Math.max(...sizes)).toBeLessThan(40 * 1024);
  });
});

describe('demo catalog: shipping, inventory, customers', () => {
  it('has a default standard shipping method with free shipping thresholds and an express one', () => {
    const [standard, express] = catalog.shippingMethods;
    expect(catalog.shippingMethods.map((m) => m.key)).toEqual(['standard', 'express']);
    expect(standard?.isDefault).toBe(true);
    expect(express?.isDefault).toBe(false);
    const zoneKeys = catalog.zones.map((z) => z.key);
    for (const method of catalog.shippingMethods) {
      expectBilingual(method.localizedName, `${method.key} name`);
      expectBilingual(method.localizedDescription, `${method.key} description`);
      expect(method.taxCategory).toEqual({ typeId: 'tax-category', key: 'standard' });
      expect(method.zoneRates.map((z) => z.zone.key)).toEqual(['us', 'gb', 'de']);
      for (const zoneRate of method.zoneRates) {
        expect(zoneRate.zone.typeId).toBe('zone');
        expect(zoneKeys).toContain(zoneRate.zone.key);
        const market = MARKETS.find((m) => m.zone === zoneRate.zone.key);
        expect(zoneRate.shippingRates).toHaveLength(1);
        const rate = zoneRate.shippingRates[0];
        expect(rate?.price.currencyCode).toBe(market?.currency);
        expect(Number.isInteger(rate?.price.centAmount)).toBe(true);
        if (method.key === 'standard') expect(rate?.freeAbove?.currencyCode).toBe(market?.currency);
        else expect(rate?.freeAbove).toBeUndefined();
      }
    }
    expect(standard?.zoneRates.map((z) => [z.shippingRates[0]?.price.centAmount, z.shippingRates[0]?.freeAbove?.centAmount])).toEqual([
      [599, 7500],
      [395, 6000],
      [495, 6000],
    ]);
    expect(express?.zoneRates.map((z) => z.shippingRates[0]?.price.centAmount)).toEqual([1499, 995, 1295]);
  });

  it('stocks every SKU exactly once, with some variants and one whole product sold out', () => {
    const skus = catalog.products.flatMap(variantsOf).map((v) => v.sku);
    const entries = catalog.inventory;
    expect(entries.map((e) => e.sku).sort()).toEqual([...skus].sort());
    for (const e of entries) {
      expect(Number.isInteger(e.quantityOnStock)).toBe(true);
      expect(e.quantityOnStock).toBeGreaterThanOrEqual(0);
    }
    const stock = new Map(entries.map((e) => [e.sku, e.quantityOnStock]));
    const soldOut = entries.filter((e) => e.quantityOnStock === 0);
    expect(soldOut.length).toBeGreaterThanOrEqual(6);
    const productsWithSoldOut = catalog.products.filter((p) => variantsOf(p).some((v) => stock.get(v.sku ?? '') === 0));
    expect(productsWithSoldOut.length).toBeGreaterThanOrEqual(3);
    const entirelySoldOut = catalog.products.filter((p) => variantsOf(p).every((v) => stock.get(v.sku ?? '') === 0));
    expect(entirelySoldOut.length).toBeGreaterThanOrEqual(1);
    expect(entirelySoldOut.length).toBeLessThan(productsWithSoldOut.length);
    expect(entries.filter((e) => e.quantityOnStock > 0).length).toBeGreaterThan(entries.length * 0.8);
  });

  it('includes the demo customer with a default US shipping address and a GB address', () => {
    expect(DEMO_CUSTOMER.email).toBe('demo@example.com');
    expect(DEMO_CUSTOMER.password.length).toBeGreaterThanOrEqual(12);
    expect(DEMO_CUSTOMER.password.toLowerCase()).toContain('demo');
    const customer = catalog.customers.find((c) => c.email === DEMO_CUSTOMER.email);
    expect(customer).toBeDefined();
    expect(customer).toMatchObject({
      key: 'demo-customer',
      password: DEMO_CUSTOMER.password,
      firstName: DEMO_CUSTOMER.firstName,
      lastName: DEMO_CUSTOMER.lastName,
    });
    const addresses = customer?.addresses ?? [];
    expect(addresses[customer?.defaultShippingAddress ?? -1]?.country).toBe('US');
    expect(addresses.some((a) => a.country === 'GB')).toBe(true);
    for (const index of [...(customer?.shippingAddresses ?? []), ...(customer?.billingAddresses ?? [])]) {
      expect(addresses[index]).toBeDefined();
    }
    expect(duplicates(catalog.customers.map((c) => c.email))).toEqual([]);
  });
});

describe('demo catalog: determinism', () => {
  it('returns deep-equal, JSON-clean data on every call', () => {
    const again = demoCatalog();
    expect(again).toStrictEqual(catalog);
    expect(again).not.toBe(catalog);
    expect(JSON.parse(JSON.stringify(catalog))).toStrictEqual(catalog);
  });

  it('does not share mutable objects between calls', () => {
    const first = demoCatalog();
    const second = demoCatalog();
    (first.products[0]?.name as Record<string, string>).en = 'changed';
    first.project.currencies.push('CHF');
    expect(second.products[0]?.name.en).not.toBe('changed');
    expect(second.project.currencies).toEqual(['USD', 'GBP', 'EUR']);
  });
});
