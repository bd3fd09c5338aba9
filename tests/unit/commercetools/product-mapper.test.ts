import type { ProductProjection, ProductVariant } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { reshapeProductDetail, reshapeProductSummary } from '@/lib/commercetools/mappers/product';
import { MARKETS } from '@/lib/markets';

const money = (centAmount: number, currencyCode = 'EUR') => ({ type: 'centPrecision' as const, centAmount, currencyCode, fractionDigits: 2 });

function variant(id: number, sku: string, color: string, size: string, price: number | null, onStock?: boolean): ProductVariant {
  return {
    id,
    sku,
    attributes: [
      { name: 'color', value: { key: color, label: { en: color.toUpperCase(), de: `${color}-de` } } },
      { name: 'size', value: { key: size, label: size.toUpperCase() } },
      { name: 'material', value: { en: 'Linen' } },
    ],
    images: [{ url: `/demo-catalog/${sku}.png`, dimensions: { w: 800, h: 800 }, label: `${sku} image` }],
    ...(price === null ? {} : { price: { id: `p${id}`, value: money(price) } }),
    ...(onStock === undefined ? {} : { availability: { isOnStock: onStock, availableQuantity: onStock ? 5 : 0 } }),
  } as ProductVariant;
}

const projection = {
  id: 'prod-1',
  version: 1,
  key: 'shirt',
  productType: { typeId: 'product-type', id: 'pt' },
  name: { en: 'Linen Shirt', de: 'Leinenhemd' },
  slug: { en: 'linen-shirt', de: 'leinenhemd' },
  description: { en: 'A shirt.', de: 'Ein Hemd.' },
  categories: [{ typeId: 'category', id: 'cat-1' }],
  masterVariant: variant(1, 'SH-RED-M', 'red', 'm', 4900, true),
  variants: [variant(2, 'SH-BLUE-M', 'blue', 'm', 3900, false), variant(3, 'SH-BLUE-L', 'blue', 'l', null)],
  createdAt: '2026-01-01T00:00:00.000Z',
  lastModifiedAt: '2026-01-02T00:00:00.000Z',
} as unknown as ProductProjection;

describe('product mapper', () => {
  it('maps variants with localized attribute labels, selected price and availability', () => {
    const summary = reshapeProductSummary(projection, MARKETS['de-de']);
    expect(summary).toMatchObject({ id: 'prod-1', slug: 'leinenhemd', name: 'Leinenhemd' });
    expect(summary.variants.map((v) => [v.sku, v.attributes.color?.label, v.attributes.size?.key, v.price?.centAmount ?? null, v.available])).toEqual([
      ['SH-RED-M', 'red-de', 'm', 4900, true],
      ['SH-BLUE-M', 'blue-de', 'm', 3900, false],
      // No inventory tracking: sellable; no price in this market: null.
      ['SH-BLUE-L', 'blue-de', 'l', null, true],
    ]);
    // Only the attributes the storefront uses are exposed.
    expect(Object.keys(summary.variants[0]!.attributes)).toEqual(['color', 'size']);
  });

  it('a product discount: the discounted amount is the price, the value the original; the card shows the cheapest with its original', () => {
    const onSale = {
      ...projection,
      masterVariant: { ...projection.masterVariant, price: { id: 'p1', value: money(4900), discounted: { value: money(2900), discount: { typeId: 'product-discount', id: 'pd' } } } },
    } as ProductProjection;
    const summary = reshapeProductSummary(onSale, MARKETS['de-de']);
    expect(summary.variants[0]).toMatchObject({ price: { centAmount: 2900 }, originalPrice: { centAmount: 4900 } });
    expect(summary.variants[1]).toMatchObject({ price: { centAmount: 3900 }, originalPrice: null });
    expect(summary.price?.centAmount).toBe(2900);
    expect(summary.originalPrice?.centAmount).toBe(4900);
    // Without a discount there is nothing to strike through.
    expect(reshapeProductSummary(projection, MARKETS['de-de']).originalPrice).toBeNull();
  });

  it('shows the lowest price, and for a filtered search the first matching variant', () => {
    const summary = reshapeProductSummary(projection, MARKETS['en-us']);
    expect(summary.price).toEqual({ centAmount: 3900, currencyCode: 'EUR', fractionDigits: 2 });
    expect(summary.image?.url).toBe('/demo-catalog/SH-RED-M.png');
    const red = reshapeProductSummary(projection, MARKETS['en-us'], new Set(['SH-RED-M']));
    expect(red.price?.centAmount).toBe(4900);
    expect(red.image?.alt).toBe('SH-RED-M image');
  });

  it('keeps every language slug for alternates', () => {
    const detail = reshapeProductDetail(projection, MARKETS['en-gb']);
    expect(detail).toMatchObject({ slugs: { en: 'linen-shirt', de: 'leinenhemd' }, description: 'A shirt.', categoryIds: ['cat-1'] });
  });
});
