import { describe, expect, it } from 'vitest';
import { selectionOf, selectionQuery, selectVariant, variantAxes, variantOptions } from '@/app/_features/catalog/variants';
import type { ProductVariantView } from '@/lib/types';

function variant(sku: string, color: string, size: string, available = true, cents = 4500): ProductVariantView {
  return {
    sku,
    price: { centAmount: cents, currencyCode: 'USD', fractionDigits: 2 },
    originalPrice: null,
    available,
    attributes: { color: { key: color, label: color.toUpperCase() }, size: { key: size, label: size.toUpperCase() } },
    images: [{ url: `/${color}.png`, alt: color, width: 800, height: 800 }],
  };
}

const variants = [
  variant('NVY-S', 'navy', 's', false),
  variant('NVY-M', 'navy', 'm'),
  variant('NVY-L', 'navy', 'l', true, 5000),
  variant('RED-S', 'red', 's'),
  variant('RED-M', 'red', 'm', false),
];
const axes = variantAxes(variants);

describe('variantAxes', () => {
  it('puts colour and size first', () => {
    expect(axes).toEqual(['color', 'size']);
  });

  it('adds other attributes only when they vary', () => {
    const withFit = variants.map((v, i) => ({ ...v, attributes: { ...v.attributes, fit: { key: i % 2 ? 'slim' : 'regular', label: 'x' }, care: { key: 'wash', label: 'x' } } }));
    expect(variantAxes(withFit)).toEqual(['color', 'size', 'fit']);
  });
});

describe('selectVariant', () => {
  it('selects the exact combination from the URL, available or not', () => {
    expect(selectVariant(variants, axes, { color: 'navy', size: 's' })?.sku).toBe('NVY-S');
    expect(selectVariant(variants, axes, { color: 'red', size: 'm' })?.sku).toBe('RED-M');
  });

  it('prefers `sku`', () => {
    expect(selectVariant(variants, axes, { sku: 'RED-S', color: 'navy' })?.sku).toBe('RED-S');
  });

  it('without a full selection picks the first available match', () => {
    expect(selectVariant(variants, axes, {})?.sku).toBe('NVY-M');
    expect(selectVariant(variants, axes, { color: 'red' })?.sku).toBe('RED-S');
    expect(selectVariant(variants, axes, { size: 'm' })?.sku).toBe('NVY-M');
  });

  it('ignores values that match nothing', () => {
    expect(selectVariant(variants, axes, { color: 'green', size: 'l' })?.sku).toBe('NVY-L');
    expect(selectVariant(variants, axes, { color: 'red', size: 'l' })?.sku).toBe('RED-S');
    expect(selectVariant(variants, axes, { sku: 'NOPE' })?.sku).toBe('NVY-M');
  });

  it('falls back to the first variant when none is available', () => {
    const soldOut = variants.map((v) => ({ ...v, available: false }));
    expect(selectVariant(soldOut, axes, {})?.sku).toBe('NVY-S');
  });
});

describe('variantOptions', () => {
  const current = variants[1]!; // navy M
  const [colors, sizes] = variantOptions(variants, axes, current);

  it('lists each value once, marking the selection', () => {
    expect(colors!.options.map((o) => [o.key, o.selected])).toEqual([
      ['navy', true],
      ['red', false],
    ]);
    expect(sizes!.options.map((o) => o.key)).toEqual(['s', 'm', 'l']);
  });

  it('marks sold-out and missing combinations against the other selected values', () => {
    expect(sizes!.options.map((o) => o.state)).toEqual(['sold-out', 'available', 'available']);
    expect(colors!.options.find((o) => o.key === 'red')!.state).toBe('sold-out'); // red M
    const [, sizesForRed] = variantOptions(variants, axes, variants[3]!); // red S
    expect(sizesForRed!.options.find((o) => o.key === 'l')!.state).toBe('unavailable');
  });

  it('links every option to a full, existing selection', () => {
    expect(colors!.options.find((o) => o.key === 'red')!.selection).toEqual({ color: 'red', size: 'm' });
    const [, sizesForRed] = variantOptions(variants, axes, variants[3]!);
    // Red L does not exist: choosing L leads to a real variant (navy L).
    expect(sizesForRed!.options.find((o) => o.key === 'l')!.selection).toEqual({ color: 'navy', size: 'l' });
  });

  it('carries a swatch image per colour', () => {
    expect(colors!.options.map((o) => o.image?.url)).toEqual(['/navy.png', '/red.png']);
  });
});

describe('selection URLs', () => {
  it('writes the axes in order', () => {
    expect(selectionQuery({ size: 'm', color: 'navy' }, axes)).toBe('?color=navy&size=m');
    expect(selectionQuery(selectionOf(variants[4]!, axes), axes)).toBe('?color=red&size=m');
    expect(selectionQuery({}, axes)).toBe('');
  });
});
