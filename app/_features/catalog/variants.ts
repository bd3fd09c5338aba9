// Variant selection on the product page. The selection lives in the URL (`?color=navy&size=m`, or
// `?sku=`), so reloading or sharing keeps it; these pure functions turn it into a variant and the
// options the pickers show.
import type { ProductImage, ProductVariantView } from '@/lib/types';

/** Attributes shown first, in this order; other attributes join only when their values differ. */
const PREFERRED_AXES = ['color', 'size'];

export type OptionState = 'available' | 'sold-out' | 'unavailable';

type AxisOption = {
  key: string;
  label: string;
  selected: boolean;
  /** `available`: this combination is in stock; `sold-out`: it exists but is not; `unavailable`: no such variant. */
  state: OptionState;
  /** The full selection (axis -> key) that choosing this option leads to. */
  selection: Record<string, string>;
  image: ProductImage | null;
};

export type Axis = { name: string; options: AxisOption[] };

/** The attributes a shopper chooses between: color and size first, then any other attribute that varies. */
export function variantAxes(variants: readonly ProductVariantView[]): string[] {
  const values = new Map<string, Set<string>>();
  for (const variant of variants) {
    for (const [name, value] of Object.entries(variant.attributes)) {
      const set = values.get(name) ?? new Set<string>();
      set.add(value.key);
      values.set(name, set);
    }
  }
  const preferred = PREFERRED_AXES.filter((name) => values.has(name));
  const others = [...values.entries()]
    .filter(([name, set]) => !PREFERRED_AXES.includes(name) && set.size > 1)
    .map(([name]) => name)
    .sort();
  return [...preferred, ...others];
}

function matches(variant: ProductVariantView, selection: Record<string, string | undefined>, axes: readonly string[]): boolean {
  return axes.every((axis) => selection[axis] === undefined || variant.attributes[axis]?.key === selection[axis]);
}

/**
 * The variant for a selection from the URL. `sku` wins when it names a variant. Otherwise the axes
 * narrow the variants one after another (`prefer` first: the value the shopper just chose; an axis
 * whose value matches nothing is ignored), and the first available variant left is chosen, else the
 * first one.
 */
export function selectVariant(
  variants: readonly ProductVariantView[],
  axes: readonly string[],
  params: Record<string, string | undefined>,
  prefer?: string,
): ProductVariantView | undefined {
  if (params.sku) {
    const bySku = variants.find((variant) => variant.sku === params.sku);
    if (bySku) return bySku;
  }
  const order = prefer && axes.includes(prefer) ? [prefer, ...axes.filter((axis) => axis !== prefer)] : axes;
  let candidates = [...variants];
  for (const axis of order) {
    const wanted = params[axis];
    if (wanted === undefined) continue;
    const narrowed = candidates.filter((variant) => variant.attributes[axis]?.key === wanted);
    if (narrowed.length > 0) candidates = narrowed;
  }
  return candidates.find((variant) => variant.available) ?? candidates[0];
}

export function selectionOf(variant: ProductVariantView, axes: readonly string[]): Record<string, string> {
  const selection: Record<string, string> = {};
  for (const axis of axes) {
    const value = variant.attributes[axis];
    if (value) selection[axis] = value.key;
  }
  return selection;
}

/** Every axis with its options, each marked against the current selection. */
export function variantOptions(variants: readonly ProductVariantView[], axes: readonly string[], current: ProductVariantView): Axis[] {
  const selected = selectionOf(current, axes);
  return axes.map((axis) => {
    const seen = new Map<string, AxisOption>();
    for (const variant of variants) {
      const value = variant.attributes[axis];
      if (!value || seen.has(value.key)) continue;
      const target = { ...selected, [axis]: value.key };
      const exact = variants.find((v) => matches(v, target, axes));
      const resolved = exact ?? selectVariant(variants, axes, target, axis) ?? variant;
      const withImage = variants.find((v) => v.attributes[axis]?.key === value.key && v.images.length > 0);
      seen.set(value.key, {
        key: value.key,
        label: value.label,
        selected: selected[axis] === value.key,
        state: exact ? (exact.available ? 'available' : 'sold-out') : 'unavailable',
        selection: selectionOf(resolved, axes),
        image: withImage?.images[0] ?? null,
      });
    }
    return { name: axis, options: [...seen.values()] };
  });
}

/** The URL search string for a selection, axes in order: `?color=navy&size=m`. */
export function selectionQuery(selection: Record<string, string>, axes: readonly string[]): string {
  const params = new URLSearchParams();
  for (const axis of axes) {
    const value = selection[axis];
    if (value !== undefined) params.set(axis, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
