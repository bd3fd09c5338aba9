// Product types of the demo catalog. All of them share the variant attributes `color` (lenum),
// `size` (enum) and `material` (ltext) with identical types, as commercetools requires for
// attributes of the same name across product types; only the enum values of `size` differ.

import { COLORS } from './colors';

export interface DemoSize {
  /** Enum key stored on the variant. */
  readonly key: string;
  /** Enum label (plain enum labels are not localized; these read the same in en and de). */
  readonly label: string;
  /** SKU segment. */
  readonly code: string;
}

export const PRODUCT_TYPES = {
  apparel: {
    name: 'Apparel',
    description: 'Clothing for women, men and kids, sized XS to XL or by height in cm (kids).',
    sizes: [
      { key: 'xs', label: 'XS', code: 'XS' },
      { key: 's', label: 'S', code: 'S' },
      { key: 'm', label: 'M', code: 'M' },
      { key: 'l', label: 'L', code: 'L' },
      { key: 'xl', label: 'XL', code: 'XL' },
      { key: '104', label: '104', code: '104' },
      { key: '116', label: '116', code: '116' },
      { key: '128', label: '128', code: '128' },
      { key: '140', label: '140', code: '140' },
    ],
  },
  footwear: {
    name: 'Footwear',
    description: 'Shoes and boots in EU sizes.',
    sizes: ['36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46'].map((s) => ({
      key: s,
      label: `EU ${s}`,
      code: s,
    })),
  },
  accessories: {
    name: 'Accessories',
    description: 'Bags, hats and scarves.',
    sizes: [
      { key: 'one-size', label: 'One Size', code: 'OS' },
      { key: 's-m', label: 'S/M', code: 'SM' },
      { key: 'l-xl', label: 'L/XL', code: 'LXL' },
      { key: '20-l', label: '20 L', code: '20L' },
      { key: '30-l', label: '30 L', code: '30L' },
    ],
  },
  homeware: {
    name: 'Homeware',
    description: 'Tableware and soft furnishings.',
    sizes: [
      { key: '90-ml', label: '90 ml', code: '90ML' },
      { key: '350-ml', label: '350 ml', code: '350ML' },
      { key: '470-ml', label: '470 ml', code: '470ML' },
      { key: '40x40', label: '40 × 40 cm', code: '40X40' },
      { key: '50x50', label: '50 × 50 cm', code: '50X50' },
      { key: '130x170', label: '130 × 170 cm', code: '130X170' },
      { key: '150x200', label: '150 × 200 cm', code: '150X200' },
    ],
  },
} as const satisfies Record<string, { name: string; description: string; sizes: readonly DemoSize[] }>;

export type ProductTypeKey = keyof typeof PRODUCT_TYPES;
export type SizeKey<T extends ProductTypeKey> = (typeof PRODUCT_TYPES)[T]['sizes'][number]['key'];

/** Every size key of every product type (for the loosely typed product table). */
export type AnySizeKey =
  | SizeKey<'apparel'>
  | SizeKey<'accessories'>
  | SizeKey<'homeware'>
  | '36' | '37' | '38' | '39' | '40' | '41' | '42' | '43' | '44' | '45' | '46';

export function sizeOf(type: ProductTypeKey, key: string): DemoSize {
  const size = (PRODUCT_TYPES[type].sizes as readonly DemoSize[]).find((s) => s.key === key);
  if (!size) throw new Error(`Size ${key} is not defined on product type ${type}`);
  return size;
}

export const ATTRIBUTE_LABELS = {
  color: { en: 'Color', de: 'Farbe' },
  size: { en: 'Size', de: 'Größe' },
  material: { en: 'Material', de: 'Material' },
} as const;

export const COLOR_VALUES = COLORS.map((c) => ({ key: c.key, label: { en: c.en, de: c.de } }));
