// Colour palette of the demo catalog. `key` is the `color` lenum key, `code` the SKU segment and
// `hex` the colour the generated product images are drawn in.

export interface DemoColor {
  readonly key: string;
  readonly code: string;
  readonly en: string;
  readonly de: string;
  readonly hex: string;
}

export const COLORS = [
  { key: 'black', code: 'BLK', en: 'Black', de: 'Schwarz', hex: '#26272b' },
  { key: 'white', code: 'WHT', en: 'White', de: 'Weiß', hex: '#f5f3ef' },
  { key: 'cream', code: 'CRM', en: 'Cream', de: 'Creme', hex: '#ece1c9' },
  { key: 'grey', code: 'GRY', en: 'Grey', de: 'Grau', hex: '#8c9096' },
  { key: 'charcoal', code: 'CHR', en: 'Charcoal', de: 'Anthrazit', hex: '#44474d' },
  { key: 'navy', code: 'NVY', en: 'Navy', de: 'Marineblau', hex: '#263556' },
  { key: 'blue', code: 'BLU', en: 'Blue', de: 'Blau', hex: '#4a74ad' },
  { key: 'green', code: 'GRN', en: 'Green', de: 'Grün', hex: '#35694f' },
  { key: 'sage', code: 'SGE', en: 'Sage', de: 'Salbei', hex: '#9caf94' },
  { key: 'red', code: 'RED', en: 'Red', de: 'Rot', hex: '#b7393a' },
  { key: 'burgundy', code: 'BRG', en: 'Burgundy', de: 'Bordeaux', hex: '#6e2233' },
  { key: 'pink', code: 'PNK', en: 'Pink', de: 'Rosa', hex: '#e2a4b2' },
  { key: 'yellow', code: 'YLW', en: 'Mustard', de: 'Senfgelb', hex: '#d9a93b' },
  { key: 'terracotta', code: 'TER', en: 'Terracotta', de: 'Terrakotta', hex: '#bf6446' },
  { key: 'beige', code: 'BEI', en: 'Beige', de: 'Beige', hex: '#d5c2a1' },
  { key: 'camel', code: 'CML', en: 'Camel', de: 'Camel', hex: '#b58855' },
  { key: 'brown', code: 'BRN', en: 'Brown', de: 'Braun', hex: '#6d4a33' },
] as const satisfies readonly DemoColor[];

export type ColorKey = (typeof COLORS)[number]['key'];

const BY_KEY = new Map<string, DemoColor>(COLORS.map((c) => [c.key, c]));

export function colorByKey(key: ColorKey): DemoColor {
  const color = BY_KEY.get(key);
  if (!color) throw new Error(`Unknown demo colour ${key}`);
  return color;
}
