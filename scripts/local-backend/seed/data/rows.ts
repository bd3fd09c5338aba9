// Flattens the category and product tables into one row per product with its derived identifiers
// (key, slugs, SKU code) and image files. Shared by demo-catalog.ts and the image generator, so the
// drafts and the PNG files on disk can never disagree about file names.

import { CATEGORY_TREE, type DemoSubcategory, type DemoTopCategory } from './categories';
import { type ColorKey, colorByKey } from './colors';
import { PRODUCTS_BY_CATEGORY, type DemoProduct, type MotifKey, type PatternKey } from './products';

/** Edge length of every generated product image, in pixels (square images). */
export const IMAGE_SIZE = 800;
/** URL path under which Next.js serves `public/demo-catalog/`. */
export const IMAGE_URL_PREFIX = '/demo-catalog';

export interface DemoImage {
  readonly file: string;
  readonly url: string;
  readonly label: string;
  readonly motif: MotifKey;
  readonly pattern: PatternKey | undefined;
  readonly color: ColorKey;
  /** `front`: the whole item; `detail`: a close-up of it. */
  readonly view: 'front' | 'detail';
}

export interface DemoProductRow {
  readonly key: string;
  readonly slug: { readonly en: string; readonly de: string };
  /** SKU stem, e.g. `WTP-001`. */
  readonly code: string;
  readonly top: DemoTopCategory;
  readonly category: DemoSubcategory;
  readonly product: DemoProduct;
  /** Images per colour, in display order. */
  readonly images: ReadonlyMap<ColorKey, readonly DemoImage[]>;
}

const TRANSLITERATION: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', é: 'e', '²': '2' };

/** Lowercase ASCII slug: German umlauts transliterated, everything else non-alphanumeric collapsed to `-`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüßé²]/g, (ch) => TRANSLITERATION[ch] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function imagesFor(key: string, product: DemoProduct): Map<ColorKey, DemoImage[]> {
  const images = new Map<ColorKey, DemoImage[]>();
  const single = product.colors.length === 1;
  for (const colorKey of product.colors) {
    const color = colorByKey(colorKey);
    const views: Array<'front' | 'detail'> = single ? ['front', 'detail'] : ['front'];
    images.set(
      colorKey,
      views.map((view) => {
        const file = view === 'front' ? `${key}-${colorKey}.png` : `${key}-${colorKey}-detail.png`;
        return {
          file,
          url: `${IMAGE_URL_PREFIX}/${file}`,
          label: view === 'front' ? `${product.name.en} in ${color.en}` : `${product.name.en} in ${color.en}, close-up`,
          motif: product.motif,
          pattern: product.pattern,
          color: colorKey,
          view,
        };
      }),
    );
  }
  return images;
}

export function demoProductRows(): DemoProductRow[] {
  const rows: DemoProductRow[] = [];
  for (const top of CATEGORY_TREE) {
    for (const category of top.children) {
      const products = PRODUCTS_BY_CATEGORY[category.key] ?? [];
      products.forEach((product, index) => {
        const key = slugify(product.name.en);
        rows.push({
          key,
          slug: { en: key, de: slugify(product.name.de) },
          code: `${category.skuPrefix}-${String(index + 1).padStart(3, '0')}`,
          top,
          category,
          product,
          images: imagesFor(key, product),
        });
      });
    }
  }
  return rows;
}

/** Every image file of the catalog, once each, in catalog order. */
export function demoImages(): DemoImage[] {
  return demoProductRows().flatMap((row) => [...row.images.values()].flat());
}
