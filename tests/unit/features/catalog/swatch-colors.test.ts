// The colour facet's swatches: every colour of the demo catalog is drawn in the colour its product
// images use, other catalogs' common colour words get one too, and nothing unknown is mistaken for
// a colour (not even a key that names an Object.prototype member).
import { describe, expect, it } from 'vitest';
import { swatchBackground, UNKNOWN_SWATCH } from '@/app/_features/catalog/swatch-colors';
import { COLORS } from '../../../../scripts/local-backend/seed/data/colors';

describe('swatchBackground', () => {
  it('maps every demo catalog colour key to the colour its images are drawn in', () => {
    for (const color of COLORS) expect(swatchBackground(color.key, color.en), color.key).toBe(color.hex);
  });

  it('is one colour per value: distinct demo colours get distinct swatches', () => {
    const backgrounds = new Set(COLORS.map((c) => swatchBackground(c.key)));
    expect(backgrounds.size).toBe(COLORS.length);
  });

  it('reads a key in any letter case, and falls back to the English label for unknown keys', () => {
    expect(swatchBackground('NAVY')).toBe(swatchBackground('navy'));
    expect(swatchBackground('col-0042', 'Gray')).toBe(swatchBackground('grey'));
    expect(swatchBackground('col-0043', 'Multi-Color')).toMatch(/^conic-gradient\(/);
  });

  it('gives unknown values (and prototype names) the neutral pattern, never a colour of another value', () => {
    expect(swatchBackground('ultraviolet', 'Ultraviolet')).toBe(UNKNOWN_SWATCH);
    expect(swatchBackground('constructor', 'toString')).toBe(UNKNOWN_SWATCH);
    expect(swatchBackground('__proto__')).toBe(UNKNOWN_SWATCH);
  });
});
