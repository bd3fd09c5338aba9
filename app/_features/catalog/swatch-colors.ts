// The one map from colour values to CSS colours, for the colour facet's swatches. Keyed by the
// `color` attribute's key (the demo catalog's palette, drawn in the same colours as its product
// images) and by a few common colour words, so a project with its own keys mostly gets swatches
// too. Anything unknown gets a neutral pattern: the swatch's name says which colour it is.

const SWATCH_COLORS = new Map<string, string>(Object.entries({
  // The demo catalog (scripts/local-backend/seed/data/colors.ts).
  black: '#26272b',
  white: '#f5f3ef',
  cream: '#ece1c9',
  grey: '#8c9096',
  charcoal: '#44474d',
  navy: '#263556',
  blue: '#4a74ad',
  green: '#35694f',
  sage: '#9caf94',
  red: '#b7393a',
  burgundy: '#6e2233',
  pink: '#e2a4b2',
  yellow: '#d9a93b',
  mustard: '#d9a93b',
  terracotta: '#bf6446',
  beige: '#d5c2a1',
  camel: '#b58855',
  brown: '#6d4a33',
  // Common colour words of other catalogs.
  gray: '#8c9096',
  orange: '#e07b39',
  purple: '#6b4c9a',
  gold: '#c9a43a',
  silver: '#c0c4c8',
  multicolor: 'conic-gradient(#b7393a, #d9a93b, #35694f, #4a74ad, #6b4c9a, #b7393a)',
}));

/** Shown for a colour without a known value: light diagonal stripes. */
export const UNKNOWN_SWATCH = 'repeating-linear-gradient(45deg, #e2e8f0 0 4px, #f8fafc 4px 8px)';

/** The CSS background of a colour value's swatch, by key first, then by its (English) label. */
export function swatchBackground(key: string, label?: string): string {
  const byKey = SWATCH_COLORS.get(key.toLowerCase());
  if (byKey) return byKey;
  const byLabel = label ? SWATCH_COLORS.get(label.trim().toLowerCase().replace(/[\s-]+/g, '')) : undefined;
  return byLabel ?? UNKNOWN_SWATCH;
}
